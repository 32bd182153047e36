import { contextBridge, ipcRenderer } from 'electron';
import { answerChannel, channels, type PageRequest, type WengaoApi, type WengaoEvents } from '../shared/ipc/contract';

// One function per contract channel; the renderer never sees ipcRenderer itself.
const api = Object.fromEntries(
  channels.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as WengaoApi;

contextBridge.exposeInMainWorld('wengao', api);

// Requests from the main process reach the page's handler; its answer carries the request's id back.
const events: WengaoEvents = {
  onRequest(request: PageRequest, handler) {
    const listener = (_event: unknown, id: unknown) => {
      void handler()
        .catch(() => undefined)
        .finally(() => ipcRenderer.send(answerChannel(request), id));
    };
    ipcRenderer.on(request, listener);
    return () => void ipcRenderer.removeListener(request, listener);
  },
};
contextBridge.exposeInMainWorld('wengaoEvents', events);
