// The reference server (server/), started on a free loopback port for one test file.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DIST } from './browser.mjs';

const BINARY = join(DIST, '..', 'target', 'debug', 'billing-server');

/** Starts the server with `args`; resolves once it listens. */
export function startApiServer(args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(BINARY, ['--addr', '127.0.0.1:0', '--dist', DIST, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${output}`)), 15000);
    child.on('error', reject);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      // Only a whole line: a chunk may end in the middle of the port number.
      const match = output.match(/listening on (http:\/\/[\d.:]+)\r?\n/);
      if (match) {
        clearTimeout(timer);
        const url = (path = '') => `${match[1]}/${path.replace(/^\//, '')}`;
        resolve({
          url,
          /** Arms a fault (server run with `--faults`): see server/src/faults.rs. */
          arm: (fault) => fetch(url('/__test/faults'), {
            method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fault),
          }),
          /** Disarms every fault still armed. */
          disarm: () => fetch(url('/__test/faults'), { method: 'DELETE' }),
          stop: () => new Promise((done) => { child.once('exit', done); child.kill(); }),
        });
      }
    });
  });
}
