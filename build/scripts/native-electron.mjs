#!/usr/bin/env node
// Makes .native/electron/better_sqlite3.node, the SQLite addon built for Electron's ABI, from a
// scratch copy of the package, so the Node-ABI build in node_modules (used by tests) is never touched.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..', '..');
const modules = path.join(repo, 'node_modules');
const nativeRoot = path.join(repo, '.native');
const outDir = path.join(nativeRoot, 'electron');
const addon = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'stamp.json');
const scratch = path.join(nativeRoot, 'scratch', 'better-sqlite3');
const logFile = path.join(nativeRoot, 'native-electron.log');
const verbose = process.argv.includes('--verbose');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const electronVersion = readJson(path.join(modules, 'electron', 'package.json')).version;
const sqlitePackage = readJson(path.join(modules, 'better-sqlite3', 'package.json'));
const stamp = {
  electron: electronVersion,
  module: `${sqlitePackage.name}@${sqlitePackage.version}`,
  platform: process.platform,
  arch: process.arch,
};

function isUpToDate() {
  if (!existsSync(addon) || !existsSync(stampFile)) return false;
  try {
    return JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp);
  } catch {
    return false;
  }
}

/**
 * This machine's npm config may set nodedir to the system Node headers; node-gyp would then build
 * against Node's ABI while claiming Electron's. Drop it so --target/--dist-url decide.
 */
function buildEnvironment() {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.toLowerCase() === 'npm_config_nodedir') delete env[name];
  }
  return env;
}

const transcript = [];

function run(label, script, args) {
  transcript.push(`$ ${label} ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: scratch,
    env: buildEnvironment(),
    encoding: 'utf8',
    stdio: verbose ? 'inherit' : 'pipe',
    timeout: 15 * 60 * 1000,
  });
  transcript.push(result.stdout ?? '', result.stderr ?? '', result.error ? String(result.error) : '');
  return result.status === 0;
}

function prepareScratch() {
  const source = path.join(modules, 'better-sqlite3');
  const skipped = path.join(source, 'build');
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(path.dirname(scratch), { recursive: true });
  // Copy sources only; the copied package must not carry the Node-ABI build into the result.
  cpSync(source, scratch, {
    recursive: true,
    filter: (file) => file !== skipped && !file.startsWith(skipped + path.sep),
  });
}

function fetchPrebuilt() {
  const prebuildInstall = path.join(modules, 'prebuild-install', 'bin.js');
  return run('prebuild-install', prebuildInstall, [
    '--runtime', 'electron',
    '--target', electronVersion,
    '--arch', process.arch,
    '--platform', process.platform,
    ...(verbose ? ['--verbose'] : []),
  ]);
}

function compile() {
  const nodeGyp = path.join(modules, 'node-gyp', 'bin', 'node-gyp.js');
  return run('node-gyp', nodeGyp, [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
  ]);
}

const OFFLINE_SIGNS = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|network connectivity|unable to get local issuer|self[- ]signed/i;

function fail() {
  mkdirSync(nativeRoot, { recursive: true });
  writeFileSync(logFile, transcript.join('\n'));
  rmSync(path.join(nativeRoot, 'scratch'), { recursive: true, force: true });
  const reason = OFFLINE_SIGNS.test(transcript.join('\n'))
    ? 'needs internet access to download Electron headers'
    : `the native build failed (details in ${path.relative(repo, logFile)})`;
  console.error(`could not build the SQLite module for Electron ${electronVersion}: ${reason}`);
  process.exit(1);
}

if (isUpToDate()) {
  console.log(`SQLite module for Electron ${electronVersion} is up to date`);
  process.exit(0);
}

prepareScratch();
const built = path.join(scratch, 'build', 'Release', 'better_sqlite3.node');
if (!((fetchPrebuilt() && existsSync(built)) || (compile() && existsSync(built)))) fail();

mkdirSync(outDir, { recursive: true });
copyFileSync(built, addon);
writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
rmSync(path.join(nativeRoot, 'scratch'), { recursive: true, force: true });
console.log(`SQLite module for Electron ${electronVersion} written to ${path.relative(repo, addon)}`);
