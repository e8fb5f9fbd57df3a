import { describe, expect, it } from 'vitest';
import { checkAnswers, scoreQuiz, type AnswerSheet } from '@/lib/scoring';
import { makePersonalityQuiz, makeTriviaQuiz } from '../fixtures/quizzes';

// A timed trivia question whose time ran out has no answer: the server accepts the play and counts it wrong.
const base = makeTriviaQuiz();
const timed = { ...base, questions: base.questions.map((q, i) => (i === 0 ? { ...q, timeLimitSeconds: 20 } : q)) };
const firstId = timed.questions[0]?.id ?? '';
const rightSheet: AnswerSheet = Object.fromEntries(timed.questions.map((q) => [q.id, q.answers.filter((a) => a.isCorrect).map((a) => a.id)]));
const withoutFirst = Object.fromEntries(Object.entries(rightSheet).filter(([id]) => id !== firstId));

describe('checkAnswers with a timed-out trivia question', () => {
  it.each([
    { label: 'the question left out', sheet: withoutFirst },
    { label: 'the question with an empty list', sheet: { ...rightSheet, [firstId]: [] } },
  ])('accepts $label and scores it wrong', ({ sheet }) => {
    expect(checkAnswers(timed, sheet)).toEqual({ ok: true });
    const score = scoreQuiz(timed, sheet);
    if (score.kind !== 'trivia') throw new Error('trivia');
    expect(score.correctByQuestion[firstId]).toBe(false);
    expect(score.score).toBe(score.maxScore - (timed.questions[0]?.points ?? 0));
  });

  it.each([
    { label: 'an untimed trivia question left out', quiz: base, sheet: withoutFirst },
    { label: 'a timed question of a personality quiz left out', quiz: { ...makePersonalityQuiz(), questions: makePersonalityQuiz().questions.map((q) => ({ ...q, timeLimitSeconds: 20 })) }, sheet: {} },
  ])('still refuses $label', ({ quiz, sheet }) => {
    expect(checkAnswers(quiz, sheet)).toMatchObject({ ok: false, message: expect.stringMatching(/has no answer/) });
  });

  it('still checks an answer given in time', () => {
    expect(checkAnswers(timed, { ...rightSheet, [firstId]: ['nope'] })).toMatchObject({ ok: false, questionId: firstId });
  });
});
