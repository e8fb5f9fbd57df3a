import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuizDefinition, type QuizDefinition } from '@/lib/quiz-schema';
import { checkAnswers, describeResult, pickTier, scoreQuiz, type AnswerSheet, type Score } from '@/lib/scoring';
import { makePersonalityQuiz, makePollQuiz, makeTriviaQuiz, quizWithSheetArb, type TriviaQuiz } from '../fixtures/quizzes';

const personality = makePersonalityQuiz();
const trivia = makeTriviaQuiz();
const poll = makePollQuiz();

describe('scoreQuiz: personality', () => {
  it.each([
    { label: 'the explorer answers', sheet: { morning: ['climb'], bag: ['rope'], extras: ['caves'] }, result: 'explorer', totals: { explorer: 8, planner: 1, dreamer: 0, host: 0 } },
    { label: 'the planner answers', sheet: { morning: ['plan'], bag: ['map'], extras: ['maps'] }, result: 'planner', totals: { explorer: 0, planner: 8, dreamer: 0, host: 0 } },
    { label: 'the dreamer answers', sheet: { morning: ['wander'], bag: ['book'], extras: ['sunsets'] }, result: 'dreamer', totals: { explorer: 0, planner: 0, dreamer: 8, host: 0 } },
    {
      label: 'a tie goes to the result listed first (explorer before planner)',
      sheet: { morning: ['plan'], bag: ['rope'], extras: ['maps', 'caves'] },
      result: 'explorer',
      totals: { explorer: 5, planner: 5, dreamer: 0, host: 0 },
    },
    {
      label: 'a tie goes to the result listed first, not the one answered first (planner before dreamer)',
      sheet: { morning: ['wander'], bag: ['map'], extras: ['sunsets', 'maps'] },
      result: 'planner',
      totals: { explorer: 0, planner: 5, dreamer: 5, host: 0 },
    },
    { label: 'a three-way tie goes to the first of the three', sheet: { morning: ['nothing'], bag: ['tie'], extras: ['sunsets', 'maps', 'caves'] }, result: 'explorer', totals: { explorer: 3, planner: 3, dreamer: 3, host: 1 } },
    {
      label: 'a negative weight takes the lead away (explorer 6 − 5 < host 2)',
      sheet: { morning: ['climb'], bag: ['rope'], extras: ['crowds'] },
      result: 'host',
      totals: { explorer: 1, planner: 1, dreamer: -5, host: 2 },
    },
    {
      label: 'negative totals: the highest, even if below zero, wins over the others',
      sheet: { morning: ['nothing'], bag: ['tie'], extras: ['crowds'] },
      result: 'host',
      totals: { explorer: -4, planner: 1, dreamer: -4, host: 3 },
    },
    {
      label: 'every chosen answer of a multiple-choice question adds its weights',
      sheet: { morning: ['climb'], bag: ['map'], extras: ['maps', 'sunsets'] },
      result: 'planner',
      totals: { explorer: 3, planner: 6, dreamer: 2, host: 0 },
    },
    { label: 'a tie after mixed positive and negative weights goes to the one listed first (planner before host)', sheet: { morning: ['nothing'], bag: ['tie'], extras: ['crowds', 'sunsets', 'caves', 'maps'] }, result: 'planner', totals: { explorer: -2, planner: 3, dreamer: -2, host: 3 } },
  ])('$label → $result', ({ sheet, result, totals }) => {
    expect(checkAnswers(personality, sheet)).toEqual({ ok: true });
    expect(scoreQuiz(personality, sheet)).toEqual({ kind: 'personality', resultId: result, totals });
  });
});

describe('scoreQuiz: trivia', () => {
  // points: deepest 1, largest 1, animals 2 (dolphin + manatee), hearts 6; 10 in all
  const allRight = { deepest: ['mariana'], largest: ['pacific'], animals: ['dolphin', 'manatee'], hearts: ['three'] };
  const allWrong = { deepest: ['java'], largest: ['atlantic'], animals: ['shark'], hearts: ['one'] };

  it.each([
    { label: 'all right', sheet: allRight, score: 10, percent: 100, tier: 'perfect' },
    { label: 'all wrong', sheet: allWrong, score: 0, percent: 0, tier: 'landlubber' },
    { label: 'the 6-point question alone', sheet: { ...allWrong, hearts: ['three'] }, score: 6, percent: 60, tier: 'sailor' },
    { label: 'exactly at a tier minimum (80%)', sheet: { ...allRight, animals: ['shark'] }, score: 8, percent: 80, tier: 'captain' },
    { label: 'one point below it (70%)', sheet: { ...allRight, deepest: ['puerto'], animals: ['octopus'] }, score: 7, percent: 70, tier: 'sailor' },
    { label: 'multiple choice in another order still counts', sheet: { ...allRight, animals: ['manatee', 'dolphin'] }, score: 10, percent: 100, tier: 'perfect' },
    { label: 'multiple choice with only some right answers scores nothing', sheet: { ...allRight, animals: ['dolphin'] }, score: 8, percent: 80, tier: 'captain' },
    { label: 'multiple choice with a wrong answer added scores nothing', sheet: { ...allRight, animals: ['dolphin', 'manatee', 'shark'] }, score: 8, percent: 80, tier: 'captain' },
    { label: 'multiple choice with every answer ticked scores nothing', sheet: { ...allRight, animals: ['dolphin', 'shark', 'manatee', 'octopus'] }, score: 8, percent: 80, tier: 'captain' },
    { label: 'the small questions only (40%)', sheet: { ...allRight, hearts: ['one'] }, score: 4, percent: 40, tier: 'landlubber' },
  ])('$label → $score/10, $percent%, $tier', ({ sheet, score, percent, tier }) => {
    expect(checkAnswers(trivia, sheet)).toEqual({ ok: true });
    expect(scoreQuiz(trivia, sheet)).toMatchObject({ kind: 'trivia', resultId: tier, score, maxScore: 10, percent });
  });

  it('says which questions were right', () => {
    const score = scoreQuiz(trivia, { ...allRight, animals: ['dolphin'], largest: ['atlantic'] });
    expect(score.kind === 'trivia' && score.correctByQuestion).toEqual({ deepest: true, largest: false, animals: false, hearts: true });
  });

  const thirds: TriviaQuiz = {
    ...makeTriviaQuiz(),
    tiers: [
      { id: 'low', minPercent: 0, title: 'Low', description: '' },
      { id: 'two-thirds', minPercent: 67, title: 'Two thirds', description: '' },
    ],
    questions: ['a', 'b', 'c'].map((id) => ({
      id,
      text: `Question ${id}`,
      isMultiple: false,
      points: 1,
      answers: [
        { id: 'yes', text: 'Yes', isCorrect: true },
        { id: 'no', text: 'No' },
      ],
    })),
  };

  it.each([
    { label: '1 of 3 is 33%', sheet: { a: ['yes'], b: ['no'], c: ['no'] }, percent: 33, tier: 'low' },
    { label: '2 of 3 is 66%, floored: not yet the 67% tier', sheet: { a: ['yes'], b: ['yes'], c: ['no'] }, percent: 66, tier: 'low' },
    { label: '3 of 3 is 100%', sheet: { a: ['yes'], b: ['yes'], c: ['yes'] }, percent: 100, tier: 'two-thirds' },
  ])('percent is floored: $label', ({ sheet, percent, tier }) => {
    expect(parseQuizDefinition(thirds).ok).toBe(true);
    expect(scoreQuiz(thirds, sheet)).toMatchObject({ percent, resultId: tier });
  });
});

describe('scoreQuiz: poll', () => {
  it.each([
    { label: 'brunch', sheet: { saturday: ['brunch'], sunday: ['plan'] }, result: 'brunch' },
    { label: 'couch, whatever Sunday says', sheet: { saturday: ['couch'], sunday: ['family', 'plan'] }, result: 'couch' },
    { label: 'the key order of the sheet does not matter', sheet: { sunday: ['family'], saturday: ['outdoors'] }, result: 'outdoors' },
  ])('the result is the answer to the first question: $label', ({ sheet, result }) => {
    expect(scoreQuiz(poll, sheet)).toEqual({ kind: 'poll', resultId: result });
  });

  it.each([
    { label: 'sent in the quiz order', chosen: ['brunch', 'couch'] },
    { label: 'sent in reverse', chosen: ['couch', 'brunch'] },
  ])('a multiple-choice first question gives the first chosen answer in the quiz order ($label)', ({ chosen }) => {
    const multiplePoll = { ...poll, questions: poll.questions.map((q, i) => (i === 0 ? { ...q, isMultiple: true } : q)) };
    const sheet = { saturday: chosen, sunday: ['plan'] };
    expect(checkAnswers(multiplePoll, sheet)).toEqual({ ok: true });
    expect(scoreQuiz(multiplePoll, sheet)).toEqual({ kind: 'poll', resultId: 'brunch' });
  });
});

describe('pickTier', () => {
  const tiers = [
    { id: 'b', minPercent: 50 },
    { id: 'a', minPercent: 0 },
    { id: 'd', minPercent: 100 },
    { id: 'c', minPercent: 80 },
  ];
  it.each([
    { percent: 0, tier: 'a' },
    { percent: 49, tier: 'a' },
    { percent: 50, tier: 'b' },
    { percent: 79, tier: 'b' },
    { percent: 80, tier: 'c' },
    { percent: 99, tier: 'c' },
    { percent: 100, tier: 'd' },
  ])('$percent% → tier $tier, whatever the order of the list', ({ percent, tier }) => {
    expect(pickTier(tiers, percent).id).toBe(tier);
    expect(pickTier([...tiers].reverse(), percent).id).toBe(tier);
  });

  it('a list without a 0% tier is a bug (the schema refuses it): it throws', () => {
    expect(() => pickTier([{ minPercent: 50 }], 10)).toThrow(/0%/);
  });
});

describe('describeResult', () => {
  it.each([
    { label: 'a personality result', quiz: personality as QuizDefinition, id: 'explorer', expected: { title: 'The Explorer', description: 'You go where the map ends.', emoji: '🧭' } },
    { label: 'a trivia tier', quiz: trivia, id: 'sailor', expected: { title: 'Able Sailor', description: '' } },
    { label: 'a poll answer', quiz: poll, id: 'brunch', expected: { title: 'A long brunch', description: '', emoji: '🥞' } },
    { label: 'a poll answer with an image', quiz: poll, id: 'couch', expected: { title: 'Couch and series', image: '/demo/couch.png' } },
  ])('$label', ({ quiz, id, expected }) => {
    expect(describeResult(quiz, id)).toMatchObject(expected);
  });

  it.each([
    { label: 'a personality quiz, unknown id', quiz: personality as QuizDefinition, id: 'ghost' },
    { label: 'a trivia quiz, an answer id is not a tier', quiz: trivia, id: 'mariana' },
    { label: 'a poll, an answer of the second question is not a result', quiz: poll, id: 'family' },
  ])('nothing for $label', ({ quiz, id }) => {
    expect(describeResult(quiz, id)).toBeUndefined();
  });
});

describe('checkAnswers', () => {
  const complete = { morning: ['plan'], bag: ['map'], extras: ['maps', 'caves'] };

  it('accepts a complete sheet', () => {
    expect(checkAnswers(personality, complete)).toEqual({ ok: true });
  });

  it.each([
    { label: 'a missing question', sheet: { morning: ['plan'], extras: ['maps'] }, questionId: 'bag', message: /no answer/ },
    { label: 'an empty answer list', sheet: { ...complete, extras: [] }, questionId: 'extras', message: /no answer/ },
    { label: 'an empty sheet', sheet: {}, questionId: 'morning', message: /no answer/ },
    { label: 'a question not in the quiz', sheet: { ...complete, weather: ['sunny'] }, questionId: 'weather', message: /not in this quiz/ },
    { label: 'an answer that does not exist', sheet: { ...complete, morning: ['teleport'] }, questionId: 'morning', message: /"teleport"/ },
    { label: 'an answer of another question', sheet: { ...complete, morning: ['rope'] }, questionId: 'morning', message: /"rope" is not an answer of question "morning"/ },
    { label: 'two answers to a single-choice question', sheet: { ...complete, bag: ['map', 'rope'] }, questionId: 'bag', message: /takes one answer/ },
    { label: 'the same answer twice', sheet: { ...complete, extras: ['maps', 'maps'] }, questionId: 'extras', message: /same answer twice/ },
    { label: 'the same answer twice on single choice', sheet: { ...complete, morning: ['plan', 'plan'] }, questionId: 'morning', message: /takes one answer/ },
    { label: 'an inherited key ("constructor")', sheet: { ...complete, constructor: ['x'] }, questionId: 'constructor', message: /not in this quiz/ },
    { label: 'a "__proto__" key from JSON', sheet: JSON.parse('{"morning":["plan"],"bag":["map"],"extras":["maps"],"__proto__":["x"]}') as AnswerSheet, questionId: '__proto__', message: /not in this quiz/ },
  ])('refuses $label, naming $questionId', ({ sheet, questionId, message }) => {
    const checked = checkAnswers(personality, sheet);
    expect(checked).toMatchObject({ ok: false, questionId });
    expect(checked.ok ? '' : checked.message).toMatch(message);
  });

  it('does not read a question called "constructor" from Object.prototype when it is missing', () => {
    const quiz: QuizDefinition = { ...poll, questions: poll.questions.map((q, i) => (i === 1 ? { ...q, id: 'constructor' } : q)) };
    expect(parseQuizDefinition(quiz).ok).toBe(true);
    expect(checkAnswers(quiz, { saturday: ['brunch'] })).toMatchObject({ ok: false, questionId: 'constructor' });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties over arbitrary valid quizzes and complete answer sheets

function parsed(quiz: QuizDefinition): QuizDefinition {
  const result = parseQuizDefinition(quiz);
  if (!result.ok) throw new Error(`the generator made an invalid quiz: ${JSON.stringify(result.issues)}`);
  return result.quiz;
}

/** The same answers, with the sheet's keys and each question's chosen answers in reverse order. */
function reordered(sheet: AnswerSheet): AnswerSheet {
  return Object.fromEntries(
    Object.entries(sheet)
      .reverse()
      .map(([questionId, chosen]) => [questionId, [...chosen].reverse()]),
  );
}

/** An independent statement of the rules, to compare scoreQuiz with. */
function expectedResultId(quiz: QuizDefinition, sheet: AnswerSheet): string {
  const chosen = (questionId: string) => sheet[questionId] ?? [];
  if (quiz.kind === 'poll') {
    const first = quiz.questions[0];
    return first?.answers.find((a) => chosen(first.id).includes(a.id))?.id ?? '';
  }
  if (quiz.kind === 'personality') {
    const totals = new Map(quiz.results.map((r) => [r.id, 0]));
    for (const question of quiz.questions) {
      for (const answer of question.answers.filter((a) => chosen(question.id).includes(a.id))) {
        for (const [resultId, weight] of Object.entries(answer.weights ?? {})) totals.set(resultId, (totals.get(resultId) ?? 0) + weight);
      }
    }
    const best = Math.max(...totals.values());
    return quiz.results.find((r) => totals.get(r.id) === best)?.id ?? '';
  }
  let score = 0;
  let maxScore = 0;
  for (const question of quiz.questions) {
    maxScore += question.points;
    const correct = new Set(question.answers.filter((a) => a.isCorrect).map((a) => a.id));
    const picked = new Set(chosen(question.id));
    if (picked.size === correct.size && [...picked].every((id) => correct.has(id))) score += question.points;
  }
  const percent = Math.floor((100 * score) / maxScore);
  const reached = quiz.tiers.filter((t) => t.minPercent <= percent);
  return reached.reduce((a, b) => (b.minPercent > a.minPercent ? b : a)).id;
}

describe('properties of every valid quiz and complete sheet', () => {
  it('the generated quizzes are valid', () => {
    fc.assert(fc.property(quizWithSheetArb, ({ quiz }) => parseQuizDefinition(quiz).ok));
  });

  it('a complete sheet passes checkAnswers', () => {
    fc.assert(
      fc.property(quizWithSheetArb, ({ quiz, sheet }) => {
        expect(checkAnswers(parsed(quiz), sheet)).toEqual({ ok: true });
      }),
      { numRuns: 300 },
    );
  });

  it('scoreQuiz gives exactly one result, one that the quiz describes, and the one the rules say', () => {
    fc.assert(
      fc.property(quizWithSheetArb, ({ quiz: raw, sheet }) => {
        const quiz = parsed(raw);
        const score = scoreQuiz(quiz, sheet);
        expect(score.kind).toBe(quiz.kind);
        expect(typeof score.resultId).toBe('string');
        expect(describeResult(quiz, score.resultId)).toBeDefined();
        expect(score.resultId).toBe(expectedResultId(quiz, sheet));
      }),
      { numRuns: 300 },
    );
  });

  it('scoreQuiz is deterministic and ignores the order of keys and of chosen answers', () => {
    fc.assert(
      fc.property(quizWithSheetArb, ({ quiz: raw, sheet }) => {
        const quiz = parsed(raw);
        const first: Score = scoreQuiz(quiz, sheet);
        expect(scoreQuiz(quiz, sheet)).toEqual(first);
        expect(scoreQuiz(quiz, structuredClone(sheet))).toEqual(first);
        expect(scoreQuiz(quiz, reordered(sheet))).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('a trivia score is within [0, max], max is the sum of the points, and percent is floor(100 × score / max) in [0, 100]', () => {
    fc.assert(
      fc.property(
        quizWithSheetArb.filter(({ quiz }) => quiz.kind === 'trivia'),
        ({ quiz: raw, sheet }) => {
          const quiz = parsed(raw);
          const score = scoreQuiz(quiz, sheet);
          if (score.kind !== 'trivia') throw new Error('expected a trivia score');
          expect(score.maxScore).toBe(quiz.questions.reduce((sum, q) => sum + q.points, 0));
          expect(score.score).toBeGreaterThanOrEqual(0);
          expect(score.score).toBeLessThanOrEqual(score.maxScore);
          expect(score.percent).toBeGreaterThanOrEqual(0);
          expect(score.percent).toBeLessThanOrEqual(100);
          expect(Number.isInteger(score.percent)).toBe(true);
          expect(score.percent).toBe(Math.floor((100 * score.score) / score.maxScore));
          expect(Object.keys(score.correctByQuestion).sort()).toEqual(quiz.questions.map((q) => q.id).sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a trivia sheet of exactly the right answers scores 100%', () => {
    fc.assert(
      fc.property(
        quizWithSheetArb.filter(({ quiz }) => quiz.kind === 'trivia'),
        ({ quiz: raw }) => {
          const quiz = parsed(raw);
          const rightSheet = Object.fromEntries(quiz.questions.map((q) => [q.id, q.answers.filter((a) => a.isCorrect).map((a) => a.id)]));
          expect(checkAnswers(quiz, rightSheet)).toEqual({ ok: true });
          expect(scoreQuiz(quiz, rightSheet)).toMatchObject({ percent: 100 });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a sheet that omits a question is refused, naming that question', () => {
    fc.assert(
      fc.property(
        quizWithSheetArb.chain(({ quiz, sheet }) => fc.record({ quiz: fc.constant(quiz), sheet: fc.constant(sheet), omitted: fc.constantFrom(...quiz.questions.map((q) => q.id)) })),
        ({ quiz, sheet, omitted }) => {
          const incomplete = Object.fromEntries(Object.entries(sheet).filter(([questionId]) => questionId !== omitted));
          expect(checkAnswers(parsed(quiz), incomplete)).toMatchObject({ ok: false, questionId: omitted });
          // an empty list is the same as no answer
          expect(checkAnswers(parsed(quiz), { ...sheet, [omitted]: [] })).toMatchObject({ ok: false, questionId: omitted });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a sheet with an extra question is refused, naming that question', () => {
    fc.assert(
      fc.property(
        quizWithSheetArb,
        fc.stringMatching(/^[a-z]{1,10}$/),
        ({ quiz, sheet }, extra) => {
          fc.pre(!quiz.questions.some((q) => q.id === extra));
          expect(checkAnswers(parsed(quiz), { ...sheet, [extra]: ['x'] })).toMatchObject({ ok: false, questionId: extra });
        },
      ),
      { numRuns: 100 },
    );
  });
});
