import { contextBridge, ipcRenderer } from 'electron';
import { channels, type WengaoApi } from '../shared/ipc/contract';

// One function per contract channel; the renderer never sees ipcRenderer itself.
const api = Object.fromEntries(
  channels.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as WengaoApi;

contextBridge.exposeInMainWorld('wengao', api);
