import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDailyMetrics } from '@/db/analytics';
import { openDb, type Db } from '@/db/client';
import { completePlay, getPublishedQuiz, getResultView, openShareLink, recordShareIntent, recordView, type PublishedQuiz } from '@/db/queries';
import { applyRetention, applyRetentionGradually, getRetentionDays, getRetentionJob, saveRetentionDays, startRetentionJob } from '@/db/retention';
import { cohortRollups, events, generationRollups, linkClicks, players, quizzes, touches, treeRollups, visitorSalts, workspaces } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { register } from '@/instrumentation';
import { scoreQuiz, type AnswerSheet } from '@/lib/scoring';
import { createShareToken } from '@/lib/tokens';

const secret = 'retention-test-secret-0123456789-abcdef';
const dayMs = 24 * 60 * 60 * 1000;
// "Now" for every test: 2026-03-01 12:00 UTC. The cascade happens 40 days before, the recent visits 2 days before.
const now = Date.UTC(2026, 2, 1, 12);
const old = now - 40 * dayMs;
const recent = now - 2 * dayMs;
const sheets: Record<string, AnswerSheet> = { 'which-explorer': { morning: ['climb'], bag: ['rope'], lost: ['keep'], souvenir: ['scar'], trip: ['arctic'] }, 'weekend-poll': { perfect: ['brunch'], sunday: ['plan'] } };

let db: Db;
let quiz: PublishedQuiz;
let otherQuiz: PublishedQuiz;

function freshDb(): Db {
  const fresh = openDb(join(mkdtempSync(join(tmpdir(), 'ripple-retention-')), 'ripple.db'));
  seedDemo(fresh);
  return fresh;
}

function play(target: PublishedQuiz, visitorId: string, at: number) {
  recordView(db, { quizId: target.id, visitorId, now: at });
  const sheet = sheets[target.slug] ?? {};
  const { resultId } = completePlay(db, { quiz: target, visitorId, name: '', sheet, score: scoreQuiz(target.definition, sheet), now: at + 1000, newToken: () => createShareToken(secret) });
  const view = getResultView(db, resultId);
  if (!view) throw new Error('no result');
  return view;
}

/** A small cascade on a quiz: a seed shares, a friend clicks and plays, a lurker clicks and never plays, a bot fetches. */
function cascade(target: PublishedQuiz, at: number, tag: string) {
  const seed = play(target, `${tag}-seed`, at);
  recordShareIntent(db, { resultId: seed.resultId, channel: 'whatsapp', visitorId: `${tag}-seed`, isConfirmed: true, now: at + 2000 });
  openShareLink(db, { token: seed.tokens.whatsapp, visitorId: `${tag}-friend`, visitorKind: 'human', now: at + 3000 });
  play(target, `${tag}-friend`, at + 4000);
  openShareLink(db, { token: seed.tokens.whatsapp, visitorId: `${tag}-lurker`, visitorKind: 'human', now: at + 5000 });
  openShareLink(db, { token: seed.tokens.whatsapp, visitorId: null, visitorKind: 'preview', now: at + 6000 });
}

const countOf = (table: typeof events | typeof linkClicks | typeof touches | typeof players | typeof visitorSalts, where?: ReturnType<typeof eq>) => db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
const rollupSnapshot = () => ({
  cohorts: db.select().from(cohortRollups).orderBy(sql`1, 2, 3, 4, 5, 6, 7`).all(),
  generations: db.select().from(generationRollups).orderBy(sql`1, 2, 3, 4, 5, 6, 7`).all(),
  trees: db.select().from(treeRollups).orderBy(sql`1, 2, 3`).all(),
});

beforeEach(() => {
  db = freshDb();
  const found = getPublishedQuiz(db, 'which-explorer');
  const other = getPublishedQuiz(db, 'weekend-poll');
  if (!found || !other) throw new Error('demo quizzes missing');
  quiz = found;
  // Another workspace's quiz, with data as old, and no retention setting.
  db.insert(workspaces).values({ id: 'ws-other', name: 'Other', slug: 'other' }).run();
  db.update(quizzes).set({ workspaceId: 'ws-other' }).where(eq(quizzes.id, other.id)).run();
  otherQuiz = other;
  cascade(quiz, old, 'old');
  cascade(quiz, recent, 'new');
  cascade(otherQuiz, old, 'other');
});

describe('applyRetention', () => {
  it('deletes the raw events, clicks and unplayed touches older than the setting, and nothing newer', () => {
    saveRetentionDays(db, quiz.workspaceId, 30);
    const before = { events: countOf(events, eq(events.quizId, quiz.id)), clicks: countOf(linkClicks, eq(linkClicks.quizId, quiz.id)) };
    const report = applyRetention(db, now);
    // Each cascade wrote 2 views, 1 share and 1 crawler fetch (4 events) and 2 human clicks; the old one is gone.
    expect(before).toEqual({ events: 8, clicks: 4 });
    expect(report).toMatchObject({ workspaces: 1, events: 4, linkClicks: 2, touches: 1 });
    expect(countOf(events, eq(events.quizId, quiz.id))).toBe(4);
    expect(db.select({ createdAt: events.createdAt }).from(events).where(eq(events.quizId, quiz.id)).all().every((e) => e.createdAt >= recent)).toBe(true);
    expect(countOf(linkClicks, eq(linkClicks.quizId, quiz.id))).toBe(2);
    // The old lurker's touch went (never a player); the old players' touches stay, as do the recent lurker's.
    const touchesLeft = db.select({ visitorId: touches.visitorId }).from(touches).where(eq(touches.quizId, quiz.id)).all().map((t) => t.visitorId).sort();
    expect(touchesLeft).toEqual(['new-friend', 'new-lurker', 'new-seed', 'old-friend', 'old-seed']);
  });

  it('keeps players and every daily aggregate, so the dashboard’s history of the old days is unchanged', () => {
    saveRetentionDays(db, quiz.workspaceId, 30);
    const range = { from: '2026-01-01', to: '2026-03-01' };
    const metricsBefore = getDailyMetrics(db, { quizIds: [quiz.id], range, filters: {} });
    const rollupsBefore = rollupSnapshot();
    const playersBefore = db.select().from(players).orderBy(players.id).all();
    applyRetention(db, now);
    expect(rollupSnapshot()).toEqual(rollupsBefore);
    expect(db.select().from(players).orderBy(players.id).all()).toEqual(playersBefore);
    const metricsAfter = getDailyMetrics(db, { quizIds: [quiz.id], range, filters: {} });
    expect(metricsAfter).toEqual(metricsBefore);
    // The old cascade's day still shows its views, players and the click that brought the friend.
    const oldDay = metricsAfter.find((d) => d.day === '2026-01-20');
    expect(oldDay).toMatchObject({ views: 2, players: 2, clicks: 2, referred: 1 });
  });

  it('leaves workspaces without a setting alone', () => {
    saveRetentionDays(db, quiz.workspaceId, 30);
    applyRetention(db, now);
    expect(countOf(events, eq(events.quizId, otherQuiz.id))).toBe(4);
    expect(countOf(linkClicks, eq(linkClicks.quizId, otherQuiz.id))).toBe(2);
    expect(countOf(touches, eq(touches.quizId, otherQuiz.id))).toBe(3);
  });

  it.each([
    { label: 'a setting longer than the data’s age deletes nothing', days: 41, events: 8 },
    { label: 'exactly 40 days keeps the events of 40 days ago to the millisecond', days: 40, events: 8 },
    { label: 'one day deletes all but the last day’s (none here)', days: 1, events: 0 },
    { label: 'null (forever) deletes nothing', days: null, events: 8 },
  ])('$label', ({ days, events: expected }) => {
    saveRetentionDays(db, quiz.workspaceId, days);
    applyRetention(db, now);
    expect(countOf(events, eq(events.quizId, quiz.id))).toBe(expected);
  });

  it('applies one workspace only when asked', () => {
    saveRetentionDays(db, quiz.workspaceId, 30);
    saveRetentionDays(db, 'ws-other', 30);
    expect(applyRetention(db, now, { workspaceId: 'ws-other' })).toMatchObject({ workspaces: 1, events: 4 });
    expect(countOf(events, eq(events.quizId, quiz.id))).toBe(8);
    expect(countOf(events, eq(events.quizId, otherQuiz.id))).toBe(0);
  });

  it('deletes the visitor salts of every day before yesterday, whatever the settings', () => {
    for (const day of ['2026-03-01', '2026-02-28', '2026-02-27', '2026-01-10']) db.insert(visitorSalts).values({ day, salt: `salt-${day}` }).run();
    expect(applyRetention(db, now).visitorSalts).toBe(2);
    expect(db.select({ day: visitorSalts.day }).from(visitorSalts).orderBy(visitorSalts.day).all().map((r) => r.day)).toEqual(['2026-02-28', '2026-03-01']);
  });

  it('works through a backlog larger than one batch, and gradually gives the same result', () => {
    const rows = Array.from({ length: 12_345 }, (_, i) => ({ quizId: quiz.id, type: 'view' as const, createdAt: old - i }));
    for (let i = 0; i < rows.length; i += 1000) db.insert(events).values(rows.slice(i, i + 1000)).run();
    const touchRows = Array.from({ length: 6_001 }, (_, i) => ({ quizId: quiz.id, visitorId: `lurker-${String(i).padStart(5, '0')}`, shareLinkId: null, createdAt: old }));
    for (let i = 0; i < touchRows.length; i += 1000) db.insert(touches).values(touchRows.slice(i, i + 1000)).run();
    saveRetentionDays(db, quiz.workspaceId, 30);
    const copy = freshCopy();
    const report = applyRetention(db, now);
    expect(report).toMatchObject({ events: 12_345 + 4, touches: 6_001 + 1 });
    expect(countOf(events, eq(events.quizId, quiz.id))).toBe(4);
    return applyRetentionGradually(copy, now).then((gradual) => expect(gradual).toEqual(report));
  });
});

/** A second connection on a copy of the database file, for comparing two runs. */
function freshCopy(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'ripple-retention-copy-'));
  const path = join(dir, 'copy.db');
  db.$client.prepare('VACUUM INTO ?').run(path);
  return openDb(path);
}

describe('the retention setting', () => {
  it('is stored per workspace and read back; an unknown workspace is undefined', () => {
    expect(getRetentionDays(db, quiz.workspaceId)).toBeNull();
    saveRetentionDays(db, quiz.workspaceId, 90);
    expect(getRetentionDays(db, quiz.workspaceId)).toBe(90);
    expect(getRetentionDays(db, 'ws-other')).toBeNull();
    expect(getRetentionDays(db, 'nope')).toBeUndefined();
  });
});

describe('the hourly job', () => {
  afterEach(() => {
    getRetentionJob()?.stop();
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it('runs at once, then every hour, once per process', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    saveRetentionDays(db, quiz.workspaceId, 30);
    let clock = now;
    const job = startRetentionJob(() => db, { now: () => clock });
    expect(startRetentionJob(() => db)).toBe(job);
    expect(await job.runNow()).toMatchObject({ events: 4 });
    // A day later the recent cascade is still younger than 30 days; 29 days later it is not.
    clock = now + 29 * dayMs;
    const eventsBefore = countOf(events, eq(events.quizId, quiz.id));
    vi.advanceTimersByTime(60 * 60 * 1000);
    await job.runNow();
    expect(eventsBefore).toBe(4);
    expect(countOf(events, eq(events.quizId, quiz.id))).toBe(0);
    job.stop();
    expect(getRetentionJob()).toBeUndefined();
  });

  it('survives a database that cannot be opened: the run is logged and answers null, nothing is thrown', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const job = startRetentionJob(() => {
      throw new Error('disk gone');
    });
    expect(await job.runNow()).toBeNull();
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/retention job failed/), expect.any(Error));
    logged.mockRestore();
  });

  it('is started by the server’s instrumentation hook in Node, and not under tests unless asked', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('RIPPLE_RETENTION_JOB', '');
    await register();
    expect(getRetentionJob()).toBeUndefined();
    vi.stubEnv('NEXT_RUNTIME', 'edge');
    vi.stubEnv('RIPPLE_RETENTION_JOB', '1');
    await register();
    expect(getRetentionJob()).toBeUndefined();
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    await register();
    const job = getRetentionJob();
    expect(job).toBeDefined();
    await job?.runNow();
  });
});

describe('what retention leaves of a played quiz', () => {
  it('keeps share links and results working: a player of 40 days ago still has their result', () => {
    saveRetentionDays(db, quiz.workspaceId, 30);
    applyRetention(db, now);
    const seed = db.select({ id: players.id, completedAt: players.completedAt }).from(players).where(and(eq(players.quizId, quiz.id), eq(players.visitorId, 'old-seed'))).get();
    expect(seed?.completedAt).toBe(old + 1000);
  });
});
