import type { QuizDefinition } from './quiz-schema';

/** A quiz as the studio sees it: its draft, its published version and its campaign settings. */
export type StudioQuiz = {
  id: string;
  workspaceId: string;
  slug: string;
  kind: QuizDefinition['kind'];
  status: 'draft' | 'published';
  title: string;
  /** the draft as saved: it may be incomplete (strict checks run at publish) */
  draft: QuizDefinition;
  draftUpdatedAt: number | null;
  publishedVersionId: string | null;
  publishedVersion: number | null;
  startsAt: number | null;
  endsAt: number | null;
  pausedAt: number | null;
  stoppedAt: number | null;
  playerCap: number | null;
  endedMessage: string | null;
  endedUrl: string | null;
  archivedAt: number | null;
};
