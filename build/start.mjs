// npm start [-- --data-dir DIR]: builds, then runs the desktop app in Electron; where the
// Electron runtime cannot be obtained it says so and serves the same app from the web host.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const electronDownloadTimeoutMs = 120_000;

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } });
const dataDir = values['data-dir'] ? resolve(values['data-dir']) : undefined;

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
}

/** The Electron binary, downloading it first when it is not there yet; undefined if it cannot be had. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const binaryOf = () => join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (existsSync(pathFile) && existsSync(binaryOf())) return binaryOf();
  const install = run(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: electronDownloadTimeoutMs,
  });
  if (install.status === 0 && existsSync(pathFile) && existsSync(binaryOf())) return binaryOf();
  return undefined;
}

function exitWith(child) {
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const build = run(process.execPath, [join(root, 'build', 'build.mjs')]);
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = electronBinary();
if (electron) {
  const env = { ...process.env, ...(dataDir ? { SVT_DATA_DIR: dataDir } : {}) };
  exitWith(spawn(electron, [root], { cwd: root, stdio: 'inherit', env }));
} else {
  console.log(
    'The Electron runtime could not be downloaded on this machine, so Social Value Tracker is starting in your browser instead: open the address below.',
  );
  const args = [join(root, 'dist', 'web-host.mjs'), ...(dataDir ? ['--data-dir', dataDir] : [])];
  exitWith(spawn(process.execPath, args, { cwd: root, stdio: 'inherit' }));
}
