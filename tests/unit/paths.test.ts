import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLibraryPath, userDataDir } from '../../electron/services/paths';

describe('library location', () => {
  it('is the per-user application data folder on each platform', () => {
    expect(userDataDir({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32', 'C:\\Users\\li')).toBe(
      join('C:\\Users\\li\\AppData\\Roaming', 'Wengao'),
    );
    expect(userDataDir({}, 'darwin', '/Users/li')).toBe('/Users/li/Library/Application Support/Wengao');
    expect(userDataDir({}, 'linux', '/home/li')).toBe('/home/li/.config/wengao');
    expect(userDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/li')).toBe('/cfg/wengao');
  });

  it('prefers --db, then WENGAO_DB, then the per-user default', () => {
    expect(resolveLibraryPath('/a.sqlite', { WENGAO_DB: '/b.sqlite' })).toBe('/a.sqlite');
    expect(resolveLibraryPath(undefined, { WENGAO_DB: '/b.sqlite' })).toBe('/b.sqlite');
    expect(resolveLibraryPath(undefined, { XDG_CONFIG_HOME: '/cfg' })).toMatch(/library\.sqlite$/);
  });
});
