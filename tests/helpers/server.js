// Real servers for end-to-end tests: in-process (to count bytes on the wire) or as a
// separate process (so a test can kill it, like a server going away).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn } from 'node:child_process';
import { buildServer } from '../../server/app.js';
import { ROOT } from './builds.js';

export const tempDir = (prefix = 'qadam-') => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export async function freePort() {
  const srv = net.createServer();
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

/**
 * In-process server; `bytesSent()` counts every byte written to sockets (headers included).
 * `faults` injects failures for tests: `feedback500: () => boolean` answers POST /api/feedback
 * with a 500 (before the body is read or anything is stored) whenever it returns true.
 */
export async function startServer({ distDir, port = 0, dataDir = tempDir(), adminToken = '', faults = {} }) {
  const app = await buildServer({ distDir, dataDir, logger: false, adminToken });
  if (faults.feedback500) {
    app.addHook('onRequest', async (req, reply) => {
      if (req.method === 'POST' && req.url.split('?')[0] === '/api/feedback' && faults.feedback500()) {
        reply.code(500).send({ error: 'Internal server error; please retry later' });
        return reply;
      }
    });
  }
  let finished = 0;
  const live = new Set();
  app.server.on('connection', (socket) => {
    live.add(socket);
    socket.on('close', () => {
      finished += socket.bytesWritten;
      live.delete(socket);
    });
  });
  await app.listen({ port, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${app.server.address().port}`;
  return {
    url,
    port: app.server.address().port,
    dataDir,
    bytesSent: () => finished + [...live].reduce((n, s) => n + s.bytesWritten, 0),
    close: () => app.close(),
  };
}

/** Separate process running `node server/index.js`, as in production. */
export async function startServerProcess({ distDir, port, dataDir = tempDir() }) {
  const child = spawn(process.execPath, [path.join(ROOT, 'server/index.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', QADAM_DIST: distDir, QADAM_DATA: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Wait for /api/health; fail loudly (not with a later, puzzling timeout) if the process
  // exits first, e.g. because the port was taken, or never becomes healthy.
  let healthy = false;
  for (let i = 0; i < 150 && !healthy; i++) {
    if (child.exitCode !== null) throw new Error(`server process exited with code ${child.exitCode} before it was healthy`);
    try {
      healthy = (await fetch(`${url}/api/health`)).ok;
    } catch {
      /* not listening yet */
    }
    if (!healthy) await new Promise((r) => setTimeout(r, 100));
  }
  if (!healthy) {
    child.kill('SIGKILL');
    throw new Error(`server process on ${url} was not healthy within 15 s`);
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGKILL'); // like a crash or a pulled plug, not a graceful goodbye
      }),
  };
}
