import { eq } from 'drizzle-orm';
import { simulateCascade } from '@/lib/analytics/cascade-sim';
import { listOutcomes } from '@/lib/prelaunch-checks';
import { createRandomId } from '@/lib/tokens';
import { loadCascade } from './cascade-load';
import type { Db } from './client';
import { demoQuizzes } from './demo-quizzes';
import { quizzes, quizVersions, workspaces } from './schema';
import { demoWorkspaceSlug } from './seed';

export type ViralSeedOptions = { players: number; k: number; days: number; seed: number; medianCycleMinutes: number; now: number; slug: string; newToken: () => string };

/**
 * Makes (or remakes) a published quiz in the demo workspace holding a simulated cascade of `players` players:
 * what `npm run seed:viral` and the analytics benchmark build. Returns the quiz's id and what was written.
 */
export function seedViralQuiz(db: Db, options: ViralSeedOptions): { quizId: string; players: number; events: number; simulateMs: number; loadMs: number } {
  const workspace = db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, demoWorkspaceSlug)).get();
  const template = demoQuizzes.find((q) => q.slug === 'which-explorer');
  if (!workspace || !template) throw new Error('The demo workspace is missing: open the database with the demo seeded first.');
  db.delete(quizzes).where(eq(quizzes.slug, options.slug)).run();
  const quizId = createRandomId();
  const versionId = createRandomId();
  const definition = { ...template.definition, title: `Viral cascade (${options.players.toLocaleString('en')} players)` };
  db.insert(quizzes).values({ id: quizId, workspaceId: workspace.id, slug: options.slug, kind: definition.kind, status: 'published', publishedVersionId: versionId, title: definition.title, draft: definition }).run();
  db.insert(quizVersions).values({ id: versionId, quizId, version: 1, definition }).run();
  const outcomeIds = listOutcomes(definition).map((o) => o.id);
  const started = performance.now();
  const cascade = simulateCascade({
    players: options.players,
    k: options.k,
    days: options.days,
    now: options.now,
    seed: options.seed,
    medianCycleMinutes: options.medianCycleMinutes,
    channelMix: { whatsapp: 3, x: 2, facebook: 2, copy: 1.5, telegram: 1, native: 1.2, reddit: 0.8, linkedin: 0.6, email: 0.5 },
    outcomes: outcomeIds.length,
    names: ['Sara', 'Omar', 'Lina', 'James', 'Maya', 'Noah', 'Emma', 'Lucas', 'Chloe', 'Adam', 'Zoe', 'Ethan'],
  });
  const simulated = performance.now();
  const loaded = loadCascade(db, { quizId, versionId, outcomeIds, cascade, newId: createRandomId, newToken: options.newToken });
  return { quizId, ...loaded, simulateMs: simulated - started, loadMs: performance.now() - simulated };
}
