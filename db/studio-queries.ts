import { eq } from 'drizzle-orm';
import { quizDefinitionSchema, type QuizDefinition } from '@/lib/quiz-schema';
import type { StudioQuiz } from '@/lib/studio-quiz';
import type { Db } from './client';
import { quizVersions, quizzes } from './schema';


/** A quiz as the studio sees it: its draft, its published version and its campaign settings. */
export function getStudioQuiz(db: Db, quizId: string): StudioQuiz | undefined {
  const row = db.select().from(quizzes).where(eq(quizzes.id, quizId)).get();
  if (!row) return undefined;
  const published = row.publishedVersionId ? db.select({ version: quizVersions.version, definition: quizVersions.definition }).from(quizVersions).where(eq(quizVersions.id, row.publishedVersionId)).get() : undefined;
  // A draft is stored as the editor had it; when it is unreadable, the published version is the fallback.
  const draft = (row.draft ?? published?.definition) as QuizDefinition | undefined;
  if (!draft) return undefined;
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: row.title,
    draft,
    draftUpdatedAt: row.draftUpdatedAt,
    publishedVersionId: row.publishedVersionId,
    publishedVersion: published?.version ?? null,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    pausedAt: row.pausedAt,
    stoppedAt: row.stoppedAt,
    playerCap: row.playerCap,
    endedMessage: row.endedMessage,
    endedUrl: row.endedUrl,
    archivedAt: row.archivedAt,
  };
}

/** Whether a stored draft is a complete, valid quiz: the issues, by field path, are empty when it can be published. */
export function validateDraft(draft: unknown): { path: string; message: string }[] {
  const parsed = quizDefinitionSchema.safeParse(draft);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
