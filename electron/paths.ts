// Where the shell finds and keeps things: the vault and state folders under userData, the built
// bundles and migrations under the app path, and the SQLite addon built for Electron's ABI.
import { app } from 'electron';
import path from 'node:path';

/** Encrypted database, key ring and backups. */
export function vaultDir(): string {
  return path.join(app.getPath('userData'), 'vault');
}

/** Unlock-attempt throttling state, kept outside the vault so restoring a vault does not reset it. */
export function stateDir(): string {
  return path.join(app.getPath('userData'), 'state');
}

/**
 * The better-sqlite3 addon compiled for Electron. Packaged: copied by extraResources next to
 * app.asar. Development: built by build/scripts/native-electron.mjs into <repo>/.native/electron,
 * so node_modules keeps the Node build the tests use.
 */
export function nativeBindingPath(): string {
  return app.isPackaged
    ? path.join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(app.getAppPath(), '.native', 'electron', 'better_sqlite3.node');
}

/**
 * The bundler's output folder: <repo>/out in development, resources/app.asar/out when packaged.
 * Derived from the app path rather than __dirname, which would move if a module landed in a chunk.
 */
function outDir(): string {
  return path.join(app.getAppPath(), 'out');
}

/** Built from db/backend/worker.ts; Electron (17.3+) lets worker_threads load it from app.asar. */
export function backendWorkerPath(): string {
  return path.join(outDir(), 'main', 'backend-worker.js');
}

/**
 * The committed drizzle-kit migrations, applied by the backend at unlock. Packaged they sit inside
 * app.asar (electron-builder `files`), so the asar integrity check covers the SQL that runs.
 */
export function migrationsDir(): string {
  return path.join(app.getAppPath(), 'db', 'migrations');
}

export function preloadPath(): string {
  return path.join(outDir(), 'preload', 'index.js');
}

export function rendererRoot(): string {
  return path.join(outDir(), 'renderer');
}
