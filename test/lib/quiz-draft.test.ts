import { describe, expect, it } from 'vitest';
import { parseQuizDefinition, parseQuizDraft } from '@/lib/quiz-schema';
import { makePersonalityQuiz, makePollQuiz, makeTriviaQuiz } from '../fixtures/quizzes';

// quizDraftSchema: what autosave accepts. Work in progress (empty texts, short lists) is saved; wrong types,
// oversized texts, foreign images and dangerous links are not.
const personality = makePersonalityQuiz();
const trivia = makeTriviaQuiz();

function draftIssues(input: unknown): string[] {
  const parsed = parseQuizDraft(input);
  return parsed.ok ? [] : parsed.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('parseQuizDraft accepts work in progress', () => {
  it.each([
    { label: 'every valid quiz', draft: personality },
    { label: 'an empty title', draft: { ...personality, title: '' } },
    { label: 'no questions yet', draft: { ...personality, questions: [] } },
    { label: 'a question with one empty answer', draft: { ...personality, questions: [{ id: 'q1', text: '', answers: [{ id: 'a1', text: '' }] }] } },
    { label: 'no results yet', draft: { ...personality, results: [] } },
    { label: 'an untitled result', draft: { ...personality, results: [{ id: 'r1', title: '', description: '' }] } },
    { label: 'a trivia question with nothing marked right', draft: { ...trivia, questions: trivia.questions.map((q) => ({ ...q, answers: q.answers.map((a) => ({ ...a, isCorrect: undefined })) })) } },
    { label: 'no tier at 0% yet', draft: { ...trivia, tiers: [] } },
    { label: 'an empty brand name', draft: { ...makePollQuiz(), brand: { ...makePollQuiz().brand, name: '' } } },
    { label: 'a half-typed button link', draft: { ...personality, results: personality.results.map((r) => ({ ...r, cta: { label: '', url: 'https://exa' } })) } },
    { label: 'a button link without its scheme yet', draft: { ...personality, results: personality.results.map((r) => ({ ...r, cta: { label: 'Shop', url: 'example.com/shop' } })) } },
    { label: 'a time limit on a trivia question', draft: { ...trivia, questions: trivia.questions.map((q) => ({ ...q, timeLimitSeconds: 30 })) } },
  ])('$label', ({ draft }) => {
    expect(draftIssues(draft)).toEqual([]);
  });

  it('keeps every field of the quiz (nothing is dropped on the way to the database)', () => {
    const parsed = parseQuizDraft(personality);
    expect(parsed.ok && parsed.draft).toEqual(personality);
  });
});

describe('parseQuizDraft refuses what must never be stored', () => {
  it.each([
    { label: 'an unknown kind', draft: { ...personality, kind: 'game' }, path: 'kind' },
    { label: 'an unknown language', draft: { ...personality, locale: 'fr' }, path: 'locale' },
    { label: 'a title that is not text', draft: { ...personality, title: 42 }, path: 'title' },
    { label: 'an over-long title', draft: { ...personality, title: 'x'.repeat(121) }, path: 'title' },
    { label: 'an over-long answer', draft: { ...personality, questions: [{ id: 'q1', text: '', answers: [{ id: 'a1', text: 'x'.repeat(141) }] }] }, path: 'questions.0.answers.0.text' },
    { label: 'a foreign cover image', draft: { ...personality, coverImage: 'https://evil.example/x.png' }, path: 'coverImage' },
    { label: 'a foreign answer image', draft: { ...personality, questions: [{ id: 'q1', text: '', answers: [{ id: 'a1', text: '', image: '//evil.example/a.png' }] }] }, path: 'questions.0.answers.0.image' },
    { label: 'a javascript: button link', draft: { ...personality, results: [{ id: 'r1', title: '', description: '', cta: { label: 'x', url: 'javascript:alert(1)' } }] }, path: 'results.0.cta.url' },
    { label: 'a data: button link', draft: { ...personality, results: [{ id: 'r1', title: '', description: '', cta: { label: 'x', url: 'data:text/html,hi' } }] }, path: 'results.0.cta.url' },
    { label: 'a weight out of range', draft: { ...personality, questions: [{ id: 'q1', text: '', answers: [{ id: 'a1', text: '', weights: { explorer: 11 } }] }] }, path: 'questions.0.answers.0.weights.explorer' },
    { label: 'a weight that is not a whole number', draft: { ...personality, questions: [{ id: 'q1', text: '', answers: [{ id: 'a1', text: '', weights: { explorer: 1.5 } }] }] }, path: 'questions.0.answers.0.weights.explorer' },
    { label: 'a bad id', draft: { ...personality, questions: [{ id: 'Q 1', text: '', answers: [] }] }, path: 'questions.0.id' },
    { label: 'a color that is not a color', draft: { ...personality, brand: { ...personality.brand, primary: 'red' } }, path: 'brand.primary' },
    { label: 'too short a time limit', draft: { ...trivia, questions: trivia.questions.map((q) => ({ ...q, timeLimitSeconds: 2 })) }, path: 'questions.0.timeLimitSeconds' },
    { label: 'too many questions', draft: { ...personality, questions: Array.from({ length: 51 }, (_, i) => ({ id: `q${i}`, text: '', answers: [] })) }, path: 'questions' },
    { label: 'a broken character', draft: { ...personality, title: 'a\ud800b' }, path: 'title' },
    { label: 'something that is not a quiz', draft: 'hello', path: '' },
  ])('$label', ({ draft, path }) => {
    const parsed = parseQuizDraft(draft);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toContain(path);
  });
});

describe('timeLimitSeconds in the strict schema', () => {
  it.each([
    { label: '5 seconds', seconds: 5, isValid: true },
    { label: '300 seconds', seconds: 300, isValid: true },
    { label: '4 seconds', seconds: 4, isValid: false },
    { label: '301 seconds', seconds: 301, isValid: false },
    { label: '12.5 seconds', seconds: 12.5, isValid: false },
  ])('$label', ({ seconds, isValid }) => {
    expect(parseQuizDefinition({ ...trivia, questions: trivia.questions.map((q) => ({ ...q, timeLimitSeconds: seconds })) }).ok).toBe(isValid);
  });
});
