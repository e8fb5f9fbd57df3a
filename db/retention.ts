import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { dayMs, toDay } from '@/lib/analytics/periods';
import type { Db } from './client';
import { events, quizzes, touches, visitorSalts, workspaces } from './schema';

/** A workspace may keep raw events for 1 to 3650 days (ten years); null keeps them forever. */
export const minRetentionDays = 1;
export const maxRetentionDays = 3650;
// Rows go in batches, each its own short write, so plays keep being recorded while a large backlog is deleted.
const batchRows = 5000;

export type RetentionReport = { workspaces: number; events: number; linkClicks: number; touches: number; visitorSalts: number };

/**
 * Applies every workspace's retention setting at `now`: for each workspace with retentionDays set, deletes the
 * raw `events` and `link_clicks` of its quizzes older than that many days, and the `touches` as old of visitors
 * who never became players (a player's first touch is their attribution and stays with them). Also deletes
 * every `visitor_salts` row of a day before yesterday (UTC), whatever the settings: a salt only serves the day's
 * deduplication, and once gone the hashes made with it can no longer be linked to anyone.
 *
 * Never touched: players, results, share links, and the daily aggregates (cohort_rollups, generation_rollups,
 * tree_rollups), so every dashboard figure of the past stays. Give `workspaceId` to apply one workspace only.
 */
export function applyRetention(db: Db, now: number, options: { workspaceId?: string } = {}): RetentionReport {
  const steps = retentionSteps(db, now, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * applyRetention for a running server: the same deletions, handing the event loop back between batches, so
 * requests keep being answered while a newly shortened setting deletes millions of rows.
 */
export async function applyRetentionGradually(db: Db, now: number, options: { workspaceId?: string } = {}): Promise<RetentionReport> {
  const steps = retentionSteps(db, now, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The deletions as a generator that pauses after every batch; the two functions above drive it. */
function* retentionSteps(db: Db, now: number, options: { workspaceId?: string }): Generator<void, RetentionReport, undefined> {
  const report: RetentionReport = { workspaces: 0, events: 0, linkClicks: 0, touches: 0, visitorSalts: 0 };
  const settings = db
    .select({ id: workspaces.id, retentionDays: workspaces.retentionDays })
    .from(workspaces)
    .where(options.workspaceId === undefined ? isNotNull(workspaces.retentionDays) : and(isNotNull(workspaces.retentionDays), eq(workspaces.id, options.workspaceId)))
    .all();
  // Every event type is named so that the (quiz_id, type, created_at) index serves the time condition too.
  const types = sql.join(
    events.type.enumValues.map((type) => sql`${type}`),
    sql`, `,
  );
  for (const workspace of settings) {
    const days = workspace.retentionDays;
    if (days === null || days < minRetentionDays) continue;
    report.workspaces += 1;
    const cutoff = now - days * dayMs;
    const quizIds = db.select({ id: quizzes.id }).from(quizzes).where(eq(quizzes.workspaceId, workspace.id)).all();
    for (const { id } of quizIds) {
      // Each batch picks at most batchRows rows by an indexed condition, then deletes them by rowid.
      for (;;) {
        const deleted = db.run(sql`delete from events where rowid in (select rowid from events where quiz_id = ${id} and type in (${types}) and created_at < ${cutoff} limit ${batchRows})`).changes;
        report.events += deleted;
        if (deleted < batchRows) break;
        yield;
      }
      for (;;) {
        const deleted = db.run(sql`delete from link_clicks where rowid in (select rowid from link_clicks where quiz_id = ${id} and created_at < ${cutoff} limit ${batchRows})`).changes;
        report.linkClicks += deleted;
        if (deleted < batchRows) break;
        yield;
      }
      // Touches have no index on their time: they are walked once per quiz in key order (quiz_id, visitor_id), each
      // batch starting after the last visitor seen, so the players' touches that stay are not read again and again.
      let afterVisitorId = '';
      for (;;) {
        const batch = db.all<{ visitorId: string }>(sql`
          select t.visitor_id as visitorId from touches t
          where t.quiz_id = ${id} and t.visitor_id > ${afterVisitorId} and t.created_at < ${cutoff}
            and not exists (select 1 from players p where p.quiz_id = t.quiz_id and p.visitor_id = t.visitor_id)
          order by t.visitor_id limit ${batchRows}`);
        const visitorIds = batch.map((row) => row.visitorId);
        if (visitorIds.length > 0) {
          report.touches += db.delete(touches).where(and(eq(touches.quizId, id), inArray(touches.visitorId, visitorIds))).run().changes;
        }
        const last = visitorIds.at(-1);
        if (last === undefined || visitorIds.length < batchRows) break;
        afterVisitorId = last;
        yield;
      }
    }
  }
  const yesterday = toDay(now - dayMs);
  report.visitorSalts = db.delete(visitorSalts).where(lt(visitorSalts.day, yesterday)).run().changes;
  return report;
}

/** A workspace's retention setting: days of raw events kept, or null to keep them forever; undefined for an unknown workspace. */
export function getRetentionDays(db: Db, workspaceId: string): number | null | undefined {
  return db.select({ retentionDays: workspaces.retentionDays }).from(workspaces).where(eq(workspaces.id, workspaceId)).get()?.retentionDays;
}

/** Saves a workspace's retention setting (the caller applies it; see applyRetentionGradually). */
export function saveRetentionDays(db: Db, workspaceId: string, retentionDays: number | null): void {
  db.update(workspaces).set({ retentionDays }).where(eq(workspaces.id, workspaceId)).run();
}

const hourMs = 60 * 60 * 1000;

export type RetentionJob = { runNow(): Promise<RetentionReport | null>; stop(): void };
const globalForJob = globalThis as unknown as { rippleRetentionJob?: RetentionJob };

/** The retention job of this process, if one was started. */
export function getRetentionJob(): RetentionJob | undefined {
  return globalForJob.rippleRetentionJob;
}

/**
 * Runs the retention job now and then every hour, once per process (a second call returns the running job).
 * Runs never overlap: `runNow` joins the run in progress. The timer does not keep the process alive; a failed
 * run is logged (answering null) and the next hour tries again.
 */
export function startRetentionJob(getDb: () => Db, options: { intervalMs?: number; now?: () => number } = {}): RetentionJob {
  const running = globalForJob.rippleRetentionJob;
  if (running) return running;
  const now = options.now ?? Date.now;
  let current: Promise<RetentionReport | null> | null = null;
  const runNow = () => {
    // Started inside the promise, so a database that fails to open is logged like any failed run, never thrown.
    current ??= Promise.resolve()
      .then(() => applyRetentionGradually(getDb(), now()))
      .catch((error: unknown) => {
        console.error('The retention job failed; it runs again within the hour.', error);
        return null;
      })
      .finally(() => {
        current = null;
      });
    return current;
  };
  const timer = setInterval(() => void runNow(), options.intervalMs ?? hourMs);
  timer.unref();
  const job: RetentionJob = {
    runNow,
    stop() {
      clearInterval(timer);
      if (globalForJob.rippleRetentionJob === job) globalForJob.rippleRetentionJob = undefined;
    },
  };
  globalForJob.rippleRetentionJob = job;
  void runNow();
  return job;
}
