import type { Outcome, QuizDefinition } from './quiz-schema';

/** The answers of one play: for each question id, the ids of the answers chosen. */
export type AnswerSheet = Record<string, string[]>;

export type Score =
  | { kind: 'personality'; resultId: string; totals: Record<string, number> }
  | { kind: 'trivia'; resultId: string; score: number; maxScore: number; percent: number; correctByQuestion: Record<string, boolean> }
  | { kind: 'poll'; resultId: string };

export type AnswerProblem = { questionId: string; message: string };

/**
 * Checks that an answer sheet answers every question of the quiz with answers that exist: one answer for a
 * single-choice question, one or more distinct answers for a multiple-choice one, and nothing else. A timed
 * trivia question may be left unanswered (missing or empty): the time ran out, and it scores as wrong. Returns the
 * first problem, naming its question, so the player can be told which one.
 */
export function checkAnswers(quiz: QuizDefinition, sheet: AnswerSheet): { ok: true } | ({ ok: false } & AnswerProblem) {
  const known = new Set(quiz.questions.map((q) => q.id));
  for (const questionId of Object.keys(sheet)) {
    if (!known.has(questionId)) return { ok: false, questionId, message: `question "${questionId}" is not in this quiz` };
  }
  for (const question of quiz.questions) {
    const chosen = Object.hasOwn(sheet, question.id) ? sheet[question.id] : undefined;
    if (!chosen || chosen.length === 0) {
      if (quiz.kind === 'trivia' && question.timeLimitSeconds !== undefined) continue;
      return { ok: false, questionId: question.id, message: `question "${question.id}" has no answer` };
    }
    if (!question.isMultiple && chosen.length > 1) return { ok: false, questionId: question.id, message: `question "${question.id}" takes one answer` };
    if (new Set(chosen).size !== chosen.length) return { ok: false, questionId: question.id, message: `question "${question.id}" has the same answer twice` };
    const ids = new Set(question.answers.map((a) => a.id));
    const unknown = chosen.find((id) => !ids.has(id));
    if (unknown !== undefined) return { ok: false, questionId: question.id, message: `answer "${unknown}" is not an answer of question "${question.id}"` };
  }
  return { ok: true };
}

/**
 * Scores a complete, checked answer sheet. Every valid quiz and complete sheet gives exactly one result:
 * - personality: each chosen answer adds its weights to results; the highest total wins, and a tie goes to the
 *   result listed first in the quiz (so authors order results by preference);
 * - trivia: a question scores its points when the chosen set equals the set of correct answers; the tier is the
 *   one with the highest `minPercent` at or below floor(100 × score / maxScore), and a tier at 0% always exists;
 * - poll: the result is the answer chosen to the first question (the others only feed the distribution); when it is
 *   multiple choice, the first chosen in the quiz's order, so the order the browser sent them in does not matter.
 */
export function scoreQuiz(quiz: QuizDefinition, sheet: AnswerSheet): Score {
  const chosenFor = (questionId: string): string[] => (Object.hasOwn(sheet, questionId) ? sheet[questionId] ?? [] : []);
  switch (quiz.kind) {
    case 'personality': {
      const totals: Record<string, number> = Object.fromEntries(quiz.results.map((r) => [r.id, 0]));
      for (const question of quiz.questions) {
        for (const answerId of chosenFor(question.id)) {
          const answer = question.answers.find((a) => a.id === answerId);
          for (const [resultId, weight] of Object.entries(answer?.weights ?? {})) {
            if (Object.hasOwn(totals, resultId)) totals[resultId] = (totals[resultId] ?? 0) + weight;
          }
        }
      }
      let best = quiz.results[0] as Outcome;
      for (const result of quiz.results) {
        if ((totals[result.id] ?? 0) > (totals[best.id] ?? 0)) best = result;
      }
      return { kind: 'personality', resultId: best.id, totals };
    }
    case 'trivia': {
      let score = 0;
      let maxScore = 0;
      const correctByQuestion: Record<string, boolean> = {};
      for (const question of quiz.questions) {
        maxScore += question.points;
        const correct = question.answers.filter((a) => a.isCorrect).map((a) => a.id).sort();
        const chosen = [...chosenFor(question.id)].sort();
        const isRight = correct.length === chosen.length && correct.every((id, i) => id === chosen[i]);
        correctByQuestion[question.id] = isRight;
        if (isRight) score += question.points;
      }
      const percent = maxScore === 0 ? 0 : Math.floor((100 * score) / maxScore);
      const tier = pickTier(quiz.tiers, percent);
      return { kind: 'trivia', resultId: tier.id, score, maxScore, percent, correctByQuestion };
    }
    case 'poll': {
      const first = quiz.questions[0];
      const resultId = first?.answers.find((a) => chosenFor(first.id).includes(a.id))?.id;
      if (resultId === undefined) throw new Error('scoreQuiz needs a checked answer sheet');
      return { kind: 'poll', resultId };
    }
  }
}

/** The tier a percentage falls in: the one with the highest `minPercent` at or below it. */
export function pickTier<T extends { minPercent: number }>(tiers: readonly T[], percent: number): T {
  let best: T | undefined;
  for (const tier of tiers) {
    if (tier.minPercent <= percent && (!best || tier.minPercent > best.minPercent)) best = tier;
  }
  if (!best) throw new Error('a quiz needs a tier at 0%');
  return best;
}

/** What a result id names in a quiz: a personality result, a trivia tier, or a poll answer. */
export function describeResult(quiz: QuizDefinition, resultId: string): { title: string; description: string; emoji?: string; image?: string; imageAlt?: string; cta?: Outcome['cta'] } | undefined {
  if (quiz.kind === 'personality') return quiz.results.find((r) => r.id === resultId);
  if (quiz.kind === 'trivia') return quiz.tiers.find((t) => t.id === resultId);
  const answer = quiz.questions[0]?.answers.find((a) => a.id === resultId);
  return answer ? { title: answer.text, description: '', emoji: answer.emoji, image: answer.image, imageAlt: answer.imageAlt } : undefined;
}
