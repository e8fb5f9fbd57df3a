import { describe, expect, it } from 'vitest';
import type { QuizDefinition } from '@/lib/quiz-schema';
import { buildCallToAction, buildHeadline, buildInvitation, buildShareText, buildStatLine, formatScore, getOutcomeTitle, type ResultSummary } from '@/lib/result-text';
import { makePersonalityQuiz, makePollQuiz, makeTriviaQuiz } from '../fixtures/quizzes';

const personality = makePersonalityQuiz();
const trivia = makeTriviaQuiz();
const poll = makePollQuiz();
const arabic = <Q extends QuizDefinition>(quiz: Q, title: string): Q => ({ ...quiz, locale: 'ar', title });
const personalityAr = arabic({ ...personality, results: personality.results.map((r) => (r.id === 'explorer' ? { ...r, title: 'المستكشف' } : r)) }, 'أي مسافر أنت؟');
const triviaAr = arabic(trivia, 'كم تعرف عن المحيط؟');
const pollAr = arabic({ ...poll, questions: poll.questions.map((q, i) => (i === 0 ? { ...q, answers: q.answers.map((a) => (a.id === 'brunch' ? { ...a, text: 'فطور طويل' } : a)) } : q)) }, 'عطلة مثالية؟');

function summary(definition: QuizDefinition, outcomeId: string, playerName: string, extra: Partial<ResultSummary> = {}): ResultSummary {
  return { definition, outcomeId, playerName, score: null, maxScore: null, rarityPercent: 12, percentile: 73, ...extra };
}
const scored = { score: 8, maxScore: 10 };

describe('formatScore', () => {
  it.each([
    { label: '8 of 10', value: { score: 8, maxScore: 10 }, expected: '8/10' },
    { label: 'zero is a score', value: { score: 0, maxScore: 10 }, expected: '0/10' },
    { label: 'a perfect score', value: { score: 12, maxScore: 12 }, expected: '12/12' },
    { label: 'no score (personality, poll)', value: { score: null, maxScore: null }, expected: '' },
    { label: 'a score without a maximum', value: { score: 3, maxScore: null }, expected: '' },
  ])('$label → "$expected"', ({ value, expected }) => {
    expect(formatScore(value)).toBe(expected);
  });
});

describe('buildInvitation (the friend’s share page)', () => {
  it.each([
    { label: 'trivia, named', value: summary(trivia, 'captain', 'Sara', scored), expected: 'Sara scored 8/10. Can you beat it?' },
    { label: 'personality, named', value: summary(personality, 'explorer', 'Sara'), expected: 'Sara got “The Explorer”. Which are you?' },
    { label: 'poll, named', value: summary(poll, 'brunch', 'Sara'), expected: 'Sara voted “A long brunch”. What would you pick?' },
    { label: 'trivia, anonymous', value: summary(trivia, 'captain', '', scored), expected: 'Someone scored 8/10. Can you beat it?' },
    { label: 'personality, anonymous', value: summary(personality, 'explorer', ''), expected: 'Someone got “The Explorer”. Which are you?' },
    { label: 'trivia, Arabic', value: summary(triviaAr, 'captain', 'سارة', scored), expected: 'نتيجة سارة: 8/10. هل تستطيع التفوق؟' },
    { label: 'personality, Arabic', value: summary(personalityAr, 'explorer', 'سارة'), expected: 'نتيجة سارة: «المستكشف». وأنت، من تكون؟' },
    { label: 'poll, Arabic', value: summary(pollAr, 'brunch', 'سارة'), expected: 'اختيار سارة: «فطور طويل». وأنت، ماذا تختار؟' },
    { label: 'personality, Arabic, anonymous', value: summary(personalityAr, 'explorer', ''), expected: 'نتيجة صديقك: «المستكشف». وأنت، من تكون؟' },
    { label: 'a name that looks like a placeholder stays literal', value: summary(personality, 'explorer', '{result}'), expected: '{result} got “The Explorer”. Which are you?' },
    { label: 'a name with HTML stays literal (escaped by the renderer)', value: summary(trivia, 'captain', '<b>Sara</b>', scored), expected: '<b>Sara</b> scored 8/10. Can you beat it?' },
  ])('$label', ({ value, expected }) => {
    expect(buildInvitation(value)).toBe(expected);
  });
});

describe('buildHeadline (the line above the result on a card)', () => {
  it.each([
    { label: 'personality, named', value: summary(personality, 'explorer', 'Sara'), expected: 'Sara got' },
    { label: 'personality, anonymous', value: summary(personality, 'explorer', ''), expected: 'My result' },
    { label: 'trivia, named', value: summary(trivia, 'captain', 'Sara', scored), expected: 'Sara scored' },
    { label: 'trivia, anonymous', value: summary(trivia, 'captain', '', scored), expected: 'My score' },
    { label: 'poll, named', value: summary(poll, 'brunch', 'Sara'), expected: 'Sara voted' },
    { label: 'poll, anonymous', value: summary(poll, 'brunch', ''), expected: 'My vote' },
    { label: 'personality, Arabic, named', value: summary(personalityAr, 'explorer', 'سارة'), expected: 'نتيجة سارة' },
    { label: 'personality, Arabic, anonymous', value: summary(personalityAr, 'explorer', ''), expected: 'نتيجتي' },
    { label: 'poll, Arabic, named', value: summary(pollAr, 'brunch', 'سارة'), expected: 'اختيار سارة' },
  ])('$label → "$expected"', ({ value, expected }) => {
    expect(buildHeadline(value)).toBe(expected);
  });
});

describe('buildStatLine and buildCallToAction', () => {
  it.each([
    { label: 'trivia: score and percentile', value: summary(trivia, 'captain', 'Sara', scored), stat: '8/10 · Better than 73% of players', cta: 'Can you beat it?' },
    { label: 'trivia: nobody did worse, so the score alone', value: summary(trivia, 'captain', 'Sara', { ...scored, percentile: 0 }), stat: '8/10', cta: 'Can you beat it?' },
    { label: 'personality: rarity', value: summary(personality, 'explorer', 'Sara'), stat: '12% of players got this', cta: 'Which one are you?' },
    { label: 'poll: rarity', value: summary(poll, 'brunch', 'Sara', { rarityPercent: 40 }), stat: '40% of players got this', cta: 'What would you pick?' },
    { label: 'trivia, Arabic', value: summary(triviaAr, 'captain', 'سارة', scored), stat: '8/10 · أفضل من 73% من اللاعبين', cta: 'هل تستطيع التفوق؟' },
    { label: 'personality, Arabic', value: summary(personalityAr, 'explorer', 'سارة'), stat: '12% من اللاعبين حصلوا على هذه النتيجة', cta: 'وأنت، من تكون؟' },
  ])('$label', ({ value, stat, cta }) => {
    expect(buildStatLine(value)).toBe(stat);
    expect(buildCallToAction(value)).toBe(cta);
  });
});

describe('buildShareText', () => {
  const withTemplate = <Q extends QuizDefinition>(quiz: Q, shareText: string | undefined): Q => ({ ...quiz, shareText });

  it.each([
    {
      label: 'the author’s template with every variable',
      value: summary(withTemplate(trivia, '{name} scored {score} ({result}) on {quiz}!'), 'captain', 'Sara', scored),
      expected: 'Sara scored 8/10 (Sea Captain) on Ocean trivia!',
    },
    {
      label: 'the author’s template, anonymous player',
      value: summary(withTemplate(personality, '{name} is {result}. And you?'), 'explorer', ''),
      expected: 'Someone is The Explorer. And you?',
    },
    {
      label: 'the author’s template in Arabic, anonymous player',
      value: summary(withTemplate(personalityAr, '{name} حصل على «{result}»'), 'explorer', ''),
      expected: 'صديقك حصل على «المستكشف»',
    },
    {
      label: 'an unknown variable in the template stays visible',
      value: summary(withTemplate(personality, '{name} got {result} {prize}'), 'explorer', 'Sara'),
      expected: 'Sara got The Explorer {prize}',
    },
    {
      label: 'a player named like a variable is not expanded',
      value: summary(withTemplate(personality, '{name} got {result} on {quiz}'), 'explorer', '{quiz}'),
      expected: '{quiz} got The Explorer on Which traveller are you?',
    },
    {
      label: 'no template: the trivia default',
      value: summary(withTemplate({ ...trivia, title: 'How well do you know the ocean?' }, undefined), 'captain', 'Sara', scored),
      expected: 'I scored 8/10! How well do you know the ocean? Can you beat me?',
    },
    {
      label: 'no template: the personality default',
      value: summary(withTemplate({ ...personality, title: 'Which traveller are you?' }, undefined), 'explorer', 'Sara'),
      expected: 'I got “The Explorer”! Which traveller are you?',
    },
    {
      label: 'no template: the poll default',
      value: summary(withTemplate({ ...poll, title: 'What makes the perfect weekend?' }, undefined), 'brunch', ''),
      expected: 'I voted “A long brunch”. What makes the perfect weekend?',
    },
    {
      label: 'no template: the Arabic trivia default',
      value: summary(withTemplate({ ...triviaAr, title: 'كم تعرف عن المحيط؟' }, undefined), 'captain', 'سارة', scored),
      expected: 'حصلت على 8/10! كم تعرف عن المحيط؟ هل تستطيع التفوق علي؟',
    },
    {
      label: 'an empty template falls back to the default',
      value: summary(withTemplate({ ...trivia, title: 'How well do you know the ocean?' }, ''), 'captain', 'Sara', scored),
      expected: 'I scored 8/10! How well do you know the ocean? Can you beat me?',
    },
  ])('$label', ({ value, expected }) => {
    expect(buildShareText(value)).toBe(expected);
  });
});

describe('buildShareText for one channel', () => {
  const withTexts = (shareText: string | undefined, shareTexts: QuizDefinition['shareTexts']): QuizDefinition => ({ ...personality, shareText, shareTexts });
  it.each([
    { label: 'the channel’s own text', quiz: withTexts('All: {result}', { x: 'X: {name} got {result} #quiz' }), channel: 'x' as const, expected: 'X: Sara got The Explorer #quiz' },
    { label: 'another channel falls back to the text for every channel', quiz: withTexts('All: {result}', { x: 'X only' }), channel: 'whatsapp' as const, expected: 'All: The Explorer' },
    { label: 'a blank channel text falls back too', quiz: withTexts('All: {result}', { x: '   ' }), channel: 'x' as const, expected: 'All: The Explorer' },
    { label: 'no text at all: the kind’s default', quiz: withTexts(undefined, { whatsapp: 'WA' }), channel: 'x' as const, expected: 'I got “The Explorer”! Which traveller are you?' },
    { label: 'a channel text without a text for every channel', quiz: withTexts(undefined, { x: '{quiz}: {result}' }), channel: 'x' as const, expected: 'Which traveller are you?: The Explorer' },
  ])('$label', ({ quiz, channel, expected }) => {
    expect(buildShareText(summary(quiz, 'explorer', 'Sara'), channel)).toBe(expected);
  });

  it('without a channel, ignores the channels’ texts', () => {
    expect(buildShareText(summary(withTexts('All: {result}', { x: 'X' }), 'explorer', 'Sara'))).toBe('All: The Explorer');
  });
});

describe('getOutcomeTitle', () => {
  it.each([
    { label: 'a personality result', value: summary(personality, 'planner', ''), expected: 'The Planner' },
    { label: 'a trivia tier', value: summary(trivia, 'perfect', ''), expected: 'Poseidon' },
    { label: 'a poll answer', value: summary(poll, 'couch', ''), expected: 'Couch and series' },
    { label: 'an outcome the quiz no longer has', value: summary(personality, 'ghost', ''), expected: '' },
  ])('$label', ({ value, expected }) => {
    expect(getOutcomeTitle(value)).toBe(expected);
  });
});
