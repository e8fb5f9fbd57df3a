import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { gameFieldKeys, gameListItemKeys, gameMessageRules } from '../games/issue-keys';

export type Issue = { path: string; message: string };

// Names of the fields that can appear at the end of an issue path ("questions.0.text" → "Text").
const fieldKeys: Record<string, StudioMessageKey> = {
  ...gameFieldKeys,
  title: 'path_field_title',
  text: 'path_field_text',
  description: 'path_field_description',
  image: 'path_field_image',
  imageAlt: 'path_field_image_alt',
  coverImageAlt: 'path_field_image_alt',
  logoAlt: 'path_field_image_alt',
  emoji: 'path_field_emoji',
  id: 'path_field_id',
  kind: 'path_field_kind',
  locale: 'path_field_locale',
  points: 'path_field_points',
  timeLimitSeconds: 'path_field_time_limit',
  isCorrect: 'path_field_correct',
  isMultiple: 'path_field_multiple',
  minPercent: 'path_field_min_percent',
  label: 'path_field_label',
  url: 'path_field_url',
  name: 'path_field_name',
  primary: 'path_field_color',
  background: 'path_field_color',
  logo: 'path_field_logo',
  coverImage: 'path_field_cover_image',
  coverEmoji: 'path_field_cover_emoji',
  shareText: 'path_field_share_text',
  askName: 'path_field_ask_name',
  cardLayout: 'path_field_layout',
  font: 'path_field_font',
  cta: 'path_cta',
  brand: 'path_brand',
  questions: 'section_questions',
  answers: 'answers_label',
  results: 'section_results',
  tiers: 'section_tiers',
};

const listItemKeys: Record<string, StudioMessageKey> = { ...gameListItemKeys, questions: 'path_question', answers: 'path_answer', results: 'path_result', tiers: 'path_tier' };

/**
 * Says where an issue is in words a marketer reads: "questions.1.answers.0.text" → "Question 2 › Answer 1 › Text".
 * The brand's text color is told apart from a question's text. An empty path is the quiz itself.
 */
export function formatIssuePath(path: string, locale: StudioLocale): string {
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  if (path === '') return t('path_quiz');
  const segments = path.split('.');
  const words: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? '';
    const next = segments[i + 1];
    const itemKey = listItemKeys[segment];
    if (itemKey && next !== undefined && /^\d+$/.test(next)) {
      words.push(t(itemKey, { n: Number(next) + 1 }));
      i++;
    } else if (segment === 'weights' && next !== undefined) {
      words.push(t('path_weight', { id: next }));
      i++;
    } else if (segment === 'shareTexts' && next !== undefined) {
      words.push(t('path_share_text', { channel: next }));
      i++;
    } else if (segment === 'text' && segments[i - 1] === 'brand') {
      words.push(t('path_field_color'));
    } else {
      const key = fieldKeys[segment];
      words.push(key ? t(key) : segment);
    }
  }
  return words.join(' › ');
}

// The schema's messages (zod's own and Ripple's custom ones), matched to a message in the studio's language.
const messageRules: { pattern: RegExp; key: StudioMessageKey; value?: (match: RegExpExecArray) => Record<string, string | number> }[] = [
  { pattern: /^Too small: expected string to have >=1 characters?$/, key: 'issue_required' },
  { pattern: /^Too small: expected array to have >=(\d+) items?$/, key: 'issue_min_items', value: (m) => ({ n: Number(m[1]) }) },
  { pattern: /^Too big: expected array to have <=(\d+) items?$/, key: 'issue_max_items', value: (m) => ({ n: Number(m[1]) }) },
  { pattern: /^Too big: expected string to have <=(\d+) characters?$/, key: 'issue_max_chars', value: (m) => ({ n: Number(m[1]) }) },
  { pattern: /^Too small: expected number to be >=?(-?\d+)$/, key: 'issue_min_number', value: (m) => ({ n: Number(m[1]) }) },
  { pattern: /^Too big: expected number to be <=?(-?\d+)$/, key: 'issue_max_number', value: (m) => ({ n: Number(m[1]) }) },
  { pattern: /^Invalid input: expected int, received number$/, key: 'issue_whole_number' },
  { pattern: /^Invalid input: expected (string|number|boolean|object|array|int|record), received undefined$/, key: 'issue_required' },
  { pattern: /^Invalid input: expected object, received (string|number|boolean|array|null)$/, key: 'issue_not_object' },
  { pattern: /^Invalid input: expected /, key: 'issue_type' },
  { pattern: /^Invalid (option|discriminator value)/, key: 'issue_option' },
  { pattern: /^Invalid URL$/, key: 'issue_url' },
  { pattern: /^use a link that starts with https:\/\/$/, key: 'issue_url_scheme' },
  { pattern: /^use a color like/, key: 'issue_color' },
  { pattern: /^use an image from Ripple/, key: 'issue_image' },
  { pattern: /^contains a broken character$/, key: 'issue_broken_char' },
  { pattern: /^use lowercase letters, digits and dashes$/, key: 'issue_id' },
  { pattern: /^mark at least one answer as correct$/, key: 'issue_mark_correct' },
  { pattern: /^a single-choice question has exactly one correct answer$/, key: 'issue_one_correct' },
  { pattern: /^one tier must start at 0%/, key: 'issue_tier_zero' },
  { pattern: /^two tiers start at the same percentage$/, key: 'issue_tier_same' },
  { pattern: /^duplicate (?:question|answer) id "(.*)"$/, key: 'issue_duplicate', value: (m) => ({ id: m[1] ?? '' }) },
  { pattern: /^(?:result|tier) ids must be unique$/, key: 'issue_unique_ids' },
  { pattern: /^unknown result "(.*)"$/, key: 'issue_unknown_result', value: (m) => ({ id: m[1] ?? '' }) },
  ...gameMessageRules,
];

/**
 * Says what is wrong in the studio's language. Messages the studio does not know (a rule added to the schema
 * later) are shown as the schema wrote them, so nothing is ever hidden.
 */
export function formatIssueMessage(message: string, locale: StudioLocale): string {
  for (const rule of messageRules) {
    const match = rule.pattern.exec(message);
    if (match) return studioText(locale, rule.key, rule.value?.(match) ?? {});
  }
  return message;
}

/** The issues at exactly this path ("questions.0.text"), in words. */
export function findIssueMessages(issues: readonly Issue[], path: string, locale: StudioLocale): string[] {
  return issues.filter((issue) => issue.path === path).map((issue) => formatIssueMessage(issue.message, locale));
}
