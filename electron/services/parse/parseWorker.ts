// Entry of the parse worker (built to out/worker/parse.mjs): reads one report per message, so a hostile
// file costs this thread's time and memory, never the main process's.
import { parentPort } from 'node:worker_threads';
import { analyseSource } from '../import/analyse';
import { ImportError } from '../import/errors';
import type { ParseReply, ParseRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('parseWorker runs only as a worker thread');

port.on('message', (request: ParseRequest) => {
  analyseSource(request.source, request.options).then(
    (analysed) => port.postMessage({ id: request.id, ok: true, analysed } satisfies ParseReply),
    (error: unknown) => {
      const reply: ParseReply =
        error instanceof ImportError
          ? { id: request.id, ok: false, code: error.code }
          : { id: request.id, ok: false, unexpected: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      port.postMessage(reply);
    },
  );
});
