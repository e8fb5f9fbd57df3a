import type { QuizDefinition } from '@/lib/quiz-schema';
import type { ResultSummary } from '@/lib/result-text';

/** An outcome a player can get, as the studio's pickers list it. */
export type OutcomeOption = { id: string; title: string };

/** The outcomes of a draft in the author's order: results, tiers, or the first question's answers for a poll. */
export function listDraftOutcomes(draft: QuizDefinition): OutcomeOption[] {
  if (draft.kind === 'personality') return draft.results.map((r) => ({ id: r.id, title: r.title }));
  if (draft.kind === 'trivia') return draft.tiers.map((t) => ({ id: t.id, title: t.title }));
  return (draft.questions[0]?.answers ?? []).map((a) => ({ id: a.id, title: a.text }));
}

/** The sample player of the studio's previews, in the quiz's language. */
export function getSampleName(draft: QuizDefinition): string {
  return draft.locale === 'ar' ? 'سارة' : 'Sara';
}

/**
 * A made-up result of the draft for the share-text previews: the first outcome, the sample name, 8 of 10 (a
 * trivia score scaled to the quiz's points). The server's previews use lib/prelaunch-checks' buildSampleSummary,
 * which brings the card layout code along: too heavy for the browser for this.
 */
export function buildClientSample(draft: QuizDefinition): ResultSummary {
  const maxScore = draft.kind === 'trivia' ? Math.max(1, draft.questions.reduce((sum, q) => sum + q.points, 0)) : null;
  return {
    definition: draft,
    outcomeId: listDraftOutcomes(draft)[0]?.id ?? '',
    playerName: getSampleName(draft),
    score: maxScore === null ? null : Math.round(maxScore * 0.8),
    maxScore,
    rarityPercent: 24,
    percentile: 73,
  };
}
