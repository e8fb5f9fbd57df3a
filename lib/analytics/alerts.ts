import type { Alert } from './dashboard-types';

/** A period's loop figures as the alerts compare them. */
export type PeriodFigures = { k: number; shareRate: number; players: number };

/** Many clicks or crawler fetches from one source (a player's link on a channel) within a short window. */
export type Burst = {
  kind: 'click' | 'crawler';
  count: number;
  windowMinutes: number;
  /** that source's usual count per window of the same length */
  baselinePerWindow: number;
  /** whose link it is: the name on their card or "Player #n" */
  playerLabel: string;
  channel: string;
};

/**
 * The fewest players in a period for its K or share rate to mean something: with 20 players one more or less
 * referral moves K by 0.05, and below that a single sharer's luck decides it.
 */
export const alertMinPlayers = 20;

/** K at which a campaign is "going viral": every player brings at least one more. */
export const goingViralK = 1;

/** The share rate has "halved" when it is at most this fraction of the previous period's. */
export const shareRateDropRatio = 0.5;

/** A burst needs at least this many clicks or fetches in its window: fewer is a busy group chat, not a robot. */
export const burstMinCount = 20;

/** …and at least this many times the source's usual count per window. */
export const burstMinRatio = 10;

/**
 * The studio's alerts for a quiz, comparing the current period with the previous one:
 * - going_viral: K ≥ 1 now and K < 1 before, with at least `alertMinPlayers` players now; figures { k, previousK }.
 * - share_rate_halved: the previous share rate was above 0 and the current one is at most half of it, both periods
 *   with at least `alertMinPlayers` players; figures { shareRate, previousShareRate }.
 * - click_burst / crawler_burst (possible fraud): count ≥ `burstMinCount` within the window and
 *   count ≥ `burstMinRatio` × the source's baseline per window; figures { count, windowMinutes, playerLabel, channel }.
 * Each alert is dated `now`; the order is going_viral, share_rate_halved, then the bursts as given.
 */
export function detectAlerts(input: { quizId: string; now: number; current: PeriodFigures; previous: PeriodFigures; bursts: readonly Burst[] }): Alert[] {
  const { quizId, now, current, previous } = input;
  const alerts: Alert[] = [];
  if (current.k >= goingViralK && previous.k < goingViralK && current.players >= alertMinPlayers) {
    alerts.push({ kind: 'going_viral', figures: { k: current.k, previousK: previous.k }, quizId, at: now });
  }
  if (previous.shareRate > 0 && current.shareRate <= previous.shareRate * shareRateDropRatio && current.players >= alertMinPlayers && previous.players >= alertMinPlayers) {
    alerts.push({ kind: 'share_rate_halved', figures: { shareRate: current.shareRate, previousShareRate: previous.shareRate }, quizId, at: now });
  }
  for (const burst of input.bursts) {
    if (!isBurst(burst)) continue;
    alerts.push({
      kind: burst.kind === 'click' ? 'click_burst' : 'crawler_burst',
      figures: { count: burst.count, windowMinutes: burst.windowMinutes, playerLabel: burst.playerLabel, channel: burst.channel },
      quizId,
      at: now,
    });
  }
  return alerts;
}

/** Whether a count within a window is a burst: count ≥ `burstMinCount` and count ≥ `burstMinRatio` × the baseline per window. */
export function isBurst(burst: { count: number; baselinePerWindow: number }): boolean {
  return burst.count >= burstMinCount && burst.count >= burstMinRatio * Math.max(0, burst.baselinePerWindow);
}
