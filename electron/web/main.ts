// `npm run web`: the desktop UI in a browser on 127.0.0.1, backed by the same handler table.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { userFacing } from '../services/userFacing';
import { openLibrarySession } from '../services/openSession';
import type { LibrarySession } from '../services/librarySession';
import { resolveLibraryPath } from '../services/paths';
import { createHandlers } from '../services/handlers';
import { createWebServer } from './server';
import { LOCK_WAIT } from '../../shared/model/limits';

const { values } = parseArgs({ options: { db: { type: 'string' } }, allowPositionals: false });
const staticDir = resolve(import.meta.dirname, '../../out/renderer');
if (!existsSync(resolve(staticDir, 'index.html'))) {
  console.error('找不到已构建的界面（out/renderer）。请先运行 npm run build，或直接使用 npm run web。');
  process.exit(1);
}

const port = process.env.PORT === undefined || process.env.PORT === '' ? 5199 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT 必须是 0–65535 之间的整数（当前为 ${process.env.PORT}）；PORT=0 表示自动选择空闲端口。`);
  process.exit(1);
}

let session: LibrarySession;
try {
  const options = { integrity: 'fast' as const, busyTimeoutMs: LOCK_WAIT.blockingMs };
  session = openLibrarySession(resolveLibraryPath(values.db), options);
  const { recoveryMessage, problem } = session.status();
  for (const message of [recoveryMessage, problem]) if (message) console.warn(message);
} catch (error) {
  console.error(userFacing(error)?.message ?? error);
  process.exit(1);
}

const server = createWebServer({ handlers: createHandlers(session), staticDir });
session.start();
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `端口 ${port} 已被占用。请换一个端口，例如 PORT=0 npm run web（自动选择空闲端口）。`
      : `web 模式无法启动：${error.message}`,
  );
  session.close();
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`文稿助手 web 模式已启动：http://127.0.0.1:${actual}/`);
  console.log(`素材库：${session.library.path}`);
});

const stop = () => {
  server.close();
  session.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
