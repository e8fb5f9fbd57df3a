import type { CardInput } from './card/types';
import { describeGameOutcome, type GameDefinition } from './games/game-schema';
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

// ——— Mini-game results ———

/** What is known of one mini-game play when it is shown: the game version it was played on and its outcome. */
export type GameResultSummary = {
  definition: Pick<GameDefinition, 'locale' | 'title' | 'brand' | 'prizes' | 'tryAgain' | 'shareText' | 'shareTexts'>;
  /** the prize id, or 'try-again' */
  outcomeId: string;
  playerName: string;
  /** the share of plays with this outcome, in percent, as of the play */
  rarityPercent: number;
};

const isGameWin = (summary: GameResultSummary) => describeGameOutcome(summary.definition, summary.outcomeId)?.isWin === true;

/** The line above a game result on its card: "Sara won" / "I won" for a prize, "Sara played" / "My go" for "try again". */
export function buildGameHeadline(summary: GameResultSummary): string {
  const { locale } = summary.definition;
  const name = summary.playerName;
  if (isGameWin(summary)) return name ? translate(locale, 'game_headline_win_named', { name }) : translate(locale, 'game_headline_win_anonymous');
  return name ? translate(locale, 'game_headline_try_named', { name }) : translate(locale, 'game_headline_try_anonymous');
}

/** The figure under a game result: "12% of players won this" for a prize; for "try again", that prizes are still there to win. */
export function buildGameStatLine(summary: GameResultSummary): string {
  const { locale } = summary.definition;
  return isGameWin(summary) ? translate(locale, 'game_stat_win', { percent: summary.rarityPercent }) : translate(locale, 'game_stat_try');
}

/** A friend's invitation on a game result's share page: "Sara won “20% off” at Wayfarer. Try your luck!" */
export function buildGameInvitation(summary: GameResultSummary): string {
  const { locale, brand, title } = summary.definition;
  const values = { name: summary.playerName || translate(locale, 'someone'), result: describeGameOutcome(summary.definition, summary.outcomeId)?.title ?? '', brand: brand.name, quiz: title };
  return translate(locale, isGameWin(summary) ? 'game_invite_win' : 'game_invite_try', values);
}

/**
 * The text that goes with the share of a game result: for a prize, the author's template for the channel, else
 * their template for every channel, else the default, with {name}, {result} (the prize) and {quiz} filled. A
 * "try again" has no prize to fill in, so it always gets the default invitation to play.
 */
export function buildGameShareText(summary: GameResultSummary, channel?: ShareChannel): string {
  const { locale, shareText, shareTexts, title, brand } = summary.definition;
  const values = { name: summary.playerName || translate(locale, 'someone'), result: describeGameOutcome(summary.definition, summary.outcomeId)?.title ?? '', quiz: title, brand: brand.name };
  if (!isGameWin(summary)) return translate(locale, 'game_share_default_try', values);
  const template = (channel ? shareTexts?.[channel]?.trim() : undefined) || shareText;
  return template ? fillTemplate(template, values) : translate(locale, 'game_share_default_win', values);
}

/** Everything the card renderer needs for one game result ("Sara won" · the prize · "12% of players won this" · "Try your luck"). */
export function buildGameCardInput(summary: GameResultSummary, images: { logoDataUri?: string; resultImageDataUri?: string } = {}): CardInput {
  const { definition } = summary;
  const outcome = describeGameOutcome(definition, summary.outcomeId);
  return {
    locale: definition.locale,
    quizTitle: definition.title,
    playerName: summary.playerName,
    headline: buildGameHeadline(summary),
    resultTitle: outcome?.title ?? '',
    resultEmoji: outcome?.emoji,
    statLine: buildGameStatLine(summary),
    callToAction: translate(definition.locale, 'game_cta'),
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
