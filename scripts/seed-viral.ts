// `npm run seed:viral -- --players 1000000 [--k 0.8] [--days 30] [--seed 1] [--cycle 180] [--slug viral-cascade]`
// Builds a simulated cascade (a branching process with the chosen K, channel mix and cycle time, 30 days of
// events) into a published quiz of the demo workspace of Ripple's database (RIPPLE_DB_PATH or data/ripple.db),
// then prints where to see it. Run it while Ripple is stopped, or expect the server to wait for the write.
import { parseArgs } from 'node:util';
import { getDb } from '@/db/client';
import { getServerConfig } from '@/db/config';
import { seedViralQuiz } from '@/db/viral-seed';
import { createShareToken } from '@/lib/tokens';

const { values } = parseArgs({
  options: {
    players: { type: 'string', default: '1000000' },
    k: { type: 'string', default: '0.8' },
    days: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    cycle: { type: 'string', default: '180' },
    slug: { type: 'string', default: 'viral-cascade' },
  },
});

function readNumber(name: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < min || number > max) {
    console.error(`--${name} must be a number from ${min} to ${max}, not "${value}".`);
    process.exit(2);
  }
  return number;
}

const players = Math.round(readNumber('players', values.players, 1, 5_000_000));
const options = {
  players,
  k: readNumber('k', values.k, 0, 3),
  days: readNumber('days', values.days, 1, 365),
  seed: Math.round(readNumber('seed', values.seed, 0, 2 ** 31)),
  medianCycleMinutes: readNumber('cycle', values.cycle, 1, 100_000),
  slug: /^[a-z0-9-]{1,60}$/.test(values.slug) ? values.slug : 'viral-cascade',
  now: Date.now(),
};
const config = getServerConfig();
const db = getDb();
console.log(`Simulating ${players.toLocaleString('en')} players (K ≈ ${options.k}, ${options.days} days) into ${config.dbPath} …`);
const result = seedViralQuiz(db, { ...options, newToken: () => createShareToken(config.secret) });
console.log(`Simulated in ${(result.simulateMs / 1000).toFixed(1)} s; wrote ${result.players.toLocaleString('en')} players and ${result.events.toLocaleString('en')} events, with rollups, in ${(result.loadMs / 1000).toFixed(1)} s.`);
console.log(`Open /studio/q/${result.quizId}/analytics (demo workspace) to see its dashboard; players play it at /q/${options.slug}.`);
