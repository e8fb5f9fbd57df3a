import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildLinkPreviews,
  buildSampleSummary,
  createSeededRandom,
  findCardOverflows,
  findImageProblems,
  findUnreachableOutcomes,
  longSampleNames,
  previewLimits,
  runPrelaunchChecks,
  simulateOutcomeBalance,
  type PrelaunchContext,
} from '@/lib/prelaunch-checks';
import type { QuizDefinition } from '@/lib/quiz-schema';
import { scoreQuiz, type AnswerSheet } from '@/lib/scoring';
import { makePersonalityQuiz, makePollQuiz, makeTriviaQuiz, testBrand, type PersonalityQuiz, type TriviaQuiz } from '../fixtures/quizzes';

type Weights = Record<string, number>;

/** A personality quiz from a compact description: result ids in order, and per question its answers' weights. */
function personality(resultIds: string[], questions: Array<{ answers: Weights[]; isMultiple?: boolean }>): PersonalityQuiz {
  return {
    kind: 'personality',
    locale: 'en',
    title: 'Hand-built',
    description: '',
    askName: true,
    brand: testBrand,
    results: resultIds.map((id) => ({ id, title: `Result ${id.toUpperCase()}`, description: '', emoji: '⭐' })),
    questions: questions.map((q, qi) => ({
      id: `q${qi}`,
      text: `Question ${qi}`,
      isMultiple: q.isMultiple ?? false,
      points: 1,
      answers: q.answers.map((weights, ai) => ({ id: `a${ai}`, text: `Answer ${ai}`, weights })),
    })),
  };
}

function trivia(points: number[], minimums: number[]): TriviaQuiz {
  return {
    ...makeTriviaQuiz(),
    tiers: minimums.map((minPercent) => ({ id: `t${minPercent}`, minPercent, title: `From ${minPercent}%`, description: '', emoji: '🏅' })),
    questions: points.map((p, qi) => ({ id: `q${qi}`, text: `Q${qi}`, isMultiple: false, points: p, answers: [{ id: 'right', text: 'Right', isCorrect: true }, { id: 'wrong', text: 'Wrong' }] })),
  };
}

const statusOf = (quiz: QuizDefinition, id: string) => findUnreachableOutcomes(quiz, createSeededRandom(1)).outcomes.find((o) => o.outcomeId === id);

describe('findUnreachableOutcomes: personality', () => {
  it.each([
    {
      label: 'every result has an answer of its own',
      quiz: personality(['a', 'b', 'c'], [{ answers: [{ a: 1 }, { b: 1 }, { c: 1 }] }]),
      expected: { a: 'reachable', b: 'reachable', c: 'reachable' },
    },
    {
      label: 'a result no answer gives points to (ties go to the first result)',
      quiz: personality(['a', 'b', 'c'], [{ answers: [{ a: 1 }, { b: 1 }] }]),
      expected: { a: 'reachable', b: 'reachable', c: 'unreachable' },
    },
    {
      label: 'a result that can only tie with one listed before it',
      quiz: personality(['a', 'b'], [{ answers: [{ a: 2, b: 2 }, { a: 1, b: 1 }] }]),
      expected: { a: 'reachable', b: 'unreachable' },
    },
    {
      label: 'the same tie, with the result listed first',
      quiz: personality(['b', 'a'], [{ answers: [{ a: 2, b: 2 }, { a: 1, b: 1 }] }]),
      expected: { b: 'reachable', a: 'unreachable' },
    },
    {
      label: 'a tie with a result listed after it is a win',
      quiz: personality(['a', 'b', 'c'], [{ answers: [{ a: 1 }, { b: 1, c: 1 }] }]),
      expected: { a: 'reachable', b: 'reachable', c: 'unreachable' },
    },
    {
      label: 'a result that beats each rival alone but never both at once',
      quiz: personality(['a', 'b', 'c'], [{ answers: [{ c: 1, b: 2 }, { c: 1, a: 2 }] }]),
      expected: { a: 'reachable', b: 'reachable', c: 'unreachable' },
    },
    {
      label: 'the same, made reachable by a multiple-choice question',
      quiz: personality(['a', 'b', 'c'], [{ answers: [{ c: 1, b: 2 }, { c: 1, a: 2 }, { c: 1 }], isMultiple: true }]),
      expected: { a: 'reachable', b: 'reachable', c: 'reachable' },
    },
    {
      label: 'negative weights that keep a result always behind',
      quiz: personality(['a', 'b'], [{ answers: [{ a: 1, b: -1 }, { a: 0, b: 0 }] }, { answers: [{ a: 0 }, { b: -2 }] }]),
      expected: { a: 'reachable', b: 'unreachable' },
    },
    {
      label: 'a result reachable only across several questions',
      quiz: personality(['a', 'b', 'c'], [{ answers: [{ a: 2, c: 1 }, { b: 2, c: 1 }] }, { answers: [{ a: 2, c: 1 }, { b: 2, c: 1 }] }, { answers: [{ c: 2 }, { a: 3 }] }]),
      expected: { a: 'reachable', b: 'reachable', c: 'reachable' },
    },
    {
      label: 'the example quiz of the fixtures',
      quiz: makePersonalityQuiz(),
      expected: { explorer: 'reachable', planner: 'reachable', dreamer: 'reachable', host: 'reachable' },
    },
  ])('$label', ({ quiz, expected }) => {
    const report = findUnreachableOutcomes(quiz, createSeededRandom(7));
    expect(report.method).toBe('exact');
    expect(Object.fromEntries(report.outcomes.map((o) => [o.outcomeId, o.status]))).toEqual(expected);
    // Every reachable result comes with answers that really give it.
    for (const outcome of report.outcomes) {
      if (outcome.status === 'reachable') expect(scoreQuiz(quiz, outcome.example ?? {}).resultId).toBe(outcome.outcomeId);
    }
  });

  it('names the result that always wins instead, when one does', () => {
    const quiz = personality(['a', 'b', 'c'], [{ answers: [{ a: 1 }, { b: 1 }] }]);
    expect(statusOf(quiz, 'c')).toMatchObject({ status: 'unreachable', method: 'bound', blockerId: 'a' });
  });

  it('proves a joint impossibility by exhaustive search, not by a bound', () => {
    const quiz = personality(['a', 'b', 'c'], [{ answers: [{ c: 1, b: 2 }, { c: 1, a: 2 }] }]);
    expect(statusOf(quiz, 'c')).toMatchObject({ status: 'unreachable', method: 'exhaustive' });
  });

  it('finds every result an exhaustive enumeration of the answers finds, and no other (property)', () => {
    const smallQuiz = fc
      .record({
        resultCount: fc.integer({ min: 2, max: 4 }),
        questions: fc.array(fc.record({ isMultiple: fc.boolean(), answers: fc.array(fc.array(fc.integer({ min: -2, max: 3 }), { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
      })
      .map(({ resultCount, questions }) => {
        const ids = ['a', 'b', 'c', 'd'].slice(0, resultCount);
        return personality(ids, questions.map((q) => ({ isMultiple: q.isMultiple, answers: q.answers.map((w) => Object.fromEntries(ids.map((id, i) => [id, w[i] ?? 0]))) })));
      });
    fc.assert(
      fc.property(smallQuiz, (quiz) => {
        const reached = new Set(enumerateSheets(quiz).map((sheet) => scoreQuiz(quiz, sheet).resultId));
        const report = findUnreachableOutcomes(quiz, createSeededRandom(3));
        expect(report.method).toBe('exact');
        expect(new Set(report.outcomes.filter((o) => o.status === 'reachable').map((o) => o.outcomeId))).toEqual(reached);
      }),
      { numRuns: 150 },
    );
  });

  it('falls back to random plays when the exact search runs out of budget, and says how many it tried', () => {
    const quiz = personality(['a', 'b', 'c'], [{ answers: [{ c: 1, b: 2 }, { c: 1, a: 2 }] }]);
    const report = findUnreachableOutcomes(quiz, createSeededRandom(5), { workBudget: 0 });
    expect(report.method).toBe('search');
    expect(report.outcomes.map((o) => o.status)).toEqual(['reachable', 'reachable', 'not_found']);
    expect(report.outcomes[2]).toMatchObject({ tries: 22_000 });
  });

  it('decides a very large quiz within its budget', () => {
    // 12 results and 20 multiple-choice questions of 12 answers: 4095^20 ways to play.
    const ids = Array.from({ length: 12 }, (_, i) => `r${i}`);
    const random = createSeededRandom(99);
    const quiz = personality(
      ids,
      Array.from({ length: 20 }, () => ({ isMultiple: true, answers: Array.from({ length: 12 }, () => Object.fromEntries(ids.map((id) => [id, Math.floor(random() * 21) - 10]))) })),
    );
    // "never" gets no points and every answer gives r0 at least 1: the bound proves it without searching.
    quiz.results.push({ id: 'never', title: 'Never', description: '' });
    quiz.questions.forEach((q) => q.answers.forEach((a) => (a.weights = { ...a.weights, r0: Math.max(1, a.weights?.r0 ?? 1) })));
    const started = Date.now();
    const report = findUnreachableOutcomes(quiz, createSeededRandom(5));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(report.outcomes.find((o) => o.outcomeId === 'never')).toMatchObject({ status: 'unreachable', method: 'bound', blockerId: 'r0' });
    for (const outcome of report.outcomes) {
      if (outcome.status === 'not_found') expect(outcome.tries).toBe(22_000);
      if (outcome.status === 'reachable') expect(scoreQuiz(quiz, outcome.example ?? {}).resultId).toBe(outcome.outcomeId);
    }
  });
});

describe('findUnreachableOutcomes: trivia and poll', () => {
  it.each([
    { label: 'three 1-point questions: 0, 33, 66, 100%', points: [1, 1, 1], minimums: [0, 40, 60], unreachable: ['t40'], percents: [0, 33, 66, 100] },
    { label: 'points 2, 3 and 5', points: [2, 3, 5], minimums: [0, 20, 35, 40, 55, 90, 100], unreachable: ['t35', 't90'], percents: [0, 20, 30, 50, 70, 80, 100] },
    { label: 'a single question: all or nothing', points: [5], minimums: [0, 1, 100], unreachable: ['t1'], percents: [0, 100] },
    { label: 'ten 1-point questions reach every tens', points: Array<number>(10).fill(1), minimums: [0, 50, 90], unreachable: [], percents: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100] },
  ])('$label', ({ points, minimums, unreachable, percents }) => {
    const report = findUnreachableOutcomes(trivia(points, minimums), createSeededRandom(1));
    expect(report.reachablePercents).toEqual(percents);
    expect(report.outcomes.filter((o) => o.status !== 'reachable').map((o) => o.outcomeId)).toEqual(unreachable);
  });

  it('agrees with trying every right/wrong combination (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }), fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 5 }), (points, minimums) => {
        const quiz = trivia(points, [0, ...minimums]);
        const reached = new Set<string>();
        for (let mask = 0; mask < 2 ** points.length; mask++) {
          reached.add(scoreQuiz(quiz, Object.fromEntries(quiz.questions.map((q, i) => [q.id, [mask & (1 << i) ? 'right' : 'wrong']]))).resultId);
        }
        const report = findUnreachableOutcomes(quiz, createSeededRandom(1));
        expect(new Set(report.outcomes.filter((o) => o.status === 'reachable').map((o) => o.outcomeId))).toEqual(reached);
      }),
    );
  });

  it('counts every poll answer as reachable', () => {
    expect(findUnreachableOutcomes(makePollQuiz(), createSeededRandom(1)).outcomes.map((o) => o.status)).toEqual(['reachable', 'reachable', 'reachable']);
  });
});

describe('simulateOutcomeBalance', () => {
  it('gives the same distribution for the same seed, and counts every play', () => {
    const quiz = makePersonalityQuiz();
    const first = simulateOutcomeBalance(quiz, createSeededRandom(42), 2000);
    const second = simulateOutcomeBalance(quiz, createSeededRandom(42), 2000);
    expect(first).toEqual(second);
    expect(Object.values(first?.counts ?? {}).reduce((a, b) => a + b, 0)).toBe(2000);
  });

  it.each([
    {
      label: 'an even quiz',
      quiz: personality(['a', 'b', 'c'], [{ answers: [{ a: 1 }, { b: 1 }, { c: 1 }] }]),
      dominant: undefined,
      rare: [],
    },
    {
      label: 'a quiz where one result wins whenever it can',
      quiz: personality(['a', 'b', 'c'], [{ answers: [{ a: 1 }, { a: 1 }, { a: 1 }, { b: 1 }, { c: 1 }] }]),
      dominant: 'a',
      rare: [],
    },
    {
      // "rare" wins only with its answer to at least four of five questions: about 1.6% of random plays.
      label: 'a result that needs four of five answers',
      quiz: personality(['a', 'b', 'rare'], Array.from({ length: 5 }, (): { answers: Weights[] } => ({ answers: [{ a: 3 }, { b: 3 }, { rare: 1 }, { a: 3, b: 3 }] }))),
      // ties between a and b go to a, so a also takes more than half
      dominant: 'a',
      rare: ['rare'],
    },
    {
      label: 'an unreachable result',
      quiz: personality(['a', 'b', 'c', 'd'], [{ answers: [{ a: 1 }, { b: 1 }, { c: 1 }] }]),
      dominant: undefined,
      rare: ['d'],
    },
  ])('$label', ({ quiz, dominant, rare }) => {
    const report = simulateOutcomeBalance(quiz, createSeededRandom(11));
    expect(report?.plays).toBe(5000);
    expect(report?.dominantId).toBe(dominant);
    expect(report?.rareIds).toEqual(rare);
  });

  it('spreads trivia players by skill, so high tiers happen', () => {
    const report = simulateOutcomeBalance(makeTriviaQuiz(), createSeededRandom(5));
    expect(report?.model).toBe('skill');
    expect(report?.counts.perfect).toBeGreaterThan(100);
    expect(report?.counts.landlubber).toBeGreaterThan(100);
  });

  it('does not simulate a poll', () => {
    expect(simulateOutcomeBalance(makePollQuiz(), createSeededRandom(5))).toBeUndefined();
  });

  it('never reports a result as dominant and rare at once, and shares add up (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 4 }), fc.nat(), (answers, seed) => {
        const quiz = personality(['a', 'b', 'c'], [{ answers: answers.map(([a, b, c]) => ({ a: a ?? 0, b: b ?? 0, c: c ?? 0 })) }]);
        const report = simulateOutcomeBalance(quiz, createSeededRandom(seed), 500);
        expect(Object.values(report?.counts ?? {}).reduce((x, y) => x + y, 0)).toBe(500);
        if (report?.dominantId) expect(report.rareIds).not.toContain(report.dominantId);
      }),
      { numRuns: 50 },
    );
  });
});

describe('findCardOverflows', () => {
  const withTitles = (resultTitle: string, quizTitle = 'Which traveller are you?', layout: PersonalityQuiz['brand']['cardLayout'] = 'spotlight'): PersonalityQuiz => {
    const quiz = makePersonalityQuiz();
    return { ...quiz, title: quizTitle, brand: { ...quiz.brand, cardLayout: layout }, results: quiz.results.map((r, i) => (i === 1 ? { ...r, title: resultTitle } : r)) };
  };

  it.each([
    { label: 'short titles', quiz: withTitles('The Planner'), codes: [] },
    { label: 'a result title far too long for the card', quiz: withTitles('The Extraordinarily Meticulous Planner Of Every Single Journey Ever Taken'), codes: ['title_cut'] },
    { label: 'a result title too long for the split layout', quiz: withTitles('The Extraordinarily Meticulous Planner Of Every Single Journey Ever Taken', undefined, 'split'), codes: ['title_cut'] },
    { label: 'a result title too long for the bold template', quiz: withTitles('The Extraordinarily Meticulous Planner Of Every Single Journey Ever Taken', undefined, 'bold'), codes: ['title_cut'] },
    { label: 'a longish quiz title', quiz: withTitles('The Planner', 'Which kind of traveller are you really, when nobody is watching and the train is late again?'), codes: ['quiz_title_small'] },
    {
      label: 'a quiz title far too long for the card',
      quiz: withTitles('The Planner', 'Which kind of traveller are you really, when nobody is watching and the train is late again and the hotel has lost your booking and it is raining?'),
      codes: ['quiz_title_cut'],
    },
  ])('$label', ({ quiz, codes }) => {
    expect([...new Set(findCardOverflows(quiz).map((f) => f.code))].sort()).toEqual(codes);
  });

  it('points a cut result title at that result, and fails it', () => {
    const findings = findCardOverflows(withTitles('The Extraordinarily Meticulous Planner Of Every Single Journey Ever Taken'));
    expect(findings[0]).toMatchObject({ code: 'title_cut', severity: 'fail', path: 'results.1.title' });
    expect(String(findings[0]?.values.shown)).toMatch(/…$/);
  });

  it('warns when a 24-grapheme name is shortened in the headline', () => {
    expect([...longSampleNames.en].length).toBe(24);
    expect([...new Intl.Segmenter('ar', { granularity: 'grapheme' }).segment(longSampleNames.ar)].length).toBe(24);
    // A quiz whose result title is huge leaves the name room in the headline; the check looks at the headline only.
    expect(findCardOverflows(withTitles('The Planner')).some((f) => f.code === 'name_cut')).toBe(false);
  });

  it('checks an Arabic quiz with its Arabic sample names', () => {
    const quiz: PersonalityQuiz = { ...withTitles('المخطط الذي لا يترك شيئًا للصدفة أبدًا في أي رحلة من رحلاته الطويلة والقصيرة'), locale: 'ar' };
    expect(findCardOverflows(quiz).map((f) => f.code)).toContain('title_cut');
  });
});

describe('findImageProblems', () => {
  const has = (path: string) => path !== '/uploads/gone1234567890abcd.png';
  it.each([
    { label: 'no images, emojis everywhere', change: (q: PersonalityQuiz) => ({ ...q, coverEmoji: '🧭', results: q.results.map((r) => ({ ...r, emoji: '⭐' })) }), codes: [] },
    { label: 'a cover without alt text', change: (q: PersonalityQuiz) => ({ ...q, coverImage: '/demo/cover-travel.svg', results: q.results.map((r) => ({ ...r, emoji: '⭐' })) }), codes: ['alt_missing:coverImageAlt'] },
    { label: 'a cover with alt text', change: (q: PersonalityQuiz) => ({ ...q, coverImage: '/demo/cover-travel.svg', coverImageAlt: 'A train', results: q.results.map((r) => ({ ...r, emoji: '⭐' })) }), codes: [] },
    {
      label: 'a result image whose file is gone',
      change: (q: PersonalityQuiz) => ({ ...q, coverEmoji: '🧭', results: q.results.map((r, i) => ({ ...r, emoji: '⭐', ...(i === 2 ? { image: '/uploads/gone1234567890abcd.png', imageAlt: 'x' } : {}) })) }),
      codes: ['image_missing:results.2.image'],
    },
    { label: 'a result with no picture at all', change: (q: PersonalityQuiz) => ({ ...q, coverEmoji: '🧭', results: q.results.map((r, i) => ({ ...r, emoji: i === 0 ? undefined : '⭐' })) }), codes: ['no_picture:results.0.image'] },
    { label: 'a logo without alt text', change: (q: PersonalityQuiz) => ({ ...q, coverEmoji: '🧭', brand: { ...q.brand, logo: '/demo/logo-blue.svg' }, results: q.results.map((r) => ({ ...r, emoji: '⭐' })) }), codes: ['alt_missing:brand.logoAlt'] },
    { label: 'no cover at all', change: (q: PersonalityQuiz) => ({ ...q, coverEmoji: undefined, results: q.results.map((r) => ({ ...r, emoji: '⭐' })) }), codes: ['no_cover:coverImage'] },
  ])('$label', ({ change, codes }) => {
    expect(findImageProblems(change(makePersonalityQuiz()), has).map((f) => `${f.code}:${f.path}`)).toEqual(codes);
  });

  it('finds an answer image without alt text', () => {
    const quiz = makePollQuiz();
    expect(findImageProblems({ ...quiz, coverEmoji: '🗳️' }, () => true).map((f) => f.path)).toEqual(['questions.0.answers.2.imageAlt']);
  });
});

describe('buildLinkPreviews', () => {
  it('shows the invitation, the quiz and the stat line, and the domain, as the share page sets them', () => {
    const previews = buildLinkPreviews(buildSampleSummary(makePersonalityQuiz(), { outcomeId: 'planner' }), 'https://quiz.example.com');
    expect(previews.map((p) => p.network)).toEqual(['x', 'facebook', 'whatsapp', 'linkedin']);
    expect(previews[0]).toMatchObject({ title: 'Sara got “The Planner”. Which are you?', description: null, domain: 'quiz.example.com', isTitleCut: false });
    expect(previews[1]).toMatchObject({ domain: 'QUIZ.EXAMPLE.COM', description: 'Which traveller are you? · 24% of players got this' });
  });

  it.each(Object.entries(previewLimits))('cuts a long title to %s’s length with an ellipsis', (network, limits) => {
    const quiz = makePersonalityQuiz();
    quiz.results[0] = { ...quiz.results[0]!, title: 'A title long enough to be cut by every single network that previews links today' };
    const preview = buildLinkPreviews(buildSampleSummary(quiz), 'https://x.example').find((p) => p.network === network);
    expect(preview?.isTitleCut).toBe(true);
    expect([...(preview?.title ?? '')].length).toBeLessThanOrEqual(limits.title);
    expect([...(preview?.title ?? '')].length).toBeGreaterThan(limits.title - 4);
    expect(preview?.title.endsWith('…')).toBe(true);
  });
});

describe('buildSampleSummary', () => {
  it.each([
    { outcomeId: 'landlubber', percentRange: [0, 49] },
    { outcomeId: 'sailor', percentRange: [50, 79] },
    { outcomeId: 'captain', percentRange: [80, 99] },
    { outcomeId: 'perfect', percentRange: [100, 100] },
  ])('gives a trivia tier $outcomeId a score inside it', ({ outcomeId, percentRange }) => {
    const summary = buildSampleSummary(makeTriviaQuiz(), { outcomeId });
    const percent = Math.floor((100 * (summary.score ?? 0)) / (summary.maxScore ?? 1));
    expect(percent).toBeGreaterThanOrEqual(percentRange[0] ?? 0);
    expect(percent).toBeLessThanOrEqual(percentRange[1] ?? 100);
  });

  it('uses the Arabic sample name for an Arabic quiz, and the first outcome for an unknown id', () => {
    const summary = buildSampleSummary({ ...makePersonalityQuiz(), locale: 'ar' }, { outcomeId: 'nope' });
    expect(summary).toMatchObject({ playerName: 'سارة', outcomeId: 'explorer' });
  });
});

describe('runPrelaunchChecks', () => {
  const context = (): PrelaunchContext => ({ random: createSeededRandom(1), hasAsset: () => true, origin: 'https://ripple.example', blockedWordCount: 40 });

  it('passes a finished quiz where everything is in order', () => {
    const quiz = personality(['a', 'b', 'c'], [{ answers: [{ a: 1 }, { b: 1 }, { c: 1 }] }]);
    const report = runPrelaunchChecks({ ...quiz, coverEmoji: '🧭' }, context());
    expect(Object.fromEntries(report.checks.map((c) => [c.id, c.status]))).toEqual({
      complete: 'pass',
      reachability: 'pass',
      balance: 'pass',
      overflow: 'pass',
      images: 'pass',
      link_preview: 'pass',
      blocked_words: 'pass',
    });
  });

  it('fails reachability for an unreachable result, pointing at it', () => {
    const quiz = { ...personality(['a', 'b', 'c'], [{ answers: [{ a: 1 }, { b: 1 }] }]), coverEmoji: '🧭' };
    const check = runPrelaunchChecks(quiz, context()).checks.find((c) => c.id === 'reachability');
    expect(check).toEqual({ id: 'reachability', status: 'fail', findings: [{ code: 'unreachable_bound', severity: 'fail', path: 'results.2', values: { result: 'Result C', blocker: 'Result A' } }] });
  });

  it('fails "complete" with every field the strict schema refuses, and skips what cannot run yet', () => {
    const draft = { ...makePersonalityQuiz(), title: '', questions: [] };
    const report = runPrelaunchChecks(draft, context());
    const complete = report.checks.find((c) => c.id === 'complete');
    expect(complete?.status).toBe('fail');
    expect(complete?.findings.map((f) => f.path)).toEqual(expect.arrayContaining(['title', 'questions']));
    expect(report.checks.find((c) => c.id === 'reachability')?.status).toBe('skip');
    expect(report.checks.find((c) => c.id === 'balance')?.status).toBe('skip');
  });

  it('warns when the workspace blocks no words', () => {
    const report = runPrelaunchChecks(makePersonalityQuiz(), { ...context(), blockedWordCount: 0 });
    expect(report.checks.find((c) => c.id === 'blocked_words')).toMatchObject({ status: 'warn', findings: [{ code: 'no_blocked_words' }] });
  });

  it('gives the same report twice for the same seed', () => {
    expect(runPrelaunchChecks(makePersonalityQuiz(), context())).toEqual(runPrelaunchChecks(makePersonalityQuiz(), context()));
  });
});

// Every complete answer sheet of a (small) quiz.
function enumerateSheets(quiz: QuizDefinition): AnswerSheet[] {
  let sheets: AnswerSheet[] = [{}];
  for (const question of quiz.questions) {
    const ids = question.answers.map((a) => a.id);
    const options = question.isMultiple ? Array.from({ length: 2 ** ids.length - 1 }, (_, m) => ids.filter((_, i) => (m + 1) & (1 << i))) : ids.map((id) => [id]);
    sheets = sheets.flatMap((sheet) => options.map((chosen) => ({ ...sheet, [question.id]: chosen })));
  }
  return sheets;
}
