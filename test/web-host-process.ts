// Starts the built web host (dist/web-host.mjs) as its own process, for end-to-end tests,
// integration tests and the benchmark, and waits for the line that gives its address.

import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface WebHostProcess {
  /** The address with its token: http://127.0.0.1:PORT/#token=... */
  address: string;
  origin: string;
  token: string;
  child: ChildProcessByStdio<null, Readable, Readable>;
  stop(): Promise<void>;
}

const ready = /^Social Value Tracker web host: (http:\/\/127\.0\.0\.1:\d+)\/#token=([0-9a-f]+)$/;

export function startWebHostProcess(
  dataDir: string,
  extraArgs: string[] = [],
): Promise<WebHostProcess> {
  const child = spawn(
    process.execPath,
    ['dist/web-host.mjs', '--data-dir', dataDir, ...extraArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The web host did not start within 15 s. ${stderr}`));
    }, 15_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited with code ${code}: ${stderr}`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [, origin, token] = ready.exec(line) ?? [];
      if (!origin || !token) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        address: line.slice(line.indexOf('http')),
        origin,
        token,
        child,
        stop,
      });
    });
  });
}
