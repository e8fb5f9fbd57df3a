import { eq } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { simulateCascade } from '@/lib/analytics/cascade-sim';
import { listOutcomes } from '@/lib/prelaunch-checks';
import { createRandomId } from '@/lib/tokens';
import { loadCascade } from './cascade-load';
import type { Db } from './client';
import { demoGames } from './demo-games';
import { demoQuizzes } from './demo-quizzes';
import * as schema from './schema';

export const demoWorkspaceSlug = 'demo';

const englishNames = ['Sara', 'Omar', 'Lina', 'James', 'Maya', 'Noah', 'Emma', 'Lucas', 'Chloe', 'Adam', 'Zoe', 'Ethan', 'Mia', 'Leo', 'Ava', 'Sam'];
const arabicNames = ['سارة', 'عمر', 'لينا', 'يوسف', 'مريم', 'خالد', 'نور', 'أحمد', 'ليلى', 'كريم', 'هدى', 'سلمى', 'زياد', 'رنا', 'طارق', 'دانة'];

/** The simulated history each demo quiz starts with, so a new user's dashboard is alive (see lib/analytics/cascade-sim.ts). */
const demoCascades: Record<string, { players: number; k: number; medianCycleMinutes: number; seed: number }> = {
  'which-explorer': { players: 2400, k: 0.85, medianCycleMinutes: 150, seed: 11 },
  'ocean-trivia': { players: 900, k: 0.55, medianCycleMinutes: 240, seed: 12 },
  'weekend-poll': { players: 500, k: 0.35, medianCycleMinutes: 90, seed: 13 },
  'ay-musafir': { players: 1500, k: 1.05, medianCycleMinutes: 120, seed: 14 },
  'fada-trivia': { players: 600, k: 0.45, medianCycleMinutes: 200, seed: 15 },
};
const demoChannelMix = { whatsapp: 3, x: 2, facebook: 2, copy: 1.5, telegram: 1, native: 1.2, reddit: 0.8, linkedin: 0.6, email: 0.5 };

/**
 * Puts the demo workspace and its published quizzes and mini-games into a database that lacks them.
 * Idempotent: a quiz or game whose slug exists is left alone, so restarts never duplicate or overwrite anything.
 * With `cascade`, each new demo quiz also gets 30 days of simulated players, shares and clicks ending at `now`.
 */
export function seedDemo(db: BetterSQLite3Database<typeof schema>, options: { cascade?: { now: number; newToken: () => string } } = {}): void {
  const created: { quizId: string; versionId: string; slug: string }[] = [];
  db.transaction((tx) => {
    let workspace = tx.select().from(schema.workspaces).where(eq(schema.workspaces.slug, demoWorkspaceSlug)).get();
    if (!workspace) {
      workspace = { id: createRandomId(), name: 'Demo workspace', slug: demoWorkspaceSlug, blockedWords: null, retentionDays: null, embedOrigins: [], createdAt: Date.now() };
      tx.insert(schema.workspaces).values(workspace).run();
    }
    for (const demo of demoQuizzes) {
      if (tx.select({ id: schema.quizzes.id }).from(schema.quizzes).where(eq(schema.quizzes.slug, demo.slug)).get()) continue;
      const quizId = createRandomId();
      const versionId = createRandomId();
      tx.insert(schema.quizzes).values({ id: quizId, workspaceId: workspace.id, slug: demo.slug, kind: demo.definition.kind, status: 'published', publishedVersionId: versionId, title: demo.definition.title, draft: demo.definition }).run();
      tx.insert(schema.quizVersions).values({ id: versionId, quizId, version: 1, definition: demo.definition }).run();
      created.push({ quizId, versionId, slug: demo.slug });
    }
    // The mini-games are published the same way (they start without a simulated history).
    for (const demo of demoGames) {
      if (tx.select({ id: schema.quizzes.id }).from(schema.quizzes).where(eq(schema.quizzes.slug, demo.slug)).get()) continue;
      const quizId = createRandomId();
      const versionId = createRandomId();
      tx.insert(schema.quizzes).values({ id: quizId, workspaceId: workspace.id, slug: demo.slug, kind: demo.definition.kind, status: 'published', publishedVersionId: versionId, title: demo.definition.title, draft: demo.definition }).run();
      tx.insert(schema.quizVersions).values({ id: versionId, quizId, version: 1, definition: demo.definition }).run();
    }
  });
  const cascade = options.cascade;
  if (!cascade) return;
  for (const quiz of created) {
    const plan = demoCascades[quiz.slug];
    const demo = demoQuizzes.find((d) => d.slug === quiz.slug);
    if (!plan || !demo) continue;
    const outcomeIds = listOutcomes(demo.definition).map((o) => o.id);
    const simulated = simulateCascade({
      ...plan,
      days: 30,
      now: cascade.now,
      channelMix: demoChannelMix,
      outcomes: outcomeIds.length,
      names: demo.definition.locale === 'ar' ? arabicNames : englishNames,
    });
    loadCascade(db as Db, { quizId: quiz.quizId, versionId: quiz.versionId, outcomeIds, cascade: simulated, newId: createRandomId, newToken: cascade.newToken });
  }
}
