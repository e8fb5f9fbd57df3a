import { eq } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { createRandomId } from '@/lib/tokens';
import { demoQuizzes } from './demo-quizzes';
import * as schema from './schema';

export const demoWorkspaceSlug = 'demo';

/**
 * Puts the demo workspace and its published quizzes into a database that lacks them. Idempotent: a quiz whose
 * slug exists is left alone, so restarts never duplicate or overwrite anything.
 */
export function seedDemo(db: BetterSQLite3Database<typeof schema>): void {
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
    }
  });
}
