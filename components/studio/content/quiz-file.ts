import { parseQuizDefinition, type QuizDefinition } from '@/lib/quiz-schema';
import { makeSlugBase } from '@/lib/slug';
import type { Issue } from './issue-text';

/** The largest quiz file the studio reads, like the server's limit on drafts and imports. */
export const maxQuizFileBytes = 256 * 1024;

export type QuizFileReading = { ok: true; quiz: QuizDefinition } | { ok: false; reason: 'too_big' } | { ok: false; reason: 'not_json'; message: string } | { ok: false; reason: 'invalid'; issues: Issue[] };

/**
 * Reads a quiz file chosen by the author and checks it with the strict quiz schema (what publishing needs), so
 * a file either becomes a whole quiz or is refused with the exact list of what is wrong; nothing in between.
 */
export async function readQuizFile(file: Blob): Promise<QuizFileReading> {
  if (file.size > maxQuizFileBytes) return { ok: false, reason: 'too_big' };
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch (error) {
    return { ok: false, reason: 'not_json', message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = parseQuizDefinition(data);
  return parsed.ok ? { ok: true, quiz: parsed.quiz } : { ok: false, reason: 'invalid', issues: parsed.issues };
}

/** Offers the draft as a download named after its title (else its slug), pretty-printed so it reads and diffs well. */
export function downloadQuizFile(quiz: QuizDefinition, slug: string): void {
  const blob = new Blob([`${JSON.stringify(quiz, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${makeSlugBase(quiz.title) || slug}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
