import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain .mjs script shared with `npm start`
import { ensureBuild, nextBin } from '../../scripts/ensure-build.mjs';
import { installOwner, signUpByApi } from './accounts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs} ms`);
}

/** Builds the production app if needed and serves it on a free port with its own database, for every browser test. */
export default async function setup(project: TestProject) {
  const root = process.cwd();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  ensureBuild(root, env);
  const dataDir = mkdtempSync(join(tmpdir(), 'ripple-browser-'));
  const port = await findFreePort();
  const server = spawn(process.execPath, [nextBin(root), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...env, RIPPLE_DATA_DIR: dataDir, RIPPLE_SECRET: 'browser-test-secret-0123456789-abcdef', PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(baseUrl, server, 60_000);
  // The install's first account (the demo workspace's owner) exists before any test file runs, whatever their order.
  await signUpByApi(baseUrl, installOwner).catch((error: unknown) => {
    server.kill('SIGTERM');
    throw error;
  });
  project.provide('baseUrl', baseUrl);
  project.provide('dataDir', dataDir);
  return () => {
    server.kill('SIGTERM');
  };
}
