// `npm run bench`: every figure is printed beside a baseline measured in the same run, as a ratio.
// Card rendering: Ripple's renderer (bidi runs, fitting, cache key) against a bare satori + resvg render of the same tree.
// Pages: requests per second of the play page, the share page and a cached card against a static route of the same server.
import { formatCardBench, runCardBench } from './card';
import { runHttpBench } from './http';

async function main() {
  console.log('Card rendering (cache miss), ours vs bare satori + resvg:');
  console.log(formatCardBench(await runCardBench()));
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
