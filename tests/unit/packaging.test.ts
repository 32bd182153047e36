import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findParseWorker } from '../../electron/services/parse/parser';
import { tempDir } from './helpers';

const root = resolve(import.meta.dirname, '../..');
const config = load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as {
  electronFuses?: Record<string, boolean>;
  asar?: boolean;
  asarUnpack?: string[];
  files?: string[];
  extraResources?: { from: string; to: string }[];
};

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

  it('ships the licence of the Latin font the page bundles (Tinos, SIL OFL 1.1)', () => {
    const licence = config.extraResources?.find((r) => r.to === 'licenses/Tinos-OFL.txt');
    expect(readFileSync(resolve(root, licence?.from ?? 'missing'), 'utf8')).toMatch(/Tinos Project Authors[\s\S]*SIL Open Font License, Version 1\.1/u);
    expect(readFileSync(resolve(root, 'renderer/kit/latinFont.css'), 'utf8')).toContain('@expo-google-fonts/tinos/');
  });

  it('ships the parse worker outside app.asar, and the app finds it there from out/main', () => {
    expect(config.files).toContain('out/**/*');
    expect(config.asarUnpack).toContain('out/worker/**');
    const resources = tempDir();
    for (const folder of ['app.asar/out/main', 'app.asar/out/worker', 'app.asar.unpacked/out/worker']) mkdirSync(join(resources, folder), { recursive: true });
    writeFileSync(join(resources, 'app.asar/out/worker/parse.mjs'), '');
    expect(findParseWorker(join(resources, 'app.asar/out/main'))).toBe(join(resources, 'app.asar.unpacked/out/worker/parse.mjs'));
  });
});
