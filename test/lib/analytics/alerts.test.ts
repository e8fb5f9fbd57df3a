import { describe, expect, it } from 'vitest';
import { alertMinPlayers, burstMinCount, burstMinRatio, detectAlerts, isBurst, type Burst, type PeriodFigures } from '@/lib/analytics/alerts';

const now = Date.UTC(2025, 5, 15, 12);
const quiet: PeriodFigures = { k: 0.5, shareRate: 0.3, players: 200 };

function kinds(input: { current?: Partial<PeriodFigures>; previous?: Partial<PeriodFigures>; bursts?: Burst[] }) {
  return detectAlerts({ quizId: 'q1', now, current: { ...quiet, ...input.current }, previous: { ...quiet, ...input.previous }, bursts: input.bursts ?? [] }).map((a) => a.kind);
}

describe('the thresholds', () => {
  it('are the documented ones', () => {
    expect({ alertMinPlayers, burstMinCount, burstMinRatio }).toEqual({ alertMinPlayers: 20, burstMinCount: 20, burstMinRatio: 10 });
  });
});

describe('going_viral', () => {
  it.each([
    { label: 'K crosses 1', current: { k: 1.2 }, previous: { k: 0.8 }, viral: true },
    { label: 'K reaches exactly 1', current: { k: 1 }, previous: { k: 0.99 }, viral: true },
    { label: 'K stays below 1', current: { k: 0.99 }, previous: { k: 0.5 }, viral: false },
    { label: 'K was already above 1: no news', current: { k: 1.5 }, previous: { k: 1.1 }, viral: false },
    { label: 'K falls below 1', current: { k: 0.7 }, previous: { k: 1.3 }, viral: false },
    { label: 'too few players now: noise', current: { k: 1.5, players: 19 }, previous: { k: 0.5 }, viral: false },
    { label: 'just enough players now', current: { k: 1.5, players: 20 }, previous: { k: 0.5, players: 0 }, viral: true },
  ])('$label', ({ current, previous, viral }) => {
    expect(kinds({ current, previous }).includes('going_viral')).toBe(viral);
  });

  it('carries K now and before, dated now, for the quiz', () => {
    const alerts = detectAlerts({ quizId: 'q7', now, current: { k: 1.25, shareRate: 0.3, players: 80 }, previous: { k: 0.75, shareRate: 0.3, players: 60 }, bursts: [] });
    expect(alerts).toEqual([{ kind: 'going_viral', figures: { k: 1.25, previousK: 0.75 }, quizId: 'q7', at: now }]);
  });
});

describe('share_rate_halved', () => {
  it.each([
    { label: 'from 30% to 15%: exactly half', current: { shareRate: 0.15 }, previous: { shareRate: 0.3 }, halved: true },
    { label: 'from 30% to 10%', current: { shareRate: 0.1 }, previous: { shareRate: 0.3 }, halved: true },
    { label: 'from 30% to nothing', current: { shareRate: 0 }, previous: { shareRate: 0.3 }, halved: true },
    { label: 'from 30% to 16%: not quite', current: { shareRate: 0.16 }, previous: { shareRate: 0.3 }, halved: false },
    { label: 'nobody shared before either', current: { shareRate: 0 }, previous: { shareRate: 0 }, halved: false },
    { label: 'rising', current: { shareRate: 0.4 }, previous: { shareRate: 0.2 }, halved: false },
    { label: 'too few players now', current: { shareRate: 0.05, players: 19 }, previous: { shareRate: 0.3 }, halved: false },
    { label: 'too few players before', current: { shareRate: 0.05 }, previous: { shareRate: 0.3, players: 19 }, halved: false },
    { label: 'just enough players on both sides', current: { shareRate: 0.05, players: 20 }, previous: { shareRate: 0.3, players: 20 }, halved: true },
  ])('$label', ({ current, previous, halved }) => {
    expect(kinds({ current, previous }).includes('share_rate_halved')).toBe(halved);
  });

  it('carries both share rates', () => {
    const [alert] = detectAlerts({ quizId: 'q1', now, current: { ...quiet, shareRate: 0.1 }, previous: quiet, bursts: [] });
    expect(alert?.figures).toEqual({ shareRate: 0.1, previousShareRate: 0.3 });
  });
});

describe('bursts', () => {
  const burst = (partial: Partial<Burst>): Burst => ({ kind: 'click', count: 50, windowMinutes: 10, baselinePerWindow: 1, playerLabel: 'Ana', channel: 'whatsapp', ...partial });

  it.each([
    { label: '50 clicks where 1 is usual', burst: burst({}), alert: 'click_burst' },
    { label: 'exactly 20 clicks, ten times the usual 2', burst: burst({ count: 20, baselinePerWindow: 2 }), alert: 'click_burst' },
    { label: '19 clicks from nothing: a busy group chat', burst: burst({ count: 19, baselinePerWindow: 0 }), alert: null },
    { label: '20 from nothing', burst: burst({ count: 20, baselinePerWindow: 0 }), alert: 'click_burst' },
    { label: '90 clicks where 10 are usual: only 9 times', burst: burst({ count: 90, baselinePerWindow: 10 }), alert: null },
    { label: '100 where 10 are usual', burst: burst({ count: 100, baselinePerWindow: 10 }), alert: 'click_burst' },
    { label: 'crawler fetches', burst: burst({ kind: 'crawler', count: 40, baselinePerWindow: 0.5 }), alert: 'crawler_burst' },
    { label: 'a few crawler fetches', burst: burst({ kind: 'crawler', count: 3, baselinePerWindow: 0 }), alert: null },
  ])('$label', ({ burst: b, alert }) => {
    expect(kinds({ bursts: [b] })).toEqual(alert === null ? [] : [alert]);
    expect(isBurst(b)).toBe(alert !== null);
  });

  it('carries the count, window, player and channel', () => {
    const [alert] = detectAlerts({ quizId: 'q1', now, current: quiet, previous: quiet, bursts: [burst({ kind: 'crawler', count: 33, windowMinutes: 5, playerLabel: 'Player #12', channel: 'x' })] });
    expect(alert).toEqual({ kind: 'crawler_burst', figures: { count: 33, windowMinutes: 5, playerLabel: 'Player #12', channel: 'x' }, quizId: 'q1', at: now });
  });

  it('lists the loop alerts first, then the bursts as given', () => {
    expect(kinds({ current: { k: 1.1, shareRate: 0.1 }, previous: { k: 0.9, shareRate: 0.3 }, bursts: [burst({ kind: 'crawler' }), burst({ count: 1 }), burst({})] })).toEqual([
      'going_viral',
      'share_rate_halved',
      'crawler_burst',
      'click_burst',
    ]);
  });

  it('raises nothing in a quiet period', () => {
    expect(kinds({})).toEqual([]);
  });
});
