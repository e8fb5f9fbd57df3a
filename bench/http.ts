import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script shared with `npm start`
import { ensureBuild, nextBin } from '../scripts/ensure-build.mjs';

type Load = { requestsPerSecond: number; p50Ms: number; p95Ms: number };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Sends requests to one URL from `concurrency` loops for `seconds`, on loopback only, and reports the rate. */
async function load(url: string, init: RequestInit, seconds: number, concurrency: number): Promise<Load> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        const response = await fetch(url, init);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: latencies.length / elapsed, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95) };
}

/**
 * Serves the production build and measures, in one run: the static health route (the baseline), the play page,
 * the share page, and a card served from the cache, each as requests per second and as a ratio to the baseline.
 */
export async function runHttpBench(options: { seconds?: number; concurrency?: number } = {}) {
  const seconds = options.seconds ?? 5;
  const concurrency = options.concurrency ?? 16;
  const root = process.cwd();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  ensureBuild(root, env);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'ripple-bench-'));
  const server = spawn(process.execPath, [nextBin(root), 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env: { ...env, RIPPLE_DATA_DIR: dataDir }, stdio: 'ignore' });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        if (i > 240) throw new Error('the server did not start');
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    // One player, to have a result, a share link and a card.
    const cookie = 'rpl_vid=bench-visitor-000000000001';
    const page = await (await fetch(`${base}/q/which-explorer`, { headers: { cookie } })).text();
    const versionId = /"versionId":"([^"]+)"/.exec(page.replace(/\\"/g, '"'))?.[1];
    const completed = await fetch(`${base}/api/plays/complete`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ slug: 'which-explorer', versionId, name: 'Bench', answers: { morning: ['plan'], bag: ['map'], lost: ['compass'], souvenir: ['ticket'], trip: ['rail'] } }),
    });
    const { url } = (await completed.json()) as { url: string };
    const resultHtml = await (await fetch(`${base}${url}`, { headers: { cookie } })).text();
    const token = /\/s\/([A-Za-z0-9_-]{24})/.exec(resultHtml)?.[1];
    const card = /\/api\/cards\/[^"]+?\.png/.exec(resultHtml)?.[0];
    if (!token || !card) throw new Error('could not find a share link and a card on the result page');
    await fetch(`${base}${card}`); // render once: what follows are cache hits

    const human = { headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36', cookie: 'rpl_vid=bench-friend-0000000000001' } };
    const warm = async (u: string, init: RequestInit) => load(u, init, 1, concurrency);
    const targets: [string, string, RequestInit][] = [
      ['static route /api/health (baseline)', `${base}/api/health`, {}],
      ['play page /q/[slug]', `${base}/q/which-explorer`, human],
      ['share page /s/[token]', `${base}/s/${token}`, human],
      ['card, cache hit', `${base}${card}`, {}],
    ];
    const rows: { name: string; result: Load }[] = [];
    for (const [name, target, init] of targets) {
      await warm(target, init);
      rows.push({ name, result: await load(target, init, seconds, concurrency) });
    }
    return rows;
  } finally {
    server.kill('SIGTERM');
  }
}
