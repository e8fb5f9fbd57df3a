import type { StudioMessageKey } from '@/lib/studio-i18n';

/**
 * The names of a game's fields and the game schema's messages in the studio's language, for the quizzes' issue
 * wording (content/issue-text.ts), so the editor and the publish card say "Prize 2 › Odds" for a game too.
 */

/** Names of the game fields that can appear in an issue path. */
export const gameFieldKeys: Record<string, StudioMessageKey> = {
  prizes: 'games_path_prizes',
  segments: 'games_path_segments',
  prizePool: 'games_path_prize_pool',
  tryAgain: 'games_try_again',
  odds: 'games_prize_odds',
  stockTotal: 'games_prize_stock_total',
  stockPerDay: 'games_prize_stock_day',
  codes: 'games_prize_codes',
  codePrefix: 'games_prize_code_prefix',
  prizeId: 'games_path_segment_prize',
  color: 'games_path_color',
  playsPerPlayer: 'games_plays_per_player',
  shareToPlayAgain: 'games_share_enabled',
  extraPlaysPerFriend: 'games_share_per_friend',
  maxExtraPlays: 'games_share_max',
  maxExtraPlaysPerDay: 'games_share_per_day',
  friends: 'games_tier_friends',
  leadCapture: 'games_section_leads',
  consentText: 'games_leads_consent',
  card: 'games_section_card',
  coverText: 'games_card_cover_text',
  coverColor: 'games_card_cover_color',
  revealArea: 'games_card_area',
  revealThresholdPercent: 'games_card_threshold',
};

/** Game lists whose items an issue path counts ("prizes.1" → "Prize 2"). */
export const gameListItemKeys: Record<string, StudioMessageKey> = { prizes: 'games_prize_n', segments: 'games_segment_n' };

/** The game schema's messages (lib/games/game-schema.ts), matched to a message in the studio's language. */
export const gameMessageRules: { pattern: RegExp; key: StudioMessageKey; value?: (match: RegExpExecArray) => Record<string, string | number> }[] = [
  { pattern: /^"try-again" is reserved for no prize$/, key: 'games_issue_reserved_id' },
  { pattern: /^odds cannot be negative$/, key: 'games_issue_odds_negative' },
  { pattern: /^keep odds at or under 1,000,000$/, key: 'games_issue_odds_max' },
  { pattern: /^use a whole number$/, key: 'issue_whole_number' },
  { pattern: /^use 1 to 12 capital letters or digits$/, key: 'games_issue_code_prefix' },
  { pattern: /^the reveal area must lie inside the card$/, key: 'games_issue_area_outside' },
  { pattern: /^duplicate (?:prize|segment) id "(.*)"$/, key: 'issue_duplicate', value: (m) => ({ id: m[1] ?? '' }) },
  { pattern: /^unknown prize "(.*)"$/, key: 'games_issue_unknown_prize', value: (m) => ({ id: m[1] ?? '' }) },
  { pattern: /^prize "(.*)" is listed twice$/, key: 'games_issue_listed_twice', value: (m) => ({ id: m[1] ?? '' }) },
  { pattern: /^each tier needs more friends than the one before$/, key: 'games_issue_tier_order' },
  { pattern: /^prize "(.*)" is in no prize pool, so nobody can win it$/, key: 'games_issue_no_pool', value: (m) => ({ id: m[1] ?? '' }) },
  { pattern: /^give a prize of the pool, or “try again”, odds above 0$/, key: 'games_issue_odds_zero' },
  { pattern: /^write the consent text people agree to$/, key: 'games_issue_consent' },
  { pattern: /^prize "(.*)" can be won but has no segment on the wheel$/, key: 'games_issue_no_segment', value: (m) => ({ id: m[1] ?? '' }) },
  { pattern: /^“try again” can come out but has no segment on the wheel$/, key: 'games_issue_try_again_segment' },
];
