import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDirection, parseQuizDefinition, type QuizDefinition } from '@/lib/quiz-schema';
import { makePersonalityQuiz, makePollQuiz, makeTriviaQuiz, quizArb, type PersonalityQuiz, type TriviaQuiz } from '../fixtures/quizzes';

type Question = QuizDefinition['questions'][number];
type Answer = Question['answers'][number];

function withQuestion<Q extends QuizDefinition>(quiz: Q, index: number, change: (question: Question) => Question): Q {
  return { ...quiz, questions: quiz.questions.map((q, i) => (i === index ? change(q) : q)) };
}

function withAnswer<Q extends QuizDefinition>(quiz: Q, questionIndex: number, answerIndex: number, change: (answer: Answer) => Answer): Q {
  return withQuestion(quiz, questionIndex, (q) => ({ ...q, answers: q.answers.map((a, i) => (i === answerIndex ? change(a) : a)) }));
}

function issuesOf(input: unknown): { path: string; message: string }[] {
  const parsed = parseQuizDefinition(input);
  return parsed.ok ? [] : parsed.issues;
}

describe('parseQuizDefinition accepts the valid quizzes', () => {
  it.each([
    { label: 'a personality quiz', quiz: makePersonalityQuiz() },
    { label: 'a trivia quiz', quiz: makeTriviaQuiz() },
    { label: 'a poll', quiz: makePollQuiz() },
    { label: 'an Arabic quiz', quiz: { ...makePollQuiz(), locale: 'ar' as const, title: 'ما عطلتك المثالية؟' } },
    { label: 'a cta with an https url', quiz: { ...makePersonalityQuiz(), results: makePersonalityQuiz().results.map((r) => ({ ...r, cta: { label: 'Shop', url: 'https://shop.example.com/?ref=quiz' } })) } },
    { label: 'a cta with an http url', quiz: { ...makePersonalityQuiz(), results: makePersonalityQuiz().results.map((r) => ({ ...r, cta: { label: 'Shop', url: 'http://shop.example.com/' } })) } },
    { label: 'images from /demo/ and /uploads/', quiz: { ...makePollQuiz(), coverImage: '/uploads/cover-1.jpeg', brand: { ...makePollQuiz().brand, logo: '/demo/logo.svg' } } },
    { label: 'upper-case hex colors', quiz: { ...makePollQuiz(), brand: { ...makePollQuiz().brand, primary: '#ABCDEF' } } },
  ])('$label', ({ quiz }) => {
    const parsed = parseQuizDefinition(quiz);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    expect(parsed.ok && parsed.quiz).toEqual(quiz);
  });

  it('fills the defaults an author may leave out', () => {
    const minimal = {
      kind: 'poll',
      locale: 'en',
      title: 'Tea or coffee?',
      brand: { name: 'Cafe', primary: '#000000', background: '#ffffff', text: '#111111' },
      questions: [{ id: 'drink', text: 'Tea or coffee?', answers: [{ id: 'tea', text: 'Tea' }, { id: 'coffee', text: 'Coffee' }] }],
    };
    const parsed = parseQuizDefinition(minimal);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.quiz.description).toBe('');
    expect(parsed.quiz.askName).toBe(true);
    expect(parsed.quiz.brand.cardLayout).toBe('spotlight');
    expect(parsed.quiz.questions[0]).toMatchObject({ isMultiple: false, points: 1 });
  });

  it('accepts every quiz the generator used by the scoring properties produces', () => {
    fc.assert(
      fc.property(quizArb, (quiz) => {
        const parsed = parseQuizDefinition(quiz);
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

const personality = makePersonalityQuiz();
const trivia = makeTriviaQuiz();
const poll = makePollQuiz();

const invalidRows: { label: string; input: unknown; path: string; message?: RegExp }[] = [
  // ids
  { label: 'duplicate question id', input: withQuestion(poll, 1, (q) => ({ ...q, id: 'saturday' })), path: 'questions.1.id', message: /duplicate question id "saturday"/ },
  { label: 'duplicate answer id', input: withAnswer(poll, 0, 2, (a) => ({ ...a, id: 'outdoors' })), path: 'questions.0.answers.2.id', message: /duplicate answer id "outdoors"/ },
  { label: 'duplicate result id', input: { ...personality, results: [...personality.results, { ...personality.results[0], id: 'explorer' }] }, path: 'results', message: /unique/ },
  { label: 'duplicate tier id', input: { ...trivia, tiers: trivia.tiers.map((t) => (t.id === 'sailor' ? { ...t, id: 'captain' } : t)) }, path: 'tiers', message: /tier ids must be unique/ },
  { label: 'upper-case id', input: withQuestion(poll, 0, (q) => ({ ...q, id: 'Saturday' })), path: 'questions.0.id', message: /lowercase/ },
  { label: 'id with a space', input: withAnswer(poll, 0, 0, (a) => ({ ...a, id: 'the outdoors' })), path: 'questions.0.answers.0.id' },
  { label: 'id starting with a dash', input: { ...personality, results: personality.results.map((r, i) => (i === 1 ? { ...r, id: '-planner' } : r)) }, path: 'results.1.id' },
  { label: 'empty id', input: withQuestion(poll, 0, (q) => ({ ...q, id: '' })), path: 'questions.0.id' },
  { label: 'id of 41 characters', input: withQuestion(poll, 0, (q) => ({ ...q, id: 'a'.repeat(41) })), path: 'questions.0.id' },
  // personality
  { label: 'weight for an unknown result', input: withAnswer(personality, 0, 1, (a) => ({ ...a, weights: { planner: 3, ghost: 2 } })), path: 'questions.0.answers.1.weights.ghost', message: /unknown result "ghost"/ },
  { label: 'weight above 10', input: withAnswer(personality, 0, 1, (a) => ({ ...a, weights: { planner: 11 } })), path: 'questions.0.answers.1.weights.planner' },
  { label: 'weight below -10', input: withAnswer(personality, 0, 1, (a) => ({ ...a, weights: { planner: -11 } })), path: 'questions.0.answers.1.weights.planner' },
  { label: 'fractional weight', input: withAnswer(personality, 0, 1, (a) => ({ ...a, weights: { planner: 1.5 } })), path: 'questions.0.answers.1.weights.planner' },
  { label: 'a single result', input: { ...personality, results: personality.results.slice(0, 1) }, path: 'results' },
  { label: 'personality without results', input: { ...personality, results: undefined }, path: 'results' },
  // trivia
  { label: 'trivia question without a correct answer', input: withQuestion(trivia, 1, (q) => ({ ...q, answers: q.answers.map((a) => ({ ...a, isCorrect: false })) })), path: 'questions.1.answers', message: /at least one answer as correct/ },
  { label: 'single-choice trivia question with 2 correct answers', input: withAnswer(trivia, 0, 1, (a) => ({ ...a, isCorrect: true })), path: 'questions.0.answers', message: /exactly one correct answer/ },
  { label: 'no tier at 0%', input: { ...trivia, tiers: trivia.tiers.filter((t) => t.minPercent !== 0) }, path: 'tiers', message: /0%/ },
  { label: 'two tiers at the same minimum', input: { ...trivia, tiers: trivia.tiers.map((t) => (t.id === 'sailor' ? { ...t, minPercent: 80 } : t)) }, path: 'tiers', message: /same percentage/ },
  { label: 'tier minimum above 100', input: { ...trivia, tiers: trivia.tiers.map((t) => (t.id === 'perfect' ? { ...t, minPercent: 101 } : t)) }, path: 'tiers.2.minPercent' },
  { label: 'fractional tier minimum', input: { ...trivia, tiers: trivia.tiers.map((t) => (t.id === 'sailor' ? { ...t, minPercent: 50.5 } : t)) }, path: 'tiers.3.minPercent' },
  { label: 'question worth 0 points', input: withQuestion(trivia, 0, (q) => ({ ...q, points: 0 })), path: 'questions.0.points' },
  { label: 'trivia without tiers', input: { ...trivia, tiers: [] }, path: 'tiers' },
  // shape
  { label: 'unknown kind', input: { ...poll, kind: 'quiz' }, path: 'kind' },
  { label: 'unknown locale', input: { ...poll, locale: 'fr' }, path: 'locale' },
  { label: 'empty title', input: { ...poll, title: '' }, path: 'title' },
  { label: 'no questions', input: { ...poll, questions: [] }, path: 'questions' },
  { label: 'a question with one answer', input: withQuestion(poll, 0, (q) => ({ ...q, answers: q.answers.slice(0, 1) })), path: 'questions.0.answers' },
  { label: 'an answer without text', input: withAnswer(poll, 0, 0, (a) => ({ ...a, text: '' })), path: 'questions.0.answers.0.text' },
  { label: 'share text over 280 characters', input: { ...poll, shareText: 'x'.repeat(281) }, path: 'shareText' },
  // images: only Ripple's own storage
  { label: 'foreign cover image', input: { ...poll, coverImage: 'https://evil.example/cover.png' }, path: 'coverImage', message: /Ripple’s own storage/ },
  { label: 'protocol-relative cover image', input: { ...poll, coverImage: '//evil.example/demo/cover.png' }, path: 'coverImage' },
  { label: 'data: cover image', input: { ...poll, coverImage: 'data:image/svg+xml,<svg onload=alert(1)>' }, path: 'coverImage' },
  { label: 'path traversal out of /demo/', input: { ...poll, coverImage: '/demo/../secrets/key.png' }, path: 'coverImage' },
  { label: 'image in another folder', input: { ...poll, coverImage: '/api/cover.png' }, path: 'coverImage' },
  { label: 'image with a query string', input: { ...poll, coverImage: '/uploads/a.png?x=1' }, path: 'coverImage' },
  { label: 'file that is not an image', input: { ...poll, coverImage: '/uploads/page.html' }, path: 'coverImage' },
  { label: 'foreign answer image', input: withAnswer(poll, 0, 0, (a) => ({ ...a, image: 'https://evil.example/a.png' })), path: 'questions.0.answers.0.image' },
  { label: 'foreign question image', input: withQuestion(poll, 1, (q) => ({ ...q, image: 'http://evil.example/q.png' })), path: 'questions.1.image' },
  { label: 'foreign brand logo', input: { ...poll, brand: { ...poll.brand, logo: 'https://evil.example/logo.svg' } }, path: 'brand.logo' },
  { label: 'foreign result image', input: { ...personality, results: personality.results.map((r, i) => (i === 2 ? { ...r, image: 'https://evil.example/r.png' } : r)) }, path: 'results.2.image' },
  { label: 'foreign tier image', input: { ...trivia, tiers: trivia.tiers.map((t, i) => (i === 0 ? { ...t, image: 'https://evil.example/t.png' } : t)) }, path: 'tiers.0.image' },
  // colors
  { label: 'three-digit color', input: { ...poll, brand: { ...poll.brand, primary: '#fff' } }, path: 'brand.primary', message: /#1a2b3c/ },
  { label: 'named color', input: { ...poll, brand: { ...poll.brand, background: 'red' } }, path: 'brand.background' },
  { label: 'color with a non-hex digit', input: { ...poll, brand: { ...poll.brand, text: '#12345g' } }, path: 'brand.text' },
  { label: 'rgb() color', input: { ...poll, brand: { ...poll.brand, primary: 'rgb(0,0,0)' } }, path: 'brand.primary' },
  { label: 'color with CSS injected after it', input: { ...poll, brand: { ...poll.brand, primary: '#000000;background:url(x)' } }, path: 'brand.primary' },
  { label: 'unknown card layout', input: { ...poll, brand: { ...poll.brand, cardLayout: 'grid' } }, path: 'brand.cardLayout' },
  // call-to-action links: http(s) only
  ...['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'ftp://files.example.com/x', 'mailto:a@example.com', '//evil.example', 'https:evil.example', 'not a url'].map((url) => ({
    label: `cta url ${url}`,
    input: { ...personality, results: personality.results.map((r, i) => (i === 3 ? { ...r, cta: { label: 'Go', url } } : r)) },
    path: 'results.3.cta.url',
  })),
  { label: 'cta without a label', input: { ...personality, results: personality.results.map((r, i) => (i === 0 ? { ...r, cta: { label: '', url: 'https://example.com' } } : r)) }, path: 'results.0.cta.label' },
  { label: 'a lone surrogate in the title', input: { ...personality, title: 'Which \ud800 are you?' }, path: 'title', message: /broken character/ },
  { label: 'a lone surrogate in an answer', input: { ...personality, questions: personality.questions.map((q, i) => (i === 0 ? { ...q, text: 'Pick \udc00' } : q)) }, path: 'questions.0.text', message: /broken character/ },
  { label: 'cta url on a trivia tier', input: { ...trivia, tiers: trivia.tiers.map((t, i) => (i === 1 ? { ...t, cta: { label: 'Go', url: 'javascript:alert(1)' } } : t)) }, path: 'tiers.1.cta.url' },
];

describe('parseQuizDefinition refuses an invalid quiz and names the field', () => {
  it.each(invalidRows)('$label → $path', ({ input, path, message }) => {
    const parsed = parseQuizDefinition(input);
    expect(parsed.ok).toBe(false);
    const issues = issuesOf(input);
    const atPath = issues.filter((issue) => issue.path === path);
    expect(atPath, `issues: ${JSON.stringify(issues)}`).not.toHaveLength(0);
    if (message) expect(atPath.map((i) => i.message).join('\n')).toMatch(message);
  });

  it('reports every problem, not only the first', () => {
    const twoProblems: TriviaQuiz = withQuestion({ ...trivia, tiers: trivia.tiers.filter((t) => t.minPercent !== 0) }, 3, (q) => ({ ...q, id: 'deepest' }));
    expect(issuesOf(twoProblems).map((i) => i.path).sort()).toEqual(['questions.3.id', 'tiers']);
  });

  it.each([
    { label: 'null', input: null },
    { label: 'a string', input: 'quiz' },
    { label: 'an array', input: [] },
    { label: 'an empty object', input: {} },
  ])('refuses $label without throwing', ({ input }) => {
    expect(parseQuizDefinition(input).ok).toBe(false);
  });

  it('accepts a personality answer without weights (it adds nothing)', () => {
    const quiz: PersonalityQuiz = withAnswer(personality, 0, 0, (a) => ({ id: a.id, text: a.text }));
    expect(parseQuizDefinition(quiz).ok).toBe(true);
  });
});

describe('getDirection', () => {
  it.each([
    { locale: 'en' as const, direction: 'ltr' },
    { locale: 'ar' as const, direction: 'rtl' },
  ])('$locale is written $direction', ({ locale, direction }) => {
    expect(getDirection(locale)).toBe(direction);
  });
});

describe('brand fonts, alt texts and per-channel share texts', () => {
  const base = makePersonalityQuiz();
  it.each([
    { label: 'alt texts on every image', quiz: { ...base, coverImage: '/demo/cover.svg', coverImageAlt: 'A map', brand: { ...base.brand, logo: '/uploads/logo.png', logoAlt: 'Acme', font: 'noto-sans' } } },
    { label: 'share texts for some channels', quiz: { ...base, shareTexts: { x: 'X: {result}', whatsapp: 'WA: {name}' } } },
    { label: 'the bold card template', quiz: { ...base, brand: { ...base.brand, cardLayout: 'bold' } } },
  ])('accepts $label', ({ quiz }) => {
    expect(parseQuizDefinition(quiz).ok).toBe(true);
  });

  it.each([
    { label: 'a font Ripple does not ship', quiz: { ...base, brand: { ...base.brand, font: 'comic-sans' } }, path: 'brand.font' },
    { label: 'a share text for an unknown channel', quiz: { ...base, shareTexts: { myspace: 'hi' } }, path: 'shareTexts' },
    { label: 'a share text over 280 characters', quiz: { ...base, shareTexts: { x: 'x'.repeat(281) } }, path: 'shareTexts.x' },
    { label: 'an alt text over 200 characters', quiz: { ...base, coverImageAlt: 'a'.repeat(201) }, path: 'coverImageAlt' },
  ])('refuses $label at $path', ({ quiz, path }) => {
    const parsed = parseQuizDefinition(quiz);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toContain(path);
  });
});
