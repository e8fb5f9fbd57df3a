import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { getDashboard, getDailyMetrics, getForest, getScopeQuizzes } from '../db/analytics';
import { getRawLoopCounts } from '../db/analytics-raw';
import { openDb, type Db } from '../db/client';
import { completePlay, getPublishedQuiz, getResultView, openShareLink, recordShareIntent, recordView, startPlayer } from '../db/queries';
import { seedViralQuiz } from '../db/viral-seed';
import { sampleHostPages } from '../db/cascade-load';
import { iteratePlayersExport } from '../db/exports';
import { addDays, toDay } from '../lib/analytics/periods';
import type { AnalyticsFilters, DayRange } from '../lib/analytics/dashboard-types';
import { scoreQuiz } from '../lib/scoring';
import { createShareToken } from '../lib/tokens';

const slug = 'viral-cascade';
const secret = 'bench-secret-0123456789-abcdefghijklmnop';

export type AnalyticsBench = {
  players: number;
  events: number;
  buildSeconds: number | null;
  queries: { name: string; p50Ms: number; p95Ms: number; baselineMs: number | null }[];
  writes: { alonePerSecond: number; whileReadingPerSecond: number; dashboardReadsDuringWrites: number };
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function time(runs: number, work: () => unknown): { p50Ms: number; p95Ms: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50Ms: percentile(samples, 50), p95Ms: percentile(samples, 95) };
}

/**
 * The database of the benchmark: a simulated cascade of `players` players over the 30 days before `now`, built
 * once into the system's temporary folder and reused by later runs with the same size (building a million
 * players takes minutes).
 */
function openBenchDb(players: number): { db: Db; path: string; buildSeconds: number | null; now: number } {
  const path = join(tmpdir(), `ripple-bench-viral-${players}.db`);
  const isBuilt = existsSync(path);
  const db = openDb(path, { isDemoSeeded: true });
  const built = db.get<{ id: string; createdAt: number }>(sql`select id, created_at as createdAt from quizzes where slug = ${slug}`);
  if (isBuilt && built) return { db, path, buildSeconds: null, now: built.createdAt };
  const now = Date.now();
  const started = performance.now();
  seedViralQuiz(db, { players, k: 0.8, days: 30, seed: 1, medianCycleMinutes: 180, now, slug, newToken: () => createShareToken(secret) });
  db.run(sql`update quizzes set created_at = ${now} where slug = ${slug}`);
  return { db, path, buildSeconds: (performance.now() - started) / 1000, now };
}

/** Plays `count` more players through the real write functions (view, start, complete, share, a friend's click and start). */
function writeEvents(db: Db, count: number, now: number, prefix: string): number {
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz) throw new Error('benchmark quiz missing');
  const sheet = { morning: ['plan'], bag: ['map'], lost: ['compass'], souvenir: ['ticket'], trip: ['rail'] };
  const score = scoreQuiz(quiz.definition, sheet);
  let events = 0;
  let lastToken: string | undefined;
  for (let i = 0; i < count; i++) {
    const visitorId = `${prefix}-${i}`;
    if (lastToken) openShareLink(db, { token: lastToken, visitorId, visitorKind: 'human', now });
    recordView(db, { quizId: quiz.id, visitorId, now });
    startPlayer(db, { quizId: quiz.id, visitorId, now });
    const { resultId } = completePlay(db, { quiz, visitorId, name: '', sheet, score, now, newToken: () => createShareToken(secret) });
    recordShareIntent(db, { resultId, channel: 'whatsapp', visitorId, isConfirmed: false, now });
    lastToken = getResultView(db, resultId)?.tokens.whatsapp;
    events += lastToken ? 5 : 4;
  }
  return events;
}

/** Reads the dashboard in a loop from another thread (another connection, as the server's readers are) until told to stop. */
function startReader(path: string, quizId: string, range: DayRange, now: number): { stop: () => Promise<number> } {
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads');
    require('tsx/cjs');
    const { openDb } = require(workerData.root + '/db/client.ts');
    const { getDashboard, getScopeQuizzes } = require(workerData.root + '/db/analytics.ts');
    const db = openDb(workerData.path);
    const quizzes = getScopeQuizzes(db, { quizId: workerData.quizId });
    let reads = 0;
    let stopping = false;
    parentPort.on('message', () => { stopping = true; });
    const loop = () => {
      if (stopping) { parentPort.postMessage(reads); return; }
      getDashboard(db, { scope: { kind: 'quiz', quizId: workerData.quizId, slug: '', title: '', dir: 'ltr' }, quizzes, range: workerData.range, filters: {}, now: workerData.now });
      reads += 1;
      setImmediate(loop);
    };
    loop();`,
    { eval: true, workerData: { root: process.cwd(), path, quizId, range, now } },
  );
  return {
    stop: () =>
      new Promise((resolve) => {
        worker.once('message', (reads: number) => {
          void worker.terminate();
          resolve(reads);
        });
        worker.postMessage('stop');
      }),
  };
}

/** The analytics benchmark: every dashboard query on a large cascade, beside a full scan, and the write rate alone and while the dashboard is read. */
export async function runAnalyticsBench(players: number): Promise<AnalyticsBench> {
  const { db, path, buildSeconds, now } = openBenchDb(players);
  const quiz = getPublishedQuiz(db, slug);
  if (!quiz) throw new Error('benchmark quiz missing');
  const quizzes = getScopeQuizzes(db, { quizId: quiz.id });
  const events =
    db.get<{ n: number }>(sql`select (select count(*) from events where quiz_id = ${quiz.id}) + (select count(*) from link_clicks where quiz_id = ${quiz.id})
      + (select count(*) from players where quiz_id = ${quiz.id}) + (select count(*) from results where quiz_id = ${quiz.id}) as n`)?.n ?? 0;
  const today = toDay(now);
  const last30: DayRange = { from: addDays(today, -29), to: today };
  const scope = { kind: 'quiz' as const, quizId: quiz.id, slug, title: '', dir: 'ltr' as const };
  const workspaceId = db.get<{ id: string }>(sql`select workspace_id as id from quizzes where id = ${quiz.id}`)?.id ?? '';
  const workspaceQuizzes = getScopeQuizzes(db, { workspaceId });
  const queries: AnalyticsBench['queries'] = [];
  const measure = (name: string, work: () => unknown, baseline: (() => unknown) | null, runs = 15) => {
    work();
    const timed = time(runs, work);
    // A full scan of a million players takes seconds to minutes: one run of it is the baseline.
    queries.push({ name, ...timed, baselineMs: baseline ? time(1, baseline).p50Ms : null });
  };
  const dashboard = (range: DayRange, filters: AnalyticsFilters = {}) => () => getDashboard(db, { scope, quizzes, range, filters, now });
  const fullScan = (range: DayRange, filters: AnalyticsFilters = {}) => () => getRawLoopCounts(db, { quizId: quiz.id, range, filters });
  // The whole dashboard (every panel, as one request of the studio computes it) for 30-day ranges ending today, a
  // week and two weeks ago (the campaign is 30 days old: those reach back before it), with each kind of filter.
  measure('whole dashboard, last 30 days', dashboard(last30), fullScan(last30));
  measure('whole dashboard, 30 days to a week ago', dashboard({ from: addDays(today, -36), to: addDays(today, -7) }), null);
  measure('whole dashboard, 30 days to 2 weeks ago', dashboard({ from: addDays(today, -43), to: addDays(today, -14) }), null);
  measure('whole dashboard, 30 days, channel = whatsapp', dashboard(last30, { channel: 'whatsapp' }), fullScan(last30, { channel: 'whatsapp' }));
  measure('whole dashboard, 30 days, one result', dashboard(last30, { outcome: 'storyteller' }), fullScan(last30, { outcome: 'storyteller' }));
  measure('whole dashboard, 30 days, source = embed', dashboard(last30, { source: 'embed' }), null);
  measure('whole dashboard, 30 days, one embedding page', dashboard(last30, { hostPage: sampleHostPages[0] }), null);
  measure('whole dashboard, 30 days, channel + result', dashboard(last30, { channel: 'x', outcome: 'navigator' }), null);
  const middle7: DayRange = { from: addDays(today, -17), to: addDays(today, -11) };
  measure('whole dashboard, one week', dashboard(middle7), fullScan(middle7));
  measure('whole dashboard, today', dashboard({ from: today, to: today }), null);
  measure('workspace dashboard (every quiz), last 30 days', () => getDashboard(db, { scope: { kind: 'workspace', workspaceId, name: '' }, quizzes: workspaceQuizzes, range: last30, filters: {}, now }), null);
  measure('daily metrics (export), 30 days', () => getDailyMetrics(db, { quizIds: [quiz.id], range: last30, filters: {} }), null);
  measure('referral forest, 300 nodes', () => getForest(db, { quizIds: [quiz.id], node: null, range: last30, filters: {}, budget: 300 }), null);
  const largest = getForest(db, { quizIds: [quiz.id], node: null, range: last30, filters: {}, budget: 1 })?.children[0]?.id ?? null;
  measure('referral forest, the largest tree opened', () => getForest(db, { quizIds: [quiz.id], node: largest, range: last30, filters: {}, budget: 300 }), null);
  measure('players export, first 1,000 rows', () => {
    let n = 0;
    for (const _row of iteratePlayersExport(db, { quizId: quiz.id, range: last30, filters: {} })) if (++n >= 1000) break;
  }, null);

  // Writes: the same number of plays alone, then while another connection reads the dashboard without pause.
  const count = 400;
  let started = performance.now();
  const written = writeEvents(db, count, now, `bench-alone-${Date.now()}`);
  const aloneSeconds = (performance.now() - started) / 1000;
  const reader = startReader(path, quiz.id, last30, now);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  started = performance.now();
  const writtenWhileReading = writeEvents(db, count, now, `bench-reading-${Date.now()}`);
  const readingSeconds = (performance.now() - started) / 1000;
  const reads = await reader.stop();
  db.$client.close();
  if (process.env.RIPPLE_BENCH_KEEP_DB !== '1' && buildSeconds !== null && players < 100_000) rmSync(path, { force: true });
  return {
    players,
    events,
    buildSeconds,
    queries,
    writes: { alonePerSecond: written / aloneSeconds, whileReadingPerSecond: writtenWhileReading / readingSeconds, dashboardReadsDuringWrites: reads },
  };
}

/** The benchmark's figures as text: each query beside the full-scan baseline (ratio), and the write rates. */
export function formatAnalyticsBench(result: AnalyticsBench): string {
  const pad = (text: string, width: number) => text.padEnd(width);
  const lines = [
    `${result.players.toLocaleString('en')} players, ${result.events.toLocaleString('en')} events${result.buildSeconds === null ? ' (database reused)' : `, built in ${result.buildSeconds.toFixed(0)} s`}`,
    `${pad('query', 52)}${pad('p50 ms', 10)}${pad('p95 ms', 10)}${pad('full scan ms', 14)}× full scan`,
  ];
  for (const q of result.queries) {
    lines.push(`${pad(q.name, 52)}${pad(q.p50Ms.toFixed(1), 10)}${pad(q.p95Ms.toFixed(1), 10)}${pad(q.baselineMs === null ? '—' : q.baselineMs.toFixed(0), 14)}${q.baselineMs === null ? '—' : (q.p50Ms / q.baselineMs).toFixed(3)}`);
  }
  lines.push(
    `writes (view, start, complete, share, click): ${result.writes.alonePerSecond.toFixed(0)} events/s alone, ${result.writes.whileReadingPerSecond.toFixed(0)} events/s while the dashboard is read (${(result.writes.whileReadingPerSecond / result.writes.alonePerSecond).toFixed(2)}×, ${result.writes.dashboardReadsDuringWrites} dashboard reads meanwhile)`,
  );
  return lines.join('\n');
}
