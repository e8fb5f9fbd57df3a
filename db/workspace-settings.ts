import { eq } from 'drizzle-orm';
import { defaultBlockedWords } from '@/lib/blocked-words';
import type { Db } from './client';
import { quizzes, workspaces } from './schema';

export type BlockedWords = { words: string[]; isDefault: boolean };

// The column is JSON written by Ripple, but it is read back as data from outside: anything but a list of strings
// means the defaults.
function readWords(stored: unknown): BlockedWords {
  if (Array.isArray(stored) && stored.every((word): word is string => typeof word === 'string')) return { words: stored, isDefault: false };
  return { words: [...defaultBlockedWords], isDefault: true };
}

/** A workspace's blocked words (the defaults while it has never edited them), or undefined for no such workspace. */
export function getBlockedWords(db: Db, workspaceId: string): BlockedWords | undefined {
  const row = db.select({ blockedWords: workspaces.blockedWords }).from(workspaces).where(eq(workspaces.id, workspaceId)).get();
  return row ? readWords(row.blockedWords) : undefined;
}

/** The blocked words that apply to a quiz's players: those of the quiz's workspace. */
export function getBlockedWordsForQuiz(db: Db, quizId: string): string[] {
  const row = db.select({ blockedWords: workspaces.blockedWords }).from(quizzes).innerJoin(workspaces, eq(workspaces.id, quizzes.workspaceId)).where(eq(quizzes.id, quizId)).get();
  return readWords(row?.blockedWords ?? null).words;
}

/** Stores a workspace's own list (already checked by parseBlockedWordsInput), or null to go back to the defaults. */
export function saveBlockedWords(db: Db, workspaceId: string, words: string[] | null): void {
  db.update(workspaces).set({ blockedWords: words }).where(eq(workspaces.id, workspaceId)).run();
}
