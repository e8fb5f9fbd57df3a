import { cycleBucketCount, cycleBucketMidpointMinutes } from './cycle-time';
import type { Forecast } from './dashboard-types';

export type ForecastInput = {
  /** the measured K of the players so far */
  k: number;
  players: number;
  /** children of those players (K's numerator) */
  referred: number;
  seeds: number;
  /** seed players per day, measured over `seedDays` days */
  seedsPerDay: number;
  seedDays: number;
  cycleHistogram: readonly number[];
  medianCycleMinutes: number | null;
};

/** The days ahead the forecast projects. */
export const forecastHorizonDays = [7, 30] as const;

/** The projection's time step: most viral cycles are shorter than a day, so a day step would lump generations together. */
export const forecastStepMinutes = 60;

/**
 * The most players a projection ever shows. With K ≥ 1 the expected number grows exponentially without bound; no
 * campaign reaches more people than are online, so the projection stops there (a billion).
 */
export const forecastCeilingPlayers = 1_000_000_000;

/** The z of a two-sided 95% interval. */
const z95 = 1.96;

/**
 * How many players to expect from here on, from the measured K, seed rate and cycle time.
 * Expected total (K < 1): seeds / (1 − K), the size the seen seeds' cascades reach in the end (a seed brings K
 * children, they K² grandchildren, …: seeds·(1 + K + K² + …)), and never fewer than the players already seen;
 * null for K ≥ 1, which has no finite total.
 * The 7- and 30-day horizons count NEW players by a renewal model in hourly steps: b(t) = seeds per step
 * + K·Σ_d g(d)·b(t − d) + the children still due to the players seen so far, where g is the cycle-time
 * distribution (each histogram bucket at its midpoint; with no histogram, all at the median cycle time, else one
 * day) and the players seen so far are taken as spread evenly over the `seedDays` before now, so a player of age a
 * still brings K·g(d) children at every d > a. The band is the same model with K and the seed rate at both ends of
 * their 95% intervals: K ± 1.96·√referred / players (Poisson count of children; low end at least 0) and
 * seeds per day ± 1.96·√(seedsPerDay·seedDays) / seedDays; low uses both lows, high both highs, so
 * low ≤ expected ≤ high. Everything is 0 without players; no figure of players ever exceeds `forecastCeilingPlayers`.
 */
export function forecastPlayers(input: ForecastInput): Forecast {
  // Counts are whole and rates bounded (a K of a million only hits the ceiling sooner): every product stays finite.
  const players = Math.floor(bounded(input.players, maxCount));
  const k = bounded(input.k, maxK);
  const seedsPerDay = bounded(input.seedsPerDay, maxCount);
  if (players < 1) {
    return {
      expectedTotal: 0,
      horizons: forecastHorizonDays.map((days) => ({ days, expected: 0, low: 0, high: 0 })),
      k: 0,
      kLow: 0,
      kHigh: 0,
      seedsPerDay: 0,
      medianCycleMinutes: input.medianCycleMinutes,
    };
  }
  const kError = (z95 * Math.sqrt(bounded(input.referred, maxCount))) / players;
  const kLow = Math.max(0, k - kError);
  const kHigh = Math.min(maxK, k + kError);
  // A rate is measured over whole days; without any (0) its uncertainty is unknown and left out.
  const seedDays = input.seedDays > 0 ? Math.max(1, bounded(input.seedDays, maxCount)) : 0;
  const seedError = seedDays > 0 ? z95 * Math.sqrt(seedsPerDay / seedDays) : 0;
  const delays = toDelaySteps(input.cycleHistogram, input.medianCycleMinutes);
  const past = { players, ageSteps: Math.max(1, Math.round((seedDays * 1440) / forecastStepMinutes)) };
  const expected = projectNewPlayers(k, seedsPerDay, delays, past);
  const low = projectNewPlayers(kLow, Math.max(0, seedsPerDay - seedError), delays, past);
  const high = projectNewPlayers(kHigh, seedsPerDay + seedError, delays, past);
  const seeds = bounded(input.seeds, maxCount);
  return {
    // K of recent cohorts is still growing (their friends have not all come yet), so the formula can fall short of
    // the players already counted; the total is never shown below what has already happened.
    expectedTotal: k < 1 ? Math.min(forecastCeilingPlayers, Math.max(players, seeds / (1 - k))) : null,
    horizons: forecastHorizonDays.map((days, i) => ({ days, expected: expected[i] ?? 0, low: low[i] ?? 0, high: high[i] ?? 0 })),
    k,
    kLow,
    kHigh,
    seedsPerDay,
    medianCycleMinutes: input.medianCycleMinutes,
  };
}

type DelayStep = { steps: number; probability: number };

const maxCount = 1e12;
const maxK = 1e6;

/** A figure as the model takes it: 0 when it is not a positive number, at most `max`. */
function bounded(value: number, max: number): number {
  return Number.isFinite(value) && value > 0 ? Math.min(value, max) : 0;
}

/** The cycle-time distribution in whole steps (at least one: a child cannot start in the step of its parent). */
function toDelaySteps(histogram: readonly number[], median: number | null): DelayStep[] {
  const counts = histogram.slice(0, cycleBucketCount).map((count) => bounded(count, maxCount));
  const total = counts.reduce((sum, count) => sum + count, 0);
  const toSteps = (minutes: number) => Math.max(1, Math.round(minutes / forecastStepMinutes));
  if (total > 0) return counts.flatMap((count, bucket) => (count > 0 ? [{ steps: toSteps(cycleBucketMidpointMinutes(bucket)), probability: count / total }] : []));
  return [{ steps: toSteps(median !== null && bounded(median, maxCount) > 0 ? bounded(median, maxCount) : 1440), probability: 1 }];
}

/** The cumulative new players at each horizon of `forecastHorizonDays`, by the renewal model of `forecastPlayers`. */
function projectNewPlayers(k: number, seedsPerDay: number, delays: readonly DelayStep[], past: { players: number; ageSteps: number }): number[] {
  const stepsPerDay = 1440 / forecastStepMinutes;
  const horizonSteps = forecastHorizonDays.map((days) => days * stepsPerDay);
  const totalSteps = Math.max(...horizonSteps);
  const seedsPerStep = seedsPerDay / stepsPerDay;
  const due = new Float64Array(totalSteps + 1);
  // Children still due to the players seen so far: a player who started a steps ago has its children at delay d > a
  // still to come, d − a steps from now.
  const pastPerStep = past.players / past.ageSteps;
  for (const { steps: d, probability } of delays) {
    for (let age = Math.max(1, d - totalSteps); age < d && age <= past.ageSteps; age++) due[d - age] = (due[d - age] ?? 0) + pastPerStep * k * probability;
  }
  const births = new Float64Array(totalSteps + 1);
  const reached: number[] = [];
  let cumulative = 0;
  for (let t = 1; t <= totalSteps; t++) {
    let born = seedsPerStep + (due[t] ?? 0);
    for (const { steps: d, probability } of delays) if (t - d >= 1) born += k * probability * (births[t - d] ?? 0);
    born = Math.min(born, forecastCeilingPlayers - cumulative);
    births[t] = born;
    cumulative += born;
    if (horizonSteps.includes(t)) reached.push(cumulative);
  }
  return reached;
}
