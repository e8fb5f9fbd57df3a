import type { CardInput } from './card/types';
import { fillTemplate, translate } from './i18n';
import type { QuizDefinition } from './quiz-schema';
import { describeResult } from './scoring';
import type { ShareChannel } from './share';

/** What is known of one result when it is shown: the quiz it was played on and how it compares. */
export type ResultSummary = {
  definition: QuizDefinition;
  outcomeId: string;
  playerName: string;
  score: number | null;
  maxScore: number | null;
  /** personality and poll: the share of plays that got this outcome, in percent */
  rarityPercent: number;
  /** trivia: the share of plays with a lower score, in percent */
  percentile: number;
};

/** The score as people write it, "8/10"; empty for kinds without a score. */
export function formatScore(summary: Pick<ResultSummary, 'score' | 'maxScore'>): string {
  return summary.score === null || summary.maxScore === null ? '' : `${summary.score}/${summary.maxScore}`;
}

/** The outcome's title: a personality result, a trivia tier, or the answer voted for. */
export function getOutcomeTitle(summary: ResultSummary): string {
  return describeResult(summary.definition, summary.outcomeId)?.title ?? '';
}

/** The line above the result on a card: "Sara got", "Sara scored", "Sara voted", or "My result" without a name. */
export function buildHeadline(summary: ResultSummary): string {
  const { locale, kind } = summary.definition;
  const name = summary.playerName;
  if (kind === 'trivia') return name ? translate(locale, 'headline_trivia_named', { name }) : translate(locale, 'headline_trivia_anonymous');
  if (kind === 'poll') return name ? translate(locale, 'headline_poll_named', { name }) : translate(locale, 'headline_poll_anonymous');
  return name ? translate(locale, 'headline_named', { name }) : translate(locale, 'headline_anonymous');
}

/** The figure that makes a result worth sharing: "8/10 · Better than 73% of players" (or "8/10" when nobody did worse), or "12% of players got this". */
export function buildStatLine(summary: ResultSummary): string {
  const { locale, kind } = summary.definition;
  // "Better than 0%" is nothing to share: the score alone says enough.
  if (kind === 'trivia') return summary.percentile > 0 ? `${formatScore(summary)} · ${translate(locale, 'percentile', { percent: summary.percentile })}` : formatScore(summary);
  return translate(locale, 'rarity', { percent: summary.rarityPercent });
}

/** The call to play that closes a card and a share page, by kind. */
export function buildCallToAction(summary: ResultSummary): string {
  const { locale, kind } = summary.definition;
  return translate(locale, kind === 'trivia' ? 'cta_trivia' : kind === 'poll' ? 'cta_poll' : 'cta_personality');
}

/** The friend's invitation on a share page: "Sara got 'The Explorer'. Which are you?" / "Sara scored 8/10. Can you beat it?" */
export function buildInvitation(summary: ResultSummary): string {
  const { locale, kind } = summary.definition;
  const name = summary.playerName || translate(locale, 'someone');
  const values = { name, result: getOutcomeTitle(summary), score: formatScore(summary) };
  return translate(locale, kind === 'trivia' ? 'invite_trivia' : kind === 'poll' ? 'invite_poll' : 'invite_personality', values);
}

/**
 * The text that goes with a share: the author's template for that channel when there is one, else their
 * template for every channel, else the kind's default, with its variables filled.
 */
export function buildShareText(summary: ResultSummary, channel?: ShareChannel): string {
  const { locale, kind, shareText, shareTexts, title } = summary.definition;
  const values = { name: summary.playerName || translate(locale, 'someone'), result: getOutcomeTitle(summary), score: formatScore(summary), quiz: title };
  const template = (channel ? shareTexts?.[channel]?.trim() : undefined) || shareText;
  if (template) return fillTemplate(template, values);
  return translate(locale, kind === 'trivia' ? 'share_default_trivia' : kind === 'poll' ? 'share_default_poll' : 'share_default_personality', values);
}

/** Everything the card renderer needs for one result; images are passed in as bytes already read. */
export function buildCardInput(summary: ResultSummary, images: { logoDataUri?: string; resultImageDataUri?: string } = {}): CardInput {
  const { definition } = summary;
  const outcome = describeResult(definition, summary.outcomeId);
  return {
    locale: definition.locale,
    quizTitle: definition.title,
    playerName: summary.playerName,
    headline: buildHeadline(summary),
    resultTitle: outcome?.title ?? '',
    resultEmoji: outcome?.emoji,
    statLine: buildStatLine(summary),
    callToAction: buildCallToAction(summary),
    brand: {
      name: definition.brand.name,
      primary: definition.brand.primary,
      background: definition.brand.background,
      text: definition.brand.text,
      cardLayout: definition.brand.cardLayout,
      font: definition.brand.font,
      logoDataUri: images.logoDataUri,
    },
    resultImageDataUri: images.resultImageDataUri,
  };
}
