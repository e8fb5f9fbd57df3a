import { createRandom, type Random } from './random';

export type CascadeOptions = {
  /** how many players to generate */
  players: number;
  /** the K to aim for: referred players / players */
  k: number;
  /** the period the events fall in: the `days` days before `now` */
  days: number;
  now: number;
  seed: number;
  /** share channels and their weights (relative, need not sum to 1) */
  channelMix: Record<string, number>;
  /** the median viral cycle time (parent's start → child's start) */
  medianCycleMinutes: number;
  /** the quiz's number of results; a player's outcome is an index in [0, outcomes) */
  outcomes: number;
  /** the names players type for their card; some leave it empty */
  names: readonly string[];
  /** how seed players arrive ('direct', 'embed' or a utm_source) and their weights; children inherit their tree's */
  sources?: Record<string, number>;
};

export type SimPlayer = {
  /** the index of the player whose link brought this one; null for a seed player */
  parent: number | null;
  /** the channel of that link; null for a seed player */
  channel: string | null;
  source: string;
  startedAt: number;
  completedAt: number | null;
  outcome: number;
  /** the name on the card, '' when left empty */
  name: string;
  shares: { channel: string; at: number; isConfirmed: boolean }[];
  /** human clicks on this player's links; a converted click is the arrival of one of their children */
  clicks: { channel: string; at: number; converted: boolean }[];
  crawlerFetches: { channel: string; at: number }[];
};

/** Cover views: one per starting player, plus the views of people who looked and did not start. */
export type SimExtras = { views: { at: number; source: string }[] };

export type CascadeResult = { players: SimPlayer[]; views: SimExtras['views'] };

/*
 * The behaviour of the simulated players, from what viral quizzes typically see. K is reached by the clicks per
 * share, which `simulateCascade` solves for; everything else is fixed here.
 */
/** The share of players who reach a result. */
export const simCompletionRate = 0.78;
/** The share of completers who share (times the result's own appeal, see `outcomeAppeal`). */
export const simShareRate = 0.35;
/** The share of sharers who share on a second channel. */
export const simSecondChannelRate = 0.3;
/** The share of shares the browser confirms (native share resolved, copy succeeded). */
export const simConfirmedRate = 0.3;
/** The share of human clicks that lead to a start. */
export const simConversionRate = 0.3;
/** The spread of the log-normal cycle time (σ of its logarithm): a tenth of cycles take over 4 × the median. */
export const simCycleSigma = 1.1;
/** The share of players who leave their name empty. */
export const simNamelessRate = 0.2;
/** Cover views per player, all told. */
export const simViewsPerPlayer = 2.5;
/** The seed sources when the options give none. */
export const simDefaultSources: Record<string, number> = { direct: 0.5, embed: 0.35, newsletter: 0.15 };
/** How well a link does on each channel, relative to the others (clicks per share); unknown channels get 1. */
export const simChannelAppeal: Record<string, number> = { x: 1.2, facebook: 1, whatsapp: 1.5, linkedin: 0.7, telegram: 1.2, reddit: 1.6, email: 0.6, copy: 0.9, native: 1.1 };
/** The channels whose posted links are not fetched by a link-preview bot. */
export const simChannelsWithoutPreview: ReadonlySet<string> = new Set(['email']);

const minuteMs = 60_000;
const hourMs = 3_600_000;
const dayMs = 86_400_000;
const completionMedianMs = 100_000;
const shareDelayMeanMs = 3 * minuteMs;
const crawlerDelayMeanMs = 20_000;
/** Seed arrivals: 1 + launchBoost·e^(−t / launchDecay) at hour t of the period, times the daily rhythm. */
const launchBoost = 8;
const launchDecayHours = 36;
const rhythmAmplitude = 0.6;
const rhythmPeakHourUtc = 17;
const unconvertedClickViewRate = 0.5;

/**
 * A realistic referral cascade, for the demo content and the `seed:viral` benchmark: a branching process in time.
 * Seed players arrive over the `days` days before `now` (a launch spike that decays over a few days, with a daily
 * rhythm); ~78% complete; a completer shares with some probability (which depends on their result) on one or two
 * channels drawn from `channelMix`, a few minutes after completing (~30% confirmed); each share draws a Poisson
 * number of human clicks (more on some channels), 1–3 link-preview fetches where the channel previews links, and
 * each click leads to a start with probability 0.3, arriving after a log-normal cycle time of the given median.
 * The clicks per share are solved so that the measured K = referred / players comes out near `k`, allowing for the
 * children that `now` cuts off.
 * With k < 1 the cascades die out: seeds are added until there are `players` players, then random leaves are
 * removed down to exactly `players` (their click stays, unconverted). With k ≥ 1 the process grows until it has
 * `players` players (or the period ends); it is then moved later so that its last player starts at `now`: a
 * campaign that is going viral right now.
 * Players come sorted by start, every parent before its children (child start > parent start), every time within
 * [now − days, now]; views ≈ 2.5 × players, sorted by time. The same options give the same cascade.
 */
export function simulateCascade(options: CascadeOptions): CascadeResult {
  if (!Number.isInteger(options.players) || options.players < 0) throw new RangeError('players must be a whole number ≥ 0');
  if (!(options.days > 0) || !Number.isFinite(options.days)) throw new RangeError('days must be a positive number');
  if (!(options.medianCycleMinutes > 0)) throw new RangeError('medianCycleMinutes must be positive');
  const rng = createRandom(options.seed);
  const world = buildWorld(options, rng);
  const target = options.players;
  if (target === 0) return { players: [], views: [] };
  if (options.k > 0 && options.k < 1) calibrate(world, options.k, options.seed);

  let pool: Pool;
  if (options.k < 1) {
    pool = growSubcritical(world, target, Math.max(0, options.k));
    trimLeaves(pool, pool.players.length - target, rng);
  } else {
    const batch = runBatch(world, drawSeedTimes(world, Math.max(10, Math.ceil(target * 0.05))), target);
    pool = { players: batch.players, arrivals: batch.arrivals, removed: new Uint8Array(batch.players.length) };
    if (batch.hitBudget) shiftToNow(pool.players, world.now - batch.lastStart, world.now);
  }
  const players = sortByStart(pool);
  return { players, views: buildViews(world, players, rng) };
}

/** The events a simulated cascade holds: views, starts, completions, shares, human clicks and crawler fetches. */
export function countSimEvents(result: CascadeResult): number {
  let events = result.views.length;
  for (const player of result.players) {
    events += 1 + (player.completedAt === null ? 0 : 1) + player.shares.length + player.clicks.length + player.crawlerFetches.length;
  }
  return events;
}

type SimClick = SimPlayer['clicks'][number];

/** Everything fixed for one simulation: the clock, the weights, and the solved clicks per share. */
type World = {
  rng: Random;
  now: number;
  windowStart: number;
  names: readonly string[];
  channels: string[];
  channelWeights: number[];
  channelAppeal: number[];
  channelPreviews: boolean[];
  outcomeWeights: number[];
  outcomeAppeal: number[];
  sources: string[];
  sourceWeights: number[];
  cycleMedianMs: number;
  /** the mean clicks per share before the channel's appeal */
  clicksPerShare: number;
  /** the mean children per player brought by one click per share: clicksPerShare = mean children / this */
  childrenPerClickPerShare: number;
  /** the cumulative seed-arrival weight at the end of each hour of the period */
  seedCdf: Float64Array;
};

function buildWorld(options: CascadeOptions, rng: Random): World {
  const channels = Object.keys(options.channelMix).filter((name) => (options.channelMix[name] ?? 0) > 0);
  const channelWeights = channels.map((name) => options.channelMix[name] ?? 0);
  const channelAppeal = channels.map((name) => simChannelAppeal[name] ?? 1);
  const outcomeCount = Math.max(1, Math.floor(options.outcomes));
  const outcomeWeights = Array.from({ length: outcomeCount }, () => 0.5 + rng.float());
  // Some results are shared more than others; scaled so that the mean share rate stays simShareRate.
  const rawAppeal = Array.from({ length: outcomeCount }, () => 0.5 + rng.float());
  const meanAppeal = weightedMean(rawAppeal, outcomeWeights);
  const outcomeAppeal = rawAppeal.map((a) => a / meanAppeal);
  const sourceMix = options.sources ?? simDefaultSources;
  const sources = Object.keys(sourceMix).filter((name) => (sourceMix[name] ?? 0) > 0);
  const windowStart = options.now - Math.round(options.days * dayMs);
  const seedCdf = buildSeedCdf(windowStart, options.now);
  const cycleMedianMs = options.medianCycleMinutes * minuteMs;
  // Per player: P(complete) · P(share) · E[Σ appeal of the chosen channels] · clicks per share · P(convert) = m.
  const channelFactor = expectedChannelAppeal(channelWeights, channelAppeal);
  const lost = options.k < 1 ? censoredShare(seedCdf, windowStart, options.now, cycleMedianMs) : 0;
  const m = options.k < 1 ? Math.min(0.995, Math.max(0, options.k) / (1 - lost)) : options.k;
  const perClick = simCompletionRate * simShareRate * channelFactor * simConversionRate;
  return {
    rng,
    now: options.now,
    windowStart,
    names: options.names,
    channels,
    channelWeights,
    channelAppeal,
    channelPreviews: channels.map((name) => !simChannelsWithoutPreview.has(name)),
    outcomeWeights,
    outcomeAppeal,
    sources: sources.length > 0 ? sources : ['direct'],
    sourceWeights: sources.length > 0 ? sources.map((name) => sourceMix[name] ?? 0) : [1],
    cycleMedianMs,
    clicksPerShare: perClick > 0 ? m / perClick : 0,
    childrenPerClickPerShare: perClick,
    seedCdf,
  };
}

function weightedMean(values: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  let total = 0;
  values.forEach((value, i) => {
    sum += value * (weights[i] ?? 0);
    total += weights[i] ?? 0;
  });
  return total > 0 ? sum / total : 1;
}

/** E[Σ appeal of a sharer's channels]: one channel, or with probability simSecondChannelRate a second, different one. */
function expectedChannelAppeal(weights: readonly number[], appeal: readonly number[]): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total <= 0) return 0;
  const p = weights.map((w) => w / total);
  const one = p.reduce((sum, pi, i) => sum + pi * (appeal[i] ?? 1), 0);
  if (p.length < 2) return one;
  let two = 0;
  p.forEach((pi, i) => {
    let second = 0;
    p.forEach((pj, j) => {
      if (j !== i && pi < 1) second += (pj / (1 - pi)) * (appeal[j] ?? 1);
    });
    two += pi * ((appeal[i] ?? 1) + second);
  });
  return (1 - simSecondChannelRate) * one + simSecondChannelRate * two;
}

function buildSeedCdf(windowStart: number, now: number): Float64Array {
  const hours = Math.max(1, Math.ceil((now - windowStart) / hourMs));
  const cdf = new Float64Array(hours);
  let total = 0;
  for (let h = 0; h < hours; h++) {
    const start = windowStart + h * hourMs;
    const width = Math.min(hourMs, now - start) / hourMs;
    const hourOfDay = (start % dayMs) / hourMs;
    const rhythm = 1 + rhythmAmplitude * Math.cos((2 * Math.PI * (hourOfDay - rhythmPeakHourUtc)) / 24);
    total += width * (1 + launchBoost * Math.exp(-h / launchDecayHours)) * rhythm;
    cdf[h] = total;
  }
  return cdf;
}

/** Seed start times drawn from the arrival density, ascending. */
function drawSeedTimes(world: World, count: number): number[] {
  const { seedCdf, rng, windowStart, now } = world;
  const total = seedCdf[seedCdf.length - 1] ?? 0;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const target = rng.float() * total;
    let low = 0;
    let high = seedCdf.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((seedCdf[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    const start = windowStart + low * hourMs;
    times.push(Math.min(now, start + Math.floor(rng.float() * Math.min(hourMs, now - start + 1))));
  }
  return times.sort((a, b) => a - b);
}

/**
 * The expected share of a player's children that `now` cuts off, taking players to start like the seeds:
 * Σ_hour weight · P(cycle time > now − hour), with a log-normal cycle time.
 */
function censoredShare(seedCdf: Float64Array, windowStart: number, now: number, cycleMedianMs: number): number {
  const total = seedCdf[seedCdf.length - 1] ?? 0;
  if (total <= 0) return 0;
  let lost = 0;
  let previous = 0;
  seedCdf.forEach((cumulative, h) => {
    const remainingMs = Math.max(1, now - (windowStart + (h + 0.5) * hourMs));
    lost += (cumulative - previous) * (1 - normalCdf(Math.log(remainingMs / cycleMedianMs) / simCycleSigma));
    previous = cumulative;
  });
  return Math.min(0.5, lost / total);
}

/** Φ(x), by Abramowitz & Stegun 7.1.26 (error below 1.5e−7). */
function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-(x * x) / 2);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** The players of the calibration run. */
const calibrationPlayers = 30_000;

/**
 * Corrects the clicks per share by a calibration run with a random stream of its own: deep cascades with long cycle
 * times lose more children to `now` than the first estimate allows for (it takes players to start like seeds), and
 * the measured K of a run is what the caller asked for. One correction, m ← m · k / measured K, suffices because
 * the share cut off hardly depends on m.
 */
function calibrate(world: World, k: number, seed: number): void {
  const pilot = growSubcritical({ ...world, rng: createRandom(seed ^ 0x5bd1e995) }, calibrationPlayers, k);
  let referred = 0;
  for (const player of pilot.players) if (player.parent !== null) referred++;
  const measured = referred / Math.max(1, pilot.players.length);
  if (measured <= 0 || world.childrenPerClickPerShare <= 0) return;
  // Above 1 only when `now` cuts off many children (long cycle times); the period still bounds every cascade.
  const m = Math.min(1.2, (world.clicksPerShare * world.childrenPerClickPerShare * k) / measured);
  world.clicksPerShare = m / world.childrenPerClickPerShare;
}

type Pending = { at: number; parent: number; channel: string; click: SimClick };

/** Players with batch-local parents, the click each arrived by, and which were removed. */
type Pool = { players: SimPlayer[]; arrivals: (SimClick | null)[]; removed: Uint8Array };

type Batch = { players: SimPlayer[]; arrivals: (SimClick | null)[]; hitBudget: boolean; lastStart: number };

/** With k < 1: batches of seeds and their cascades until there are at least `target` players. */
function growSubcritical(world: World, target: number, k: number): Pool {
  const players: SimPlayer[] = [];
  const arrivals: (SimClick | null)[] = [];
  for (let round = 0; players.length < target && round < 1000; round++) {
    const missing = target - players.length;
    const seeds = Math.max(1, round === 0 ? Math.round(missing * (1 - k)) : Math.ceil(missing * (1 - k)));
    // The budget only guards against a runaway batch; a subcritical one stays far below it.
    const batch = runBatch(world, drawSeedTimes(world, seeds), 3 * missing + 1000);
    const offset = players.length;
    for (const player of batch.players) players.push(player.parent === null ? player : { ...player, parent: player.parent + offset });
    for (const arrival of batch.arrivals) arrivals.push(arrival);
  }
  return { players, arrivals, removed: new Uint8Array(players.length) };
}

/**
 * The cascades of the given seeds, in time order, until `budget` players: each player's completion, shares, clicks
 * and crawler fetches are drawn when they start, and each converted click schedules a child.
 */
function runBatch(world: World, seedTimes: readonly number[], budget: number): Batch {
  const { rng } = world;
  const players: SimPlayer[] = [];
  const arrivals: (SimClick | null)[] = [];
  const heap = new PendingHeap();
  let nextSeed = 0;
  let lastStart = world.windowStart;
  while (players.length < budget) {
    const seedAt = seedTimes[nextSeed];
    const pending = heap.peek();
    if (seedAt === undefined && pending === undefined) break;
    const index = players.length;
    let player: SimPlayer;
    if (seedAt !== undefined && (pending === undefined || seedAt <= pending.at)) {
      nextSeed++;
      player = startPlayer(world, seedAt, null, null, world.sources[rng.pick(world.sourceWeights)] ?? 'direct');
      arrivals.push(null);
    } else if (pending !== undefined) {
      heap.pop();
      player = startPlayer(world, pending.at, pending.parent, pending.channel, players[pending.parent]?.source ?? 'direct');
      arrivals.push(pending.click);
    } else break;
    players.push(player);
    lastStart = player.startedAt;
    for (const child of drawChildren(world, player, index)) heap.push(child);
  }
  const hitBudget = players.length >= budget && (heap.size > 0 || nextSeed < seedTimes.length);
  // Children the budget cut off never start: their clicks did not convert.
  for (const pending of heap.drain()) pending.click.converted = false;
  return { players, arrivals, hitBudget, lastStart };
}

/** A player who starts at `at`: their result, name, completion, shares, crawler fetches (clicks come with drawChildren). */
function startPlayer(world: World, at: number, parent: number | null, channel: string | null, source: string): SimPlayer {
  const { rng, now } = world;
  const outcome = Math.max(0, rng.pick(world.outcomeWeights));
  const name = world.names.length === 0 || rng.float() < simNamelessRate ? '' : (world.names[rng.int(world.names.length)] ?? '');
  let completedAt: number | null = null;
  if (rng.float() < simCompletionRate) {
    const done = at + Math.max(5000, Math.round(rng.logNormal(completionMedianMs, 0.5)));
    if (done <= now) completedAt = done;
  }
  const shares: SimPlayer['shares'] = [];
  const crawlerFetches: SimPlayer['crawlerFetches'] = [];
  if (completedAt !== null && world.channels.length > 0 && rng.float() < simShareRate * (world.outcomeAppeal[outcome] ?? 1)) {
    const first = rng.pick(world.channelWeights);
    const picked = [first];
    if (world.channels.length > 1 && rng.float() < simSecondChannelRate) picked.push(rng.pick(world.channelWeights.map((w, i) => (i === first ? 0 : w))));
    for (const c of picked) {
      const shareChannel = world.channels[c];
      if (shareChannel === undefined) continue;
      const shareAt = completedAt + 1000 + Math.round(rng.exponential(shareDelayMeanMs));
      if (shareAt > now) continue;
      shares.push({ channel: shareChannel, at: shareAt, isConfirmed: rng.float() < simConfirmedRate });
      if (world.channelPreviews[c]) {
        const fetches = 1 + rng.int(3);
        for (let f = 0; f < fetches; f++) {
          const fetchAt = shareAt + 1000 + Math.round(rng.exponential(crawlerDelayMeanMs));
          if (fetchAt <= now) crawlerFetches.push({ channel: shareChannel, at: fetchAt });
        }
      }
    }
  }
  shares.sort((a, b) => a.at - b.at);
  crawlerFetches.sort((a, b) => a.at - b.at);
  return { parent, channel, source, startedAt: at, completedAt, outcome, name, shares, clicks: [], crawlerFetches };
}

/**
 * The human clicks on a player's shared links (a Poisson number per share) and the children the converted ones
 * bring: a click arrives one log-normal cycle time after the player's start (never before the share), and a
 * converted click's visitor starts a few seconds to a minute later, if that is not after `now`.
 */
function drawChildren(world: World, player: SimPlayer, index: number): Pending[] {
  const { rng, now } = world;
  const children: Pending[] = [];
  for (const share of player.shares) {
    const c = world.channels.indexOf(share.channel);
    const count = rng.poisson(world.clicksPerShare * (world.channelAppeal[c] ?? 1));
    for (let i = 0; i < count; i++) {
      const cycle = rng.logNormal(world.cycleMedianMs, simCycleSigma);
      const isConverted = rng.float() < simConversionRate;
      const startDelay = 3000 + rng.int(60_000);
      const clickAt = Math.max(share.at + 1000, Math.round(player.startedAt + cycle - (isConverted ? startDelay : 0)));
      if (clickAt > now) continue;
      const click: SimClick = { channel: share.channel, at: clickAt, converted: false };
      player.clicks.push(click);
      if (isConverted && clickAt + startDelay <= now) {
        click.converted = true;
        children.push({ at: clickAt + startDelay, parent: index, channel: share.channel, click });
      }
    }
  }
  player.clicks.sort((a, b) => a.at - b.at);
  return children;
}

/** Removes `excess` random players without children (a referred one's click stays, unconverted). */
function trimLeaves(pool: Pool, excess: number, rng: Random): void {
  if (excess <= 0) return;
  const { players, arrivals, removed } = pool;
  const childCounts = new Uint32Array(players.length);
  for (const player of players) if (player.parent !== null) childCounts[player.parent] = (childCounts[player.parent] ?? 0) + 1;
  let done = 0;
  while (done < excess) {
    const i = rng.int(players.length);
    if (removed[i] === 1 || (childCounts[i] ?? 0) > 0) continue;
    removed[i] = 1;
    done++;
    const parent = players[i]?.parent ?? null;
    if (parent !== null) childCounts[parent] = (childCounts[parent] ?? 1) - 1;
    const arrival = arrivals[i];
    if (arrival) arrival.converted = false;
  }
}

/** Moves every time `shiftMs` later and drops what then falls after `now`. */
function shiftToNow(players: SimPlayer[], shiftMs: number, now: number): void {
  for (const player of players) {
    player.startedAt += shiftMs;
    if (player.completedAt !== null) player.completedAt = player.completedAt + shiftMs <= now ? player.completedAt + shiftMs : null;
    player.shares = player.shares.flatMap((share) => (share.at + shiftMs <= now ? [{ ...share, at: share.at + shiftMs }] : []));
    player.crawlerFetches = player.crawlerFetches.flatMap((fetch) => (fetch.at + shiftMs <= now ? [{ ...fetch, at: fetch.at + shiftMs }] : []));
    // Converted clicks precede a child's start, which is ≤ now after the shift, so only unconverted ones can drop.
    player.clicks = player.clicks.filter((click) => click.at + shiftMs <= now);
    for (const click of player.clicks) click.at += shiftMs;
  }
}

/** The kept players sorted by start (ties keep their order, so parents stay first), parents renumbered. */
function sortByStart(pool: Pool): SimPlayer[] {
  const { players, removed } = pool;
  const order: number[] = [];
  for (let i = 0; i < players.length; i++) if (removed[i] !== 1) order.push(i);
  order.sort((a, b) => (players[a]?.startedAt ?? 0) - (players[b]?.startedAt ?? 0) || a - b);
  const newIndex = new Int32Array(players.length).fill(-1);
  order.forEach((old, position) => (newIndex[old] = position));
  const sorted: SimPlayer[] = [];
  for (const old of order) {
    const player = players[old];
    if (player === undefined) continue;
    if (player.parent !== null) player.parent = newIndex[player.parent] ?? null;
    sorted.push(player);
  }
  return sorted;
}

/** One view per player just before their start, one for half the clicks that did not convert, and looks that led nowhere. */
function buildViews(world: World, players: readonly SimPlayer[], rng: Random): SimExtras['views'] {
  const { windowStart, now } = world;
  const views: SimExtras['views'] = [];
  for (const player of players) views.push({ at: Math.max(windowStart, player.startedAt - 2000 - rng.int(40_000)), source: player.source });
  for (const player of players) {
    for (const click of player.clicks) {
      if (!click.converted && rng.float() < unconvertedClickViewRate) views.push({ at: Math.min(now, click.at + 1000 + rng.int(20_000)), source: player.source });
    }
  }
  const extra = Math.round(simViewsPerPlayer * players.length) - views.length;
  for (let i = 0; i < extra; i++) {
    const player = players[rng.int(players.length)];
    if (player) views.push({ at: Math.max(windowStart, player.startedAt - rng.int(hourMs)), source: player.source });
  }
  return views.sort((a, b) => a.at - b.at);
}

/** A binary min-heap of pending starts by time. */
class PendingHeap {
  private items: Pending[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Pending | undefined {
    return this.items[0];
  }

  push(item: Pending): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      const parent = items[up] as Pending;
      if (parent.at <= item.at) break;
      items[i] = parent;
      i = up;
    }
    items[i] = item;
  }

  pop(): Pending | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && (items[right] as Pending).at < (items[left] as Pending).at ? right : left;
      if ((items[child] as Pending).at >= last.at) break;
      items[i] = items[child] as Pending;
      i = child;
    }
    items[i] = last;
    return top;
  }

  drain(): Pending[] {
    const items = this.items;
    this.items = [];
    return items;
  }
}
