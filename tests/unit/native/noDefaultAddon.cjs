/* eslint-disable @typescript-eslint/no-require-imports -- a `node --require` preload is CommonJS */
// Preloaded into a child process: better-sqlite3's default addon cannot be found, as in the packaged
// app (electron-builder leaves better-sqlite3/build out) and under `npm start`.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'bindings') {
    return () => {
      throw new Error('Could not locate the bindings file. Tried: better_sqlite3.node (removed for this test)');
    };
  }
  return load.call(this, request, ...rest);
};
