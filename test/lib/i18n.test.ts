import { describe, expect, it } from 'vitest';
import { fillTemplate, formatCount, translate, type MessageKey } from '@/lib/i18n';
import type { Locale } from '@/lib/quiz-schema';

type Values = Record<string, string | number>;

// Every message key, checked by the compiler both ways: a key added to the dictionaries and not here (or the
// reverse) fails `tsc`, so the placeholder check below always covers the whole dictionary.
const everyKey = {
  appTagline: true, home_title: true, home_lead: true, kind_personality: true, kind_trivia: true, kind_poll: true,
  players_count: true, start: true, question_of: true, back: true, next: true, see_result: true, pick_all: true,
  name_label: true, name_hint: true, name_placeholder: true, continue: true, loading: true, error_generic: true,
  rarity: true, percentile: true, score_line: true, your_answers: true, your_answer: true, right_answer: true,
  everyone: true, votes: true, headline_named: true, headline_anonymous: true, headline_trivia_named: true,
  headline_trivia_anonymous: true, headline_poll_named: true, headline_poll_anonymous: true, cta_personality: true,
  cta_trivia: true, cta_poll: true, share_title: true, share_native: true, copy_link: true, copied: true,
  download_card: true, download_story: true, play_again: true, invite_personality: true, invite_trivia: true,
  invite_poll: true, someone: true, play_now: true, share_default_personality: true, share_default_trivia: true,
  share_default_poll: true, not_found_title: true, not_found_text: true, go_home: true, card_alt: true,
  stats_title: true, time_left: true, time_up: true, campaign_ended_title: true, campaign_ended_text: true, campaign_scheduled_title: true,
  campaign_scheduled_text: true, campaign_paused_title: true, campaign_paused_text: true, campaign_full_title: true,
  campaign_full_text: true, campaign_link: true, campaign_see: true,
  game_kind_wheel: true, game_kind_scratch: true, game_start: true, game_prizes_title: true, game_tier_unlock: true,
  game_free_plays: true, game_share_rule_one: true, game_share_rule_many: true, game_used_plays: true,
  game_details_title: true, lead_title: true, lead_email_label: true, lead_email_invalid: true,
  lead_consent_required: true, lead_consent_changed: true, wheel_label: true, wheel_spin: true, wheel_spinning: true,
  wheel_hint: true, scratch_label: true, scratch_hint: true, scratch_reveal: true, scratch_opening: true,
  game_plays_left: true, game_no_plays_left: true, game_cookies_needed: true, game_retry: true, game_you_won: true,
  game_won_announce: true, game_code_label: true, game_code_once: true, game_code_copy: true, game_code_copied: true,
  game_code_shown: true, game_share_title: true, game_share_line_one: true, game_share_line_many: true,
  game_max_reached: true, game_daily_cap: true, game_friends: true, game_tier_next: true, game_tier_reached: true,
  game_earned_announce: true, game_headline_win_named: true, game_headline_win_anonymous: true,
  game_headline_try_named: true, game_headline_try_anonymous: true, game_stat_win: true, game_stat_try: true,
  game_cta: true, game_invite_win: true, game_invite_try: true, game_share_default_win: true,
  game_share_default_try: true,
} satisfies Record<MessageKey, true>;
const keys = Object.keys(everyKey) as MessageKey[];

function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

describe('the dictionaries', () => {
  // With no values, translate returns the message with its placeholders as written.
  it.each(keys.map((key) => ({ key })))('$key has the same placeholders in English and Arabic', ({ key }) => {
    const english = translate('en', key);
    const arabic = translate('ar', key);
    expect(english).not.toBe('');
    expect(arabic).not.toBe('');
    expect(placeholdersOf(arabic)).toEqual(placeholdersOf(english));
  });

  it.each(keys.map((key) => ({ key })))('$key is written in Arabic in the Arabic dictionary', ({ key }) => {
    expect(translate('ar', key)).toMatch(/[\u0600-\u06ff]/);
  });

  it('the messages that name a player use {name}, and the ones with a result, {result}', () => {
    for (const key of ['headline_named', 'headline_trivia_named', 'headline_poll_named', 'invite_personality', 'invite_trivia', 'invite_poll'] as const) {
      expect(placeholdersOf(translate('en', key))).toContain('name');
    }
    for (const key of ['invite_personality', 'invite_poll', 'share_default_personality', 'share_default_poll', 'card_alt'] as const) {
      expect(placeholdersOf(translate('en', key))).toContain('result');
    }
  });
});

describe('translate', () => {
  it.each<{ label: string; locale: Locale; key: MessageKey; values: Values; expected: string }>([
    { label: 'English trivia invitation', locale: 'en', key: 'invite_trivia', values: { name: 'Sara', score: '8/10' }, expected: 'Sara scored 8/10. Can you beat it?' },
    { label: 'Arabic trivia invitation', locale: 'ar', key: 'invite_trivia', values: { name: 'سارة', score: '8/10' }, expected: 'نتيجة سارة: 8/10. هل تستطيع التفوق؟' },
    { label: 'English personality invitation', locale: 'en', key: 'invite_personality', values: { name: 'Sara', result: 'The Explorer' }, expected: 'Sara got “The Explorer”. Which are you?' },
    { label: 'numbers as values', locale: 'en', key: 'question_of', values: { n: 2, total: 5 }, expected: 'Question 2 of 5' },
    { label: 'Arabic numbers stay Western digits', locale: 'ar', key: 'question_of', values: { n: 2, total: 5 }, expected: 'السؤال 2 من 5' },
    { label: 'a missing value leaves the gap visible', locale: 'en', key: 'players_count', values: {}, expected: '{count} players' },
    { label: 'a message without placeholders', locale: 'en', key: 'start', values: { name: 'Sara' }, expected: 'Start' },
  ])('$label', ({ locale, key, values, expected }) => {
    expect(translate(locale, key, values)).toBe(expected);
  });
});

describe('fillTemplate', () => {
  it.each<{ label: string; template: string; values: Values; expected: string }>([
    { label: 'one placeholder', template: 'Hello {name}', values: { name: 'Sara' }, expected: 'Hello Sara' },
    { label: 'the same placeholder twice', template: '{name} and {name}', values: { name: 'Sara' }, expected: 'Sara and Sara' },
    { label: 'a number', template: '{count} players', values: { count: 1204 }, expected: '1204 players' },
    { label: 'zero is a value, not a gap', template: '{count} players', values: { count: 0 }, expected: '0 players' },
    { label: 'an empty string is a value', template: '[{name}]', values: { name: '' }, expected: '[]' },
    { label: 'an unknown placeholder stays as written', template: 'Hi {name}, {unknown}', values: { name: 'Sara' }, expected: 'Hi Sara, {unknown}' },
    { label: 'a value holding a placeholder is not expanded again', template: '{name} got {result}', values: { name: '{result}', result: 'The Explorer' }, expected: '{result} got The Explorer' },
    { label: 'a value holding its own placeholder does not loop', template: '{name}!', values: { name: '{name}{name}' }, expected: '{name}{name}!' },
    { label: 'replacement patterns in a value are literal', template: 'Hi {name}', values: { name: "$& $1 $$ $` $'" }, expected: "Hi $& $1 $$ $` $'" },
    { label: 'inherited names are not values', template: '{constructor} {toString} {__proto__}', values: {}, expected: '{constructor} {toString} {__proto__}' },
    { label: 'spaces inside braces are not a placeholder', template: '{ name }', values: { name: 'Sara' }, expected: '{ name }' },
    { label: 'double braces keep the outer pair', template: '{{name}}', values: { name: 'Sara' }, expected: '{Sara}' },
    { label: 'a value with HTML is not escaped (escaping is the renderer’s job)', template: '{name}', values: { name: '<b>Sara</b>' }, expected: '<b>Sara</b>' },
    { label: 'Arabic around a placeholder', template: 'نتيجة {name}', values: { name: 'سارة' }, expected: 'نتيجة سارة' },
  ])('$label', ({ template, values, expected }) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });
});

describe('formatCount', () => {
  it.each([
    { locale: 'en' as const, count: 0, expected: '0' },
    { locale: 'en' as const, count: 999, expected: '999' },
    { locale: 'en' as const, count: 1234567, expected: '1,234,567' },
    { locale: 'ar' as const, count: 0, expected: '0' },
    { locale: 'ar' as const, count: 1234567, expected: '1,234,567' },
  ])('$locale $count → $expected', ({ locale, count, expected }) => {
    expect(formatCount(locale, count)).toBe(expected);
  });

  it('writes Western digits in Arabic, as the cards do', () => {
    expect(formatCount('ar', 9876543210)).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
    expect(formatCount('ar', 9876543210)).toMatch(/^[0-9,]+$/);
  });
});
