import type { ErrorCode } from './contract';

/**
 * A failure the user can act on: `message` is Chinese and says what to do, `ipcCode` is how the
 * contract names it. Every such error (library, import, export, a wrong CLI argument) extends this
 * class, so the desktop app, web mode and the CLI tell it the same way (electron/library/errors.ts
 * `userFacing`).
 */
export abstract class UserError extends Error {
  abstract readonly ipcCode: ErrorCode;
}
