import type { Locale } from './quiz-schema';

const en = {
  appTagline: 'Quizzes and games people pass on',
  home_title: 'Play something worth sharing',
  home_lead: 'Quizzes, trivia and polls with a personal result card for every player, and share links that count every friend they bring.',
  kind_personality: 'Personality',
  kind_trivia: 'Trivia',
  kind_poll: 'Poll',
  players_count: '{count} players',
  start: 'Start',
  question_of: 'Question {n} of {total}',
  back: 'Back',
  next: 'Next',
  see_result: 'See my result',
  pick_all: 'Pick all that apply',
  name_label: 'Your first name',
  name_hint: 'Shown on your result card. Optional.',
  name_placeholder: 'e.g. Sara',
  continue: 'Continue',
  loading: 'Working…',
  error_generic: 'Something went wrong. Please try again.',
  rarity: '{percent}% of players got this',
  percentile: 'Better than {percent}% of players',
  score_line: '{score} correct',
  your_answers: 'The right answers',
  your_answer: 'your answer',
  right_answer: 'right answer',
  everyone: 'What everyone answered',
  votes: '{count} votes',
  headline_named: '{name} got',
  headline_anonymous: 'My result',
  headline_trivia_named: '{name} scored',
  headline_trivia_anonymous: 'My score',
  headline_poll_named: '{name} voted',
  headline_poll_anonymous: 'My vote',
  cta_personality: 'Which one are you?',
  cta_trivia: 'Can you beat it?',
  cta_poll: 'What would you pick?',
  share_title: 'Share your card',
  share_native: 'Share…',
  copy_link: 'Copy link',
  copied: 'Link copied',
  download_card: 'Download card',
  download_story: 'Story format',
  play_again: 'Play again',
  invite_personality: '{name} got “{result}”. Which are you?',
  invite_trivia: '{name} scored {score}. Can you beat it?',
  invite_poll: '{name} voted “{result}”. What would you pick?',
  someone: 'Someone',
  play_now: 'Play now',
  share_default_personality: 'I got “{result}”! {quiz}',
  share_default_trivia: 'I scored {score}! {quiz} Can you beat me?',
  share_default_poll: 'I voted “{result}”. {quiz}',
  not_found_title: 'Nothing here',
  not_found_text: 'This quiz or link does not exist, or it has been removed.',
  go_home: 'See all quizzes',
  card_alt: 'Result card: {result}',
  stats_title: 'Stats',
} as const;

export type MessageKey = keyof typeof en;

const ar: Record<MessageKey, string> = {
  appTagline: 'اختبارات وألعاب يتناقلها الناس',
  home_title: 'العب شيئًا يستحق المشاركة',
  home_lead: 'اختبارات شخصية ومعلومات عامة واستطلاعات، مع بطاقة نتيجة لكل لاعب وروابط مشاركة تحسب كل صديق تجلبه.',
  kind_personality: 'شخصية',
  kind_trivia: 'معلومات',
  kind_poll: 'استطلاع',
  players_count: '{count} لاعب',
  start: 'ابدأ',
  question_of: 'السؤال {n} من {total}',
  back: 'رجوع',
  next: 'التالي',
  see_result: 'اعرض نتيجتي',
  pick_all: 'اختر كل ما ينطبق',
  name_label: 'اسمك الأول',
  name_hint: 'يظهر على بطاقة نتيجتك. اختياري.',
  name_placeholder: 'مثال: سارة',
  continue: 'متابعة',
  loading: 'لحظة…',
  error_generic: 'حدث خطأ ما. حاول مرة أخرى.',
  rarity: '{percent}% من اللاعبين حصلوا على هذه النتيجة',
  percentile: 'أفضل من {percent}% من اللاعبين',
  score_line: '{score} إجابات صحيحة',
  your_answers: 'الإجابات الصحيحة',
  your_answer: 'إجابتك',
  right_answer: 'الإجابة الصحيحة',
  everyone: 'ماذا أجاب الجميع',
  votes: '{count} صوت',
  headline_named: 'نتيجة {name}',
  headline_anonymous: 'نتيجتي',
  headline_trivia_named: 'نتيجة {name}',
  headline_trivia_anonymous: 'نتيجتي',
  headline_poll_named: 'اختيار {name}',
  headline_poll_anonymous: 'اختياري',
  cta_personality: 'وأنت، من تكون؟',
  cta_trivia: 'هل تستطيع التفوق؟',
  cta_poll: 'وأنت، ماذا تختار؟',
  share_title: 'شارك بطاقتك',
  share_native: 'مشاركة…',
  copy_link: 'نسخ الرابط',
  copied: 'تم نسخ الرابط',
  download_card: 'تنزيل البطاقة',
  download_story: 'بطاقة القصص',
  play_again: 'العب مرة أخرى',
  invite_personality: 'نتيجة {name}: «{result}». وأنت، من تكون؟',
  invite_trivia: 'نتيجة {name}: {score}. هل تستطيع التفوق؟',
  invite_poll: 'اختيار {name}: «{result}». وأنت، ماذا تختار؟',
  someone: 'صديقك',
  play_now: 'العب الآن',
  share_default_personality: 'نتيجتي «{result}»! {quiz}',
  share_default_trivia: 'حصلت على {score}! {quiz} هل تستطيع التفوق علي؟',
  share_default_poll: 'اخترت «{result}». {quiz}',
  not_found_title: 'لا شيء هنا',
  not_found_text: 'هذا الاختبار أو الرابط غير موجود، أو تمت إزالته.',
  go_home: 'كل الاختبارات',
  card_alt: 'بطاقة النتيجة: {result}',
  stats_title: 'الإحصاءات',
};

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, ar };

/**
 * Looks up a UI message in the player's locale and fills its {placeholders}. Values are plain text: React and
 * satori escape them where they are shown. A placeholder with no value is left as written, so a gap is visible.
 */
export function translate(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(dictionaries[locale][key], values);
}

/** Replaces each {name} in a template with its value; unknown names stay as they are. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** Formats a count the way the locale writes numbers (Western digits in both, as Ripple's cards use them). */
export function formatCount(locale: Locale, count: number): string {
  return new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en').format(count);
}
