import type { GameDraft, GameKind } from './games/game-schema';
import type { QuizDefinition } from './quiz-schema';

/** What the studio knows of a quiz or a mini-game besides its draft: its address, state and campaign settings. */
type StudioItemFields = {
  id: string;
  workspaceId: string;
  slug: string;
  status: 'draft' | 'published';
  title: string;
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

/** A quiz as the studio sees it: its draft, its published version and its campaign settings. */
export type StudioQuiz = StudioItemFields & {
  kind: QuizDefinition['kind'];
  /** the draft as saved: it may be incomplete (strict checks run at publish) */
  draft: QuizDefinition;
};

/** A mini-game (wheel, scratch card) as the studio sees it: the same as a quiz, with a game's draft. */
export type StudioGame = StudioItemFields & {
  kind: GameKind;
  /** the draft as saved: it may be incomplete (strict checks run at publish) */
  draft: GameDraft;
};

/** Whatever the studio edits: a quiz or a mini-game (both are rows of `quizzes`). */
export type StudioItem = StudioQuiz | StudioGame;

/** Whether what the studio edits is a mini-game (its kind is 'wheel' or 'scratch'), with its draft typed as a game's. */
export function isStudioGame(item: StudioItem): item is StudioGame {
  return item.kind === 'wheel' || item.kind === 'scratch';
}
