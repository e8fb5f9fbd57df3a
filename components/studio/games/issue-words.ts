import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { isolate } from '../auth/bidi';
import { formatIssueMessage, formatIssuePath } from '../content/issue-text';

/** The words of a game's pre-launch checks in the studio's language (field names: see issue-keys.ts). */

/** Each check's title and the line it shows when it passes. */
export const gameCheckTitles: Record<string, { title: StudioMessageKey; pass: StudioMessageKey }> = {
  complete: { title: 'games_check_complete', pass: 'checks_complete_pass' },
  segments: { title: 'games_check_segments', pass: 'games_check_segments_pass' },
  prizes: { title: 'games_check_prizes', pass: 'games_check_prizes_pass' },
  odds: { title: 'games_check_odds', pass: 'games_check_odds_pass' },
  stock: { title: 'games_check_stock', pass: 'games_check_stock_pass' },
  leads: { title: 'games_check_leads', pass: 'games_check_leads_pass' },
  overflow: { title: 'checks_overflow_title', pass: 'games_check_overflow_pass' },
  images: { title: 'checks_images_title', pass: 'checks_images_pass' },
};

const findingKeys: Record<string, StudioMessageKey> = {
  segment_count: 'games_finding_segment_count',
  segment_prize_missing: 'games_finding_segment_prize_missing',
  prize_no_segment: 'games_finding_prize_no_segment',
  try_again_no_segment: 'games_finding_try_again_no_segment',
  segment_label_long: 'games_finding_segment_label_long',
  pool_prize_missing: 'games_finding_pool_prize_missing',
  odds_zero: 'games_finding_odds_zero',
  prize_odds_zero: 'games_finding_prize_odds_zero',
  per_day_over_total: 'games_finding_per_day_over_total',
  stock_zero: 'games_finding_stock_zero',
  codes_missing: 'games_finding_codes_missing',
  codes_fewer: 'games_finding_codes_fewer',
  consent_missing: 'games_finding_consent_missing',
  title_cut: 'games_finding_title_cut',
  title_small: 'games_finding_title_small',
  game_title_cut: 'games_finding_game_title_cut',
  image_missing: 'checks_finding_image_missing',
  alt_missing: 'checks_finding_alt_missing',
  no_picture: 'games_finding_no_picture',
  no_cover: 'games_finding_no_cover',
};

/** Where a game's field is, in words: "prizes.1.odds" → "Prize 2 › Odds". */
export function describeGamePath(path: string, locale: StudioLocale): string {
  return formatIssuePath(path, locale);
}

/** A finding of the game checks as a sentence in the studio's language. */
export function describeGameFinding(finding: { code: string; path: string; values: Record<string, string | number> }, locale: StudioLocale): string {
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const values: Record<string, string | number> = { ...finding.values, field: formatIssuePath(finding.path, locale) };
  // What the author typed keeps its own direction inside the studio's sentence (an Arabic prize in English).
  for (const key of ['prize', 'shown', 'label', 'src']) if (typeof values[key] === 'string') values[key] = isolate(String(values[key]));
  if (values.variant === 'og' || values.variant === 'story') values.variant = t(values.variant === 'og' ? 'games_variant_og' : 'games_variant_story');
  if (finding.code === 'invalid_field') return `${formatIssuePath(finding.path, locale)}: ${formatIssueMessage(String(values.message ?? ''), locale)}`;
  if (finding.code === 'prize_unreachable') return t(values.reason === 'sharing_off' ? 'games_finding_unreachable_sharing_off' : 'games_finding_unreachable', values);
  const key = findingKeys[finding.code];
  return key ? t(key, values) : finding.code;
}
