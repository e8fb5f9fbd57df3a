import { describe, expect, it } from 'vitest';
import { applyCampaignChange, campaignChangeSchema, canonicalizeDefinition, getCampaignState, hasUnpublishedChanges, isAdmitted, isHttpUrl, type CampaignFacts, type CampaignSettings } from '@/lib/campaign';
import { makePersonalityQuiz } from '../fixtures/quizzes';

const t0 = Date.UTC(2026, 2, 1, 9, 0);
const hour = 3_600_000;
const live: CampaignFacts = { publishedVersionId: 'v1', startsAt: null, endsAt: null, pausedAt: null, stoppedAt: null, archivedAt: null, playerCap: null, players: 0, now: t0 };

describe('getCampaignState', () => {
  it.each([
    { label: 'never published', facts: { publishedVersionId: null }, state: 'draft' },
    { label: 'never published, even with a schedule that has begun', facts: { publishedVersionId: null, startsAt: t0 - hour }, state: 'draft' },
    { label: 'published, no settings', facts: {}, state: 'live' },
    { label: 'one millisecond before the start', facts: { startsAt: t0 + 1 }, state: 'scheduled' },
    { label: 'exactly at the start', facts: { startsAt: t0 }, state: 'live' },
    { label: 'after the start, before the end', facts: { startsAt: t0 - hour, endsAt: t0 + hour }, state: 'live' },
    { label: 'one millisecond before the end', facts: { endsAt: t0 + 1 }, state: 'live' },
    { label: 'exactly at the end', facts: { endsAt: t0 }, state: 'ended' },
    { label: 'after the end', facts: { endsAt: t0 - hour }, state: 'ended' },
    { label: 'paused', facts: { pausedAt: t0 - hour }, state: 'paused' },
    { label: 'paused and past its end', facts: { pausedAt: t0 - hour, endsAt: t0 }, state: 'ended' },
    { label: 'paused before its start', facts: { pausedAt: t0 - hour, startsAt: t0 + hour }, state: 'scheduled' },
    { label: 'stopped', facts: { stoppedAt: t0 - hour }, state: 'ended' },
    { label: 'stopped before its start', facts: { stoppedAt: t0 - hour, startsAt: t0 + hour }, state: 'ended' },
    { label: 'archived', facts: { archivedAt: t0 - hour }, state: 'ended' },
    { label: 'cap not reached (one place left)', facts: { playerCap: 10, players: 9 }, state: 'live' },
    { label: 'cap reached exactly', facts: { playerCap: 10, players: 10 }, state: 'full' },
    { label: 'cap passed', facts: { playerCap: 10, players: 11 }, state: 'full' },
    { label: 'cap of 1 with nobody yet', facts: { playerCap: 1, players: 0 }, state: 'live' },
    { label: 'full and paused', facts: { playerCap: 1, players: 1, pausedAt: t0 }, state: 'paused' },
    { label: 'full and stopped', facts: { playerCap: 1, players: 1, stoppedAt: t0 }, state: 'ended' },
  ] as { label: string; facts: Partial<CampaignFacts>; state: string }[])('$label → $state', ({ facts, state }) => {
    expect(getCampaignState({ ...live, ...facts })).toBe(state);
  });
});

describe('isAdmitted', () => {
  it.each([
    { state: 'live', isPlayer: false, expected: true },
    { state: 'live', isPlayer: true, expected: true },
    { state: 'full', isPlayer: false, expected: false },
    { state: 'full', isPlayer: true, expected: true },
    { state: 'paused', isPlayer: true, expected: false },
    { state: 'ended', isPlayer: true, expected: false },
    { state: 'scheduled', isPlayer: false, expected: false },
    { state: 'draft', isPlayer: false, expected: false },
  ] as const)('$state, already a player: $isPlayer → $expected', ({ state, isPlayer, expected }) => {
    expect(isAdmitted(state, isPlayer)).toBe(expected);
  });
});

const none: CampaignSettings = { startsAt: null, endsAt: null, pausedAt: null, stoppedAt: null, playerCap: null, endedMessage: null, endedUrl: null };

describe('applyCampaignChange', () => {
  it.each([
    { label: 'a schedule', current: none, change: { startsAt: t0, endsAt: t0 + hour }, expected: { startsAt: t0, endsAt: t0 + hour } },
    { label: 'pause records when', current: none, change: { action: 'pause' }, expected: { pausedAt: t0 } },
    { label: 'a second pause keeps the first time', current: { ...none, pausedAt: t0 - hour }, change: { action: 'pause' }, expected: { pausedAt: t0 - hour } },
    { label: 'resume clears the pause', current: { ...none, pausedAt: t0 - hour }, change: { action: 'resume' }, expected: { pausedAt: null } },
    { label: 'stop records when', current: none, change: { action: 'stop' }, expected: { stoppedAt: t0 } },
    { label: 'restart clears the stop', current: { ...none, stoppedAt: t0 - hour }, change: { action: 'restart' }, expected: { stoppedAt: null } },
    { label: 'a cap', current: none, change: { playerCap: 100 }, expected: { playerCap: 100 } },
    { label: 'no cap', current: { ...none, playerCap: 5 }, change: { playerCap: null }, expected: { playerCap: null } },
    { label: 'an empty message becomes none', current: { ...none, endedMessage: 'Bye' }, change: { endedMessage: '   ' }, expected: { endedMessage: null } },
    { label: 'an empty link becomes none', current: { ...none, endedUrl: 'https://a.example' }, change: { endedUrl: '' }, expected: { endedUrl: null } },
    { label: 'only the end, after the stored start', current: { ...none, startsAt: t0 }, change: { endsAt: t0 + 1 }, expected: { startsAt: t0, endsAt: t0 + 1 } },
    { label: 'clearing the start leaves the end', current: { ...none, startsAt: t0, endsAt: t0 + hour }, change: { startsAt: null }, expected: { startsAt: null, endsAt: t0 + hour } },
  ] as { label: string; current: CampaignSettings; change: Record<string, unknown>; expected: Partial<CampaignSettings> }[])('applies $label', ({ current, change, expected }) => {
    const result = applyCampaignChange(current, campaignChangeSchema.parse(change), t0);
    expect(result).toEqual({ ok: true, settings: { ...current, ...expected } });
  });

  it.each([
    { label: 'an end before the start', current: none, change: { startsAt: t0, endsAt: t0 - 1 } },
    { label: 'an end equal to the start', current: none, change: { startsAt: t0, endsAt: t0 } },
    { label: 'only the end, before the stored start', current: { ...none, startsAt: t0 }, change: { endsAt: t0 - hour } },
    { label: 'only the start, after the stored end', current: { ...none, endsAt: t0 }, change: { startsAt: t0 + hour } },
  ])('refuses $label on the end field', ({ current, change }) => {
    expect(applyCampaignChange(current, campaignChangeSchema.parse(change), t0)).toEqual({ ok: false, issues: [{ path: 'endsAt', message: 'The end must come after the start.' }] });
  });
});

describe('campaignChangeSchema', () => {
  const issuePaths = (input: unknown) => {
    const parsed = campaignChangeSchema.safeParse(input);
    return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
  };
  it.each([
    { label: 'a cap of 0', input: { playerCap: 0 }, paths: ['playerCap'] },
    { label: 'a negative cap', input: { playerCap: -3 }, paths: ['playerCap'] },
    { label: 'a fractional cap', input: { playerCap: 2.5 }, paths: ['playerCap'] },
    { label: 'a cap as text', input: { playerCap: 'ten' }, paths: ['playerCap'] },
    { label: 'a message of 281 characters', input: { endedMessage: 'a'.repeat(281) }, paths: ['endedMessage'] },
    { label: 'a javascript: link', input: { endedUrl: 'javascript:alert(1)' }, paths: ['endedUrl'] },
    { label: 'a data: link', input: { endedUrl: 'data:text/html,hi' }, paths: ['endedUrl'] },
    { label: 'a link with no scheme', input: { endedUrl: 'example.com' }, paths: ['endedUrl'] },
    { label: 'a time as text', input: { startsAt: '2026-03-01' }, paths: ['startsAt'] },
    { label: 'an unknown action', input: { action: 'explode' }, paths: ['action'] },
    { label: 'an unknown field', input: { slug: 'x' }, paths: [''] },
    { label: 'several bad fields at once', input: { playerCap: 0, endedUrl: 'ftp://x' }, paths: ['playerCap', 'endedUrl'] },
  ])('refuses $label, naming the field', ({ input, paths }) => {
    expect(issuePaths(input)).toEqual(paths);
  });

  it.each([
    { label: 'a message of 280 characters', input: { endedMessage: 'a'.repeat(280) } },
    { label: 'an https link', input: { endedUrl: 'https://example.com/next?x=1' } },
    { label: 'an http link', input: { endedUrl: 'http://example.com' } },
    { label: 'a cap of 1', input: { playerCap: 1 } },
    { label: 'nothing', input: {} },
  ])('accepts $label', ({ input }) => {
    expect(issuePaths(input)).toEqual([]);
  });
});

describe('isHttpUrl', () => {
  it.each([
    { url: 'https://example.com', expected: true },
    { url: 'HTTP://EXAMPLE.COM', expected: true },
    { url: 'mailto:a@example.com', expected: false },
    { url: '//example.com', expected: false },
    { url: 'javascript://%0aalert(1)', expected: false },
  ])('$url → $expected', ({ url, expected }) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});

describe('hasUnpublishedChanges', () => {
  const quiz = makePersonalityQuiz();
  const { askName: _askName, description: _description, ...withoutDefaults } = quiz;
  it.each([
    { label: 'the same definition', draft: quiz, published: quiz, expected: false },
    { label: 'the same, keys in another order', draft: Object.fromEntries(Object.entries(quiz).reverse()), published: quiz, expected: false },
    { label: 'the same, with defaults left out', draft: withoutDefaults, published: quiz, expected: false },
    { label: 'a changed default', draft: { ...quiz, askName: false }, published: quiz, expected: true },
    { label: 'a changed title', draft: { ...quiz, title: 'Another title' }, published: quiz, expected: true },
    { label: 'an invalid draft', draft: { ...quiz, questions: [] }, published: quiz, expected: true },
    { label: 'never published', draft: quiz, published: null, expected: true },
  ])('$label → $expected', ({ draft, published, expected }) => {
    expect(hasUnpublishedChanges(draft, published)).toBe(expected);
  });

  it('gives an invalid definition no canonical form', () => {
    expect(canonicalizeDefinition({ title: 'x' })).toBeNull();
  });
});
