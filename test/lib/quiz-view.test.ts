import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoQuizzes } from '@/db/demo-quizzes';
import { parseQuizDefinition } from '@/lib/quiz-schema';
import { toPlayableQuiz } from '@/lib/quiz-view';
import { makePersonalityQuiz, makePollQuiz, makeTriviaQuiz, quizArb } from '../fixtures/quizzes';

/** Every key of every object inside a JSON value. */
function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...keysDeep(inner)]);
  return [];
}

const demos = demoQuizzes.map(({ slug, definition }) => ({ slug, definition }));
const samples = [
  { slug: 'test personality', definition: makePersonalityQuiz() },
  { slug: 'test trivia', definition: makeTriviaQuiz() },
  { slug: 'test poll', definition: makePollQuiz() },
];

describe('the demo quizzes', () => {
  it('there is one of each kind, and some in Arabic', () => {
    expect(new Set(demos.map((d) => d.definition.kind))).toEqual(new Set(['personality', 'trivia', 'poll']));
    expect(demos.some((d) => d.definition.locale === 'ar')).toBe(true);
    expect(new Set(demos.map((d) => d.slug)).size).toBe(demos.length);
  });

  it.each(demos)('$slug passes parseQuizDefinition unchanged', ({ definition }) => {
    const parsed = parseQuizDefinition(definition);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(parsed.ok && parsed.quiz).toEqual(definition);
  });
});

describe('toPlayableQuiz', () => {
  it.each([...demos, ...samples])('$slug: the browser never gets weights or right answers', ({ definition }) => {
    const json = JSON.stringify(toPlayableQuiz(definition));
    expect(json).not.toContain('weights');
    expect(json).not.toContain('isCorrect');
  });

  it.each([...demos, ...samples])('$slug: the browser gets every question and answer, in order, with its texts and images', ({ definition }) => {
    const playable = toPlayableQuiz(definition);
    expect(playable).toMatchObject({ kind: definition.kind, locale: definition.locale, title: definition.title, askName: definition.askName, brand: definition.brand });
    expect(playable.questions.map((q) => q.id)).toEqual(definition.questions.map((q) => q.id));
    playable.questions.forEach((question, qi) => {
      const source = definition.questions[qi];
      expect(question).toMatchObject({ text: source?.text, isMultiple: source?.isMultiple });
      expect(question.answers).toEqual(source?.answers.map((a) => ({ id: a.id, text: a.text, emoji: a.emoji, image: a.image })));
    });
  });

  it('for any valid quiz, no key named weights or isCorrect reaches the browser', () => {
    fc.assert(
      fc.property(quizArb, (quiz) => {
        const keys = keysDeep(JSON.parse(JSON.stringify(toPlayableQuiz(quiz))));
        expect(keys).not.toContain('weights');
        expect(keys).not.toContain('isCorrect');
      }),
      { numRuns: 200 },
    );
  });
});
