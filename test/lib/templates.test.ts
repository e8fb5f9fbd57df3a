import { describe, expect, it } from 'vitest';
import { parseQuizDefinition, parseQuizDraft } from '@/lib/quiz-schema';
import { checkAnswers, scoreQuiz, type AnswerSheet } from '@/lib/scoring';
import { createBlankQuiz, findTemplate, quizTemplates } from '@/lib/templates';

function issuesOf(input: unknown) {
  const parsed = parseQuizDefinition(input);
  return parsed.ok ? [] : parsed.issues;
}

describe('the template gallery', () => {
  it.each(quizTemplates.map((template) => ({ id: template.id, template })))('$id is a complete, valid quiz', ({ template }) => {
    expect(issuesOf(template.definition)).toEqual([]);
    expect(template.definition.questions.length).toBeGreaterThanOrEqual(3);
    expect(template.definition.questions.length).toBeLessThanOrEqual(5);
    expect(template.definition.coverEmoji).toBeTruthy();
  });

  it('has at least six templates, each kind in English and in Arabic, with unique ids', () => {
    expect(quizTemplates.length).toBeGreaterThanOrEqual(6);
    const pairs = new Set(quizTemplates.map((t) => `${t.definition.kind}:${t.definition.locale}`));
    for (const kind of ['personality', 'trivia', 'poll']) {
      expect(pairs).toContain(`${kind}:en`);
      expect(pairs).toContain(`${kind}:ar`);
    }
    expect(new Set(quizTemplates.map((t) => t.id)).size).toBe(quizTemplates.length);
    expect(findTemplate('space-trivia')?.definition.kind).toBe('trivia');
    expect(findTemplate('nope')).toBeUndefined();
  });

  it.each(quizTemplates.filter((t) => t.definition.locale === 'ar').map((template) => ({ id: template.id, template })))('$id is written in Arabic', ({ template }) => {
    expect(template.definition.title).toMatch(/[\u0600-\u06ff]/);
    for (const question of template.definition.questions) expect(question.text).toMatch(/[\u0600-\u06ff]/);
  });

  // Every result of a personality template is someone's result: the answers that favour it most lead to it.
  it.each(quizTemplates.filter((t) => t.definition.kind === 'personality').map((template) => ({ id: template.id, template })))('$id: every result can be reached', ({ template }) => {
    const quiz = template.definition;
    if (quiz.kind !== 'personality') throw new Error('personality only');
    for (const result of quiz.results) {
      const sheet: AnswerSheet = Object.fromEntries(
        quiz.questions.map((question) => {
          const best = [...question.answers].sort((a, b) => (b.weights?.[result.id] ?? 0) - (a.weights?.[result.id] ?? 0))[0];
          return [question.id, [best?.id ?? '']];
        }),
      );
      expect(checkAnswers(quiz, sheet)).toEqual({ ok: true });
      expect(scoreQuiz(quiz, sheet).resultId).toBe(result.id);
    }
  });
});

describe('createBlankQuiz', () => {
  let counter = 0;
  const newId = (prefix: string) => `${prefix}-${++counter}`;

  it.each([
    { label: 'personality in English', kind: 'personality' as const, locale: 'en' as const, expectedPaths: ['title', 'questions.0.text', 'questions.0.answers.0.text', 'results.0.title'] },
    { label: 'trivia in Arabic', kind: 'trivia' as const, locale: 'ar' as const, expectedPaths: ['title', 'questions.0.text', 'questions.0.answers', 'tiers.0.title'] },
    { label: 'poll in English', kind: 'poll' as const, locale: 'en' as const, expectedPaths: ['title', 'questions.0.text', 'questions.0.answers.1.text'] },
  ])('$label is a valid draft that names what is still to write', ({ kind, locale, expectedPaths }) => {
    const blank = createBlankQuiz(kind, locale, newId);
    expect(parseQuizDraft(blank)).toMatchObject({ ok: true });
    expect(blank).toMatchObject({ kind, locale, title: '' });
    const paths = issuesOf(blank).map((issue) => issue.path);
    for (const path of expectedPaths) expect(paths).toContain(path);
  });

  it('gives every item its own id', () => {
    const blank = createBlankQuiz('personality', 'en', newId);
    if (blank.kind !== 'personality') throw new Error('personality');
    const ids = [...blank.questions.map((q) => q.id), ...blank.questions.flatMap((q) => q.answers.map((a) => a.id)), ...blank.results.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
