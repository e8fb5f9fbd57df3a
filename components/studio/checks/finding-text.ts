import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { formatIssueMessage, formatIssuePath } from '../content/issue-text';
import type { ChecksFinding } from './use-checks';

const findingKeys: Record<string, StudioMessageKey> = {
  invalid_field: 'checks_finding_invalid_field',
  unreachable_bound: 'checks_finding_unreachable_bound',
  unreachable_exhaustive: 'checks_finding_unreachable_exhaustive',
  not_found: 'checks_finding_not_found',
  tier_unreachable: 'checks_finding_tier_unreachable',
  dominant: 'checks_finding_dominant',
  rare: 'checks_finding_rare',
  title_cut: 'checks_finding_title_cut',
  title_small: 'checks_finding_title_small',
  quiz_title_cut: 'checks_finding_quiz_title_cut',
  quiz_title_small: 'checks_finding_quiz_title_small',
  name_cut: 'checks_finding_name_cut',
  image_missing: 'checks_finding_image_missing',
  alt_missing: 'checks_finding_alt_missing',
  no_picture: 'checks_finding_no_picture',
  no_cover: 'checks_finding_no_cover',
  preview_title_cut: 'checks_finding_preview_title_cut',
  preview_description_cut: 'checks_finding_preview_description_cut',
  no_blocked_words: 'checks_finding_no_blocked_words',
};

/** A finding of the pre-launch checks in the studio's language, with its field named as the editor names it. */
export function describeFinding(finding: ChecksFinding, locale: StudioLocale): string {
  const key = findingKeys[finding.code];
  const values: Record<string, string | number> = { ...finding.values, field: formatIssuePath(finding.path, locale) };
  if (finding.values.variant === 'og' || finding.values.variant === 'story') values.variant = studioText(locale, finding.values.variant === 'og' ? 'checks_card_og' : 'checks_card_story');
  if (typeof finding.values.message === 'string') values.message = formatIssueMessage(finding.values.message, locale);
  return key ? studioText(locale, key, values) : `${finding.code} (${finding.path})`;
}

/** The name of the field a finding points at, for the Fix button's label. */
export function describeFindingField(finding: ChecksFinding, locale: StudioLocale): string {
  return finding.path === 'blockedWords' ? studioText(locale, 'blocked_title') : formatIssuePath(finding.path, locale);
}
