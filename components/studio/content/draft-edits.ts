import type { QuizDefinition } from '@/lib/quiz-schema';
import { makeItemId, makeRandomSlugPart } from '@/lib/slug';

// Small, pure changes to a draft, used as `updateDraft(change)` arguments: each returns a new draft and shares
// everything it does not change, so undo snapshots stay cheap.

export type Draft = QuizDefinition;
export type DraftQuestion = Draft['questions'][number];
export type DraftAnswer = DraftQuestion['answers'][number];
export type PersonalityDraft = Extract<Draft, { kind: 'personality' }>;
export type TriviaDraft = Extract<Draft, { kind: 'trivia' }>;
export type DraftResult = PersonalityDraft['results'][number];
export type DraftTier = TriviaDraft['tiers'][number];

export const maxQuestions = 50;
export const maxAnswers = 12;
export const maxResults = 12;
export const maxTiers = 10;

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= list.length) return next;
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

export function replaceAt<T>(list: readonly T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** A new id for an item of a list, unlike the others: `q-x7k2m`. */
export function createItemId(prefix: string, taken: Iterable<string>): string {
  return makeItemId(prefix, new Set(taken), () => makeRandomSlugPart(crypto.getRandomValues(new Uint8Array(5)), 5));
}

export function changeQuestion(qi: number, change: (question: DraftQuestion) => DraftQuestion) {
  return (draft: Draft): Draft => ({ ...draft, questions: replaceAt(draft.questions, qi, change) });
}

export function changeAnswer(qi: number, ai: number, change: (answer: DraftAnswer) => DraftAnswer) {
  return changeQuestion(qi, (question) => ({ ...question, answers: replaceAt(question.answers, ai, change) }));
}

export function changeResult(ri: number, change: (result: DraftResult) => DraftResult) {
  return (draft: Draft): Draft => (draft.kind === 'personality' ? { ...draft, results: replaceAt(draft.results, ri, change) } : draft);
}

export function changeTier(ti: number, change: (tier: DraftTier) => DraftTier) {
  return (draft: Draft): Draft => (draft.kind === 'trivia' ? { ...draft, tiers: replaceAt(draft.tiers, ti, change) } : draft);
}

/** An empty question with two empty answers (what "Add a question" makes). */
export function createQuestion(draft: Draft): DraftQuestion {
  const questionId = createItemId('q', draft.questions.map((q) => q.id));
  const first = createItemId('a', []);
  return { id: questionId, text: '', isMultiple: false, points: 1, answers: [{ id: first, text: '' }, { id: createItemId('a', [first]), text: '' }] };
}

/**
 * A result removed, and every answer's points for it too: points for a result that no longer exists would make
 * the quiz invalid.
 */
export function removeResult(ri: number) {
  return (draft: Draft): Draft => {
    if (draft.kind !== 'personality') return draft;
    const removed = draft.results[ri];
    if (!removed) return draft;
    const questions = draft.questions.map((question) => ({
      ...question,
      answers: question.answers.map((answer) => {
        if (!answer.weights || !Object.hasOwn(answer.weights, removed.id)) return answer;
        const weights = Object.fromEntries(Object.entries(answer.weights).filter(([id]) => id !== removed.id));
        return { ...answer, weights: Object.keys(weights).length > 0 ? weights : undefined };
      }),
    }));
    return { ...draft, questions, results: removeAt(draft.results, ri) };
  };
}

/** One cell of the weights matrix set; 0 removes the entry, so weights only list what counts. */
export function setWeight(qi: number, ai: number, resultId: string, points: number) {
  return changeAnswer(qi, ai, (answer) => {
    const weights = { ...(answer.weights ?? {}) };
    if (points === 0) delete weights[resultId];
    else weights[resultId] = points;
    return { ...answer, weights: Object.keys(weights).length > 0 ? weights : undefined };
  });
}

/**
 * Marks a trivia answer right or wrong. In a one-answer question, marking one right unmarks the others (it
 * behaves like a radio button); in a several-answers question each is independent.
 */
export function setCorrect(qi: number, ai: number, isCorrect: boolean) {
  return changeQuestion(qi, (question) => ({
    ...question,
    answers: question.answers.map((answer, i) => {
      if (i === ai) return { ...answer, isCorrect: isCorrect || undefined };
      return !question.isMultiple && isCorrect ? { ...answer, isCorrect: undefined } : answer;
    }),
  }));
}

/** Optional text fields are left out of the draft when emptied, rather than stored as ''. */
export function optionalText(value: string): string | undefined {
  return value === '' ? undefined : value;
}
