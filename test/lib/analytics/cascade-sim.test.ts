import { describe, expect, it } from 'vitest';
import { countSimEvents, simChannelsWithoutPreview, simulateCascade, type CascadeOptions, type CascadeResult } from '@/lib/analytics/cascade-sim';

const now = Date.UTC(2025, 5, 15, 12, 0, 0);
const dayMs = 86_400_000;
const names = ['Ana', 'Bilal', 'Chen', 'Dalia', 'سارة'];
const channelMix = { whatsapp: 0.35, x: 0.2, facebook: 0.15, copy: 0.15, telegram: 0.05, email: 0.05, linkedin: 0.05 };

function options(partial: Partial<CascadeOptions>): CascadeOptions {
  return { players: 5000, k: 0.7, days: 30, now, seed: 1, channelMix, medianCycleMinutes: 120, outcomes: 4, names, ...partial };
}

const measuredK = (result: CascadeResult) => result.players.filter((p) => p.parent !== null).length / result.players.length;

/** Every rule a cascade must keep, checked player by player; answers the first broken one, or null. */
function findBrokenRule(result: CascadeResult, o: CascadeOptions): string | null {
  const start = o.now - o.days * dayMs;
  const inWindow = (at: number) => at >= start && at <= o.now;
  const childrenByChannel = result.players.map(() => new Map<string, number>());
  for (const [i, p] of result.players.entries()) {
    if (i > 0 && p.startedAt < (result.players[i - 1]?.startedAt ?? 0)) return `player ${i} starts before player ${i - 1}`;
    if (!inWindow(p.startedAt)) return `player ${i} starts outside the period`;
    if (!Number.isInteger(p.outcome) || p.outcome < 0 || p.outcome >= o.outcomes) return `player ${i} has outcome ${p.outcome}`;
    if (p.name !== '' && !o.names.includes(p.name)) return `player ${i} is named ${p.name}`;
    if (p.parent === null) {
      if (p.channel !== null) return `seed ${i} arrived through ${p.channel}`;
    } else {
      const parent = result.players[p.parent];
      if (parent === undefined || p.parent >= i) return `player ${i} has parent ${p.parent}, not an earlier player`;
      if (p.startedAt <= parent.startedAt) return `player ${i} starts no later than their parent`;
      if (p.source !== parent.source) return `player ${i} left their tree's source`;
      if (p.channel === null || !parent.shares.some((s) => s.channel === p.channel && s.at < p.startedAt)) return `player ${i} came through ${p.channel}, which their parent had not shared on`;
      const counts = childrenByChannel[p.parent];
      counts?.set(p.channel, (counts.get(p.channel) ?? 0) + 1);
    }
    if (p.completedAt !== null && (p.completedAt <= p.startedAt || !inWindow(p.completedAt))) return `player ${i} completes before starting or outside the period`;
    if (p.shares.length > 0 && p.completedAt === null) return `player ${i} shares without a result`;
    for (const s of p.shares) {
      if (!inWindow(s.at) || s.at < (p.completedAt ?? Infinity)) return `player ${i} shares before completing or outside the period`;
      if (!(s.channel in o.channelMix)) return `player ${i} shares on ${s.channel}`;
    }
    for (const c of p.clicks) {
      if (!inWindow(c.at) || !p.shares.some((s) => s.channel === c.channel && s.at < c.at)) return `a click on player ${i}'s ${c.channel} link before it was shared`;
    }
    for (const f of p.crawlerFetches) {
      if (!inWindow(f.at) || !p.shares.some((s) => s.channel === f.channel && s.at < f.at)) return `a crawler fetch of player ${i}'s ${f.channel} link before it was shared`;
      if (simChannelsWithoutPreview.has(f.channel)) return `a crawler fetch on ${f.channel}`;
    }
  }
  // Each child is one converted click of their parent on the channel they came through, and vice versa.
  for (const [i, p] of result.players.entries()) {
    const converted = new Map<string, number>();
    for (const c of p.clicks) if (c.converted) converted.set(c.channel, (converted.get(c.channel) ?? 0) + 1);
    const children = childrenByChannel[i] ?? new Map<string, number>();
    for (const channel of new Set([...converted.keys(), ...children.keys()])) {
      if ((converted.get(channel) ?? 0) !== (children.get(channel) ?? 0)) return `player ${i} has ${converted.get(channel) ?? 0} converted ${channel} clicks but ${children.get(channel) ?? 0} children from it`;
    }
  }
  for (const v of result.views) if (!inWindow(v.at)) return 'a view outside the period';
  return null;
}

describe('simulateCascade', () => {
  it.each([
    { label: 'a demo-sized cascade (k = 0.7)', o: options({ players: 3000, k: 0.7 }) },
    { label: 'a weak loop (k = 0.3)', o: options({ players: 5000, k: 0.3, seed: 2 }) },
    { label: 'no loop at all (k = 0)', o: options({ players: 2000, k: 0, seed: 3 }) },
    { label: 'a campaign going viral (k = 1.4)', o: options({ players: 5000, k: 1.4, seed: 4 }) },
    { label: 'slow cycles over a short period', o: options({ players: 2000, k: 0.8, days: 3, medianCycleMinutes: 1440, seed: 5 }) },
    { label: 'one channel, one result, nobody named', o: options({ players: 2000, k: 0.6, channelMix: { email: 1 }, outcomes: 1, names: [], seed: 6 }) },
    { label: 'custom sources', o: options({ players: 2000, k: 0.6, sources: { embed: 1, spring_newsletter: 1 }, seed: 7 }) },
  ])('$label keeps every rule', ({ o }) => {
    const result = simulateCascade(o);
    expect(result.players).toHaveLength(o.players);
    expect(findBrokenRule(result, o)).toBeNull();
    if (o.sources) expect(new Set(result.players.map((p) => p.source))).toEqual(new Set(Object.keys(o.sources)));
  });

  it.each([0.4, 0.6, 0.75, 0.9])('measures K = %s within 0.1 over 100,000 players', (k) => {
    const result = simulateCascade(options({ players: 100_000, k, seed: 100 + k * 100 }));
    expect(result.players).toHaveLength(100_000);
    expect(Math.abs(measuredK(result) - k)).toBeLessThanOrEqual(0.1);
  });

  it('comes near the asked K for a demo-sized cascade too', () => {
    expect(Math.abs(measuredK(simulateCascade(options({ players: 3000, k: 0.7 }))) - 0.7)).toBeLessThanOrEqual(0.1);
  });

  it('has no referred players without a loop', () => {
    expect(measuredK(simulateCascade(options({ players: 2000, k: 0 })))).toBe(0);
  });

  it('is the same for the same seed and different for another', () => {
    const a = simulateCascade(options({ players: 2000 }));
    expect(simulateCascade(options({ players: 2000 }))).toEqual(a);
    expect(simulateCascade(options({ players: 2000, seed: 2 })).players.map((p) => p.startedAt)).not.toEqual(a.players.map((p) => p.startedAt));
  });

  it('fills the period with a launch spike that decays', () => {
    const result = simulateCascade(options({ players: 20_000, k: 0.6 }));
    const firstWeek = result.players.filter((p) => p.startedAt < now - 23 * dayMs).length;
    const lastWeek = result.players.filter((p) => p.startedAt >= now - 7 * dayMs).length;
    expect(firstWeek).toBeGreaterThan(lastWeek);
    expect(lastWeek).toBeGreaterThan(0);
    expect(result.players.at(-1)?.startedAt ?? 0).toBeGreaterThan(now - dayMs);
  });

  it('with k ≥ 1 grows until it has the players asked for, ending now', () => {
    const o = options({ players: 20_000, k: 1.5 });
    const result = simulateCascade(o);
    expect(result.players).toHaveLength(20_000);
    expect(result.players.at(-1)?.startedAt).toBe(now);
    // the earliest players had time to bring their children: K of the first tenth is about k
    const firstTenth = result.players.slice(0, 2000);
    const children = result.players.filter((p) => p.parent !== null && p.parent < 2000).length;
    expect(children / firstTenth.length).toBeGreaterThan(1.2);
  });

  it('behaves like players of a viral quiz', () => {
    const result = simulateCascade(options({ players: 20_000, k: 0.7 }));
    const players = result.players;
    const completers = players.filter((p) => p.completedAt !== null).length;
    const shares = players.flatMap((p) => p.shares);
    const previewedShares = shares.filter((s) => !simChannelsWithoutPreview.has(s.channel)).length;
    const fetches = players.reduce((sum, p) => sum + p.crawlerFetches.length, 0);
    const clicks = players.flatMap((p) => p.clicks);
    const named = players.filter((p) => p.name !== '').length;
    expect(completers / players.length).toBeGreaterThan(0.7);
    expect(completers / players.length).toBeLessThan(0.85);
    expect(shares.filter((s) => s.isConfirmed).length / shares.length).toBeGreaterThan(0.25);
    expect(shares.filter((s) => s.isConfirmed).length / shares.length).toBeLessThan(0.35);
    expect(fetches / previewedShares).toBeGreaterThan(1.5); // 1–3 per share, ~2
    expect(fetches / previewedShares).toBeLessThanOrEqual(3);
    expect(clicks.filter((c) => c.converted).length / clicks.length).toBeGreaterThan(0.25);
    expect(clicks.filter((c) => c.converted).length / clicks.length).toBeLessThan(0.35);
    expect(named / players.length).toBeGreaterThan(0.7);
    expect(named / players.length).toBeLessThan(0.9);
    expect(result.views.length / players.length).toBeCloseTo(2.5, 2);
    // every result and every channel of the mix turns up
    expect(new Set(players.map((p) => p.outcome)).size).toBe(4);
    expect(new Set(shares.map((s) => s.channel))).toEqual(new Set(Object.keys(channelMix)));
  });

  it('has views sorted by time, at least one per player', () => {
    const result = simulateCascade(options({ players: 3000 }));
    expect(result.views.length).toBeGreaterThanOrEqual(result.players.length);
    for (let i = 1; i < result.views.length; i++) expect(result.views[i]?.at ?? 0).toBeGreaterThanOrEqual(result.views[i - 1]?.at ?? 0);
  });

  it('gives nothing for no players, and refuses impossible options', () => {
    expect(simulateCascade(options({ players: 0 }))).toEqual({ players: [], views: [] });
    expect(() => simulateCascade(options({ players: -1 }))).toThrow(RangeError);
    expect(() => simulateCascade(options({ players: 1.5 }))).toThrow(RangeError);
    expect(() => simulateCascade(options({ days: 0 }))).toThrow(RangeError);
    expect(() => simulateCascade(options({ medianCycleMinutes: 0 }))).toThrow(RangeError);
  });
});

describe('countSimEvents', () => {
  it('counts views, starts, completions, shares, clicks and crawler fetches', () => {
    const result: CascadeResult = {
      players: [
        {
          parent: null,
          channel: null,
          source: 'direct',
          startedAt: 1,
          completedAt: 2,
          outcome: 0,
          name: 'Ana',
          shares: [{ channel: 'x', at: 3, isConfirmed: false }],
          clicks: [
            { channel: 'x', at: 4, converted: true },
            { channel: 'x', at: 5, converted: false },
          ],
          crawlerFetches: [{ channel: 'x', at: 3 }],
        },
        { parent: 0, channel: 'x', source: 'direct', startedAt: 6, completedAt: null, outcome: 0, name: '', shares: [], clicks: [], crawlerFetches: [] },
      ],
      views: [
        { at: 1, source: 'direct' },
        { at: 6, source: 'direct' },
        { at: 7, source: 'direct' },
      ],
    };
    // 3 views + 2 starts + 1 completion + 1 share + 2 clicks + 1 fetch
    expect(countSimEvents(result)).toBe(10);
    expect(countSimEvents({ players: [], views: [] })).toBe(0);
  });

  it('comes to about ten events per player, as the benchmark expects', () => {
    const perPlayer = countSimEvents(simulateCascade(options({ players: 5000, k: 0.8 }))) / 5000;
    expect(perPlayer).toBeGreaterThan(6);
    expect(perPlayer).toBeLessThan(12);
  });
});
