import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const config = load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean>; asar?: boolean };

// The packaged binary cannot be built or run here; these pin the configuration electron-builder applies.
describe('the packaged app', () => {
  it('flips Electron’s fuses: no running as Node, no NODE_OPTIONS or --inspect, encrypted cookies, app.asar only and checked', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('gives Windows terminals the CLI through the app’s --cli mode, which needs no RunAsNode', () => {
    const launcher = readFileSync(resolve(root, 'resources/bin/wengao.cmd'), 'utf8');
    expect(launcher).not.toMatch(/ELECTRON_RUN_AS_NODE/u);
    expect(launcher).toMatch(/wengao\.exe" --cli %\*/u);
    expect(launcher).toMatch(/exit \/b %ERRORLEVEL%/u);
  });
});
