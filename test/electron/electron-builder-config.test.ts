// Validates build/electron-builder.yml offline with electron-builder's own loader and schema, and
// pins the settings security depends on: fuses, asar unpacking, the native module, no rebuild.
import path from 'node:path';

import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const configFile = path.join(repo, 'build', 'electron-builder.yml');

describe('electron-builder.yml', async () => {
  const config = await getConfig(repo, configFile, null);

  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and writes to dist', () => {
    expect(config.appId).toBe('org.habeas.app');
    expect(config.productName).toBe('Habeas');
    expect(config.directories?.output).toBe('dist');
  });

  it('burns the production fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the bundles and the migrations into an asar, unpacking native addons', () => {
    expect(config.asar).not.toBe(false);
    // getConfig normalises `files` into file sets: [{ filter: [...] }].
    const patterns = [config.files ?? []].flat().flatMap((entry) =>
      typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat(),
    );
    const included = ['out/**', 'db/migrations/**', 'package.json'];
    expect(patterns.filter((pattern) => !pattern.startsWith('!')).sort()).toEqual([...included].sort());
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node']));
  });

  it('ships the Electron-ABI SQLite module beside the asar and never rebuilds node_modules', () => {
    expect(config.extraResources).toEqual(
      expect.arrayContaining([{ from: '.native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' }]),
    );
    expect(config.npmRebuild).toBe(false);
  });

  it('targets Windows, macOS and Linux installers', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });
});
