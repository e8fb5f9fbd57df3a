// `npm run bench`: every figure is printed beside a baseline measured in the same run, as a ratio.
// Card rendering: Ripple's renderer (bidi runs, fitting, cache key) against a bare satori + resvg render of the same tree.
// Pages: requests per second of the play page, the share page and a cached card against a static route of the same server.
// Analytics: each dashboard query on a simulated cascade of 1,000,000 players against a full scan of the raw rows, and the
// write rate alone and while the dashboard is read. `npm run bench -- analytics` (or cards, http) runs one part;
// RIPPLE_BENCH_PLAYERS sets the cascade's size.
import { formatAnalyticsBench, runAnalyticsBench } from './analytics';
import { formatCardBench, runCardBench } from './card';
import { runHttpBench } from './http';

async function main() {
  const parts = new Set(process.argv.slice(2));
  const isRun = (part: string) => parts.size === 0 || parts.has(part);
  if (isRun('analytics')) {
    const players = Number(process.env.RIPPLE_BENCH_PLAYERS ?? 1_000_000);
    console.log('Analytics dashboard on a simulated cascade, rollups vs a full scan of the raw rows (headline counts only):');
    console.log(formatAnalyticsBench(await runAnalyticsBench(players)));
  }
  if (isRun('cards')) {
    console.log('\nCard rendering (cache miss), ours vs bare satori + resvg:');
    console.log(formatCardBench(await runCardBench()));
  }
  if (!isRun('http')) return;
  console.log('\nHTTP, production build on loopback (16 concurrent clients):');
  const rows = await runHttpBench();
  const baseline = rows[0]?.result.requestsPerSecond ?? 1;
  const pad = (text: string, width: number) => text.padEnd(width);
  console.log(`${pad('target', 40)}${pad('req/s', 10)}${pad('× baseline', 12)}${pad('p50 ms', 10)}p95 ms`);
  for (const { name, result } of rows) {
    console.log(
      `${pad(name, 40)}${pad(result.requestsPerSecond.toFixed(0), 10)}${pad((result.requestsPerSecond / baseline).toFixed(2), 12)}${pad(result.p50Ms.toFixed(1), 10)}${result.p95Ms.toFixed(1)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
