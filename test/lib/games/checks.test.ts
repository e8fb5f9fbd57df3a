import { describe, expect, it } from 'vitest';
import { formatChance, listPrizeChances } from '@/lib/games/chances';
import { findGameCardOverflows, listGameImagePaths, maxWheelLabelChars, runGameChecks, type GameCheckContext, type GameCheckResult } from '@/lib/games/checks';
import { gameDefinitionSchema, parseGameDraft, type GameDraft } from '@/lib/games/game-schema';
import { gameTemplates } from '@/lib/templates';

type Wheel = Extract<GameDraft, { kind: 'wheel' }>;
type Scratch = Extract<GameDraft, { kind: 'scratch' }>;

function template(id: string): GameDraft {
  const found = gameTemplates.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  const parsed = parseGameDraft(structuredClone(found.definition));
  if (!parsed.ok) throw new Error(`template ${id} is not a draft`);
  return parsed.draft;
}

const wheel = () => template('wheel-coffee-treat') as Wheel;
const scratch = () => template('scratch-perfume-ar') as Scratch;
const context: GameCheckContext = { hasAsset: () => true, freeCodes: () => 0 };

/** The findings of one check, as "code@path". */
function findingsOf(checks: GameCheckResult[], id: GameCheckResult['id']): string[] {
  return checks.find((c) => c.id === id)?.findings.map((f) => `${f.code}@${f.path}`) ?? [];
}
function statusOf(checks: GameCheckResult[], id: GameCheckResult['id']) {
  return checks.find((c) => c.id === id)?.status;
}

describe('the game templates', () => {
  it('include a wheel in English and a scratch card in Arabic', () => {
    const pairs = gameTemplates.map((t) => `${t.definition.kind}:${t.definition.locale}`);
    expect(pairs).toContain('wheel:en');
    expect(pairs).toContain('scratch:ar');
    expect(new Set(gameTemplates.map((t) => t.id)).size).toBe(gameTemplates.length);
  });

  it.each(gameTemplates.map((t) => ({ id: t.id, definition: t.definition })))('$id is a complete game that passes every check', ({ definition }) => {
    expect(gameDefinitionSchema.parse(definition)).toEqual(definition);
    const checks = runGameChecks(definition, context);
    expect(checks.filter((c) => c.status === 'fail' || c.status === 'warn').map((c) => `${c.id}: ${c.findings.map((f) => f.code).join(', ')}`)).toEqual([]);
  });
});

describe('runGameChecks', () => {
  it.each<{ label: string; game: () => GameDraft; check: GameCheckResult['id']; findings: string[]; status: string }>([
    { label: 'three segments', game: () => ({ ...wheel(), segments: wheel().segments.slice(0, 3) }), check: 'segments', findings: ['segment_count@segments', 'prize_no_segment@prizes.1', 'prize_no_segment@prizes.3'], status: 'fail' },
    {
      label: 'thirteen segments',
      game: () => ({ ...wheel(), segments: [...wheel().segments, ...wheel().segments.slice(0, 5).map((s) => ({ ...s, id: `${s.id}-b` }))] }),
      check: 'segments',
      findings: ['segment_count@segments'],
      status: 'fail',
    },
    { label: 'a segment giving a deleted prize', game: () => ({ ...wheel(), segments: wheel().segments.map((s, i) => (i === 0 ? { ...s, prizeId: 'yacht' } : s)) }), check: 'segments', findings: ['segment_prize_missing@segments.0.prizeId', 'prize_no_segment@prizes.0'], status: 'fail' },
    { label: '“try again” with odds but no segment', game: () => ({ ...wheel(), segments: wheel().segments.map((s) => (s.prizeId === null ? { ...s, prizeId: 'off-10' } : s)) }), check: 'segments', findings: ['try_again_no_segment@tryAgain'], status: 'fail' },
    { label: 'a label too long for the wheel', game: () => ({ ...wheel(), segments: wheel().segments.map((s, i) => (i === 2 ? { ...s, label: 'Ten percent off everything' } : s)) }), check: 'segments', findings: ['segment_label_long@segments.2.label'], status: 'warn' },
    { label: 'a pool naming a prize that does not exist', game: () => ({ ...wheel(), prizePool: [...wheel().prizePool, 'yacht'] }), check: 'prizes', findings: ['pool_prize_missing@prizePool.3'], status: 'fail' },
    { label: 'a tier naming a prize that does not exist', game: () => ({ ...wheel(), shareToPlayAgain: { ...wheel().shareToPlayAgain, tiers: [{ friends: 3, prizePool: ['beans', 'yacht'] }] } }), check: 'prizes', findings: ['pool_prize_missing@shareToPlayAgain.tiers.0.prizePool.1'], status: 'fail' },
    { label: 'a prize in no pool', game: () => ({ ...wheel(), prizePool: ['coffee', 'off-10'] }), check: 'prizes', findings: ['prize_unreachable@prizes.1'], status: 'fail' },
    { label: 'a tier prize while sharing is off', game: () => ({ ...wheel(), shareToPlayAgain: { ...wheel().shareToPlayAgain, isEnabled: false } }), check: 'prizes', findings: ['prize_unreachable@prizes.3'], status: 'fail' },
    { label: 'odds that add up to 0', game: () => ({ ...scratch(), prizes: scratch().prizes.map((p) => ({ ...p, odds: 0 })), tryAgain: { ...scratch().tryAgain, odds: 0 } }), check: 'odds', findings: ['odds_zero@tryAgain.odds', 'prize_odds_zero@prizes.0.odds', 'prize_odds_zero@prizes.1.odds', 'prize_odds_zero@prizes.2.odds'], status: 'fail' },
    { label: 'one prize with odds 0', game: () => ({ ...scratch(), prizes: scratch().prizes.map((p, i) => (i === 1 ? { ...p, odds: 0 } : p)) }), check: 'odds', findings: ['prize_odds_zero@prizes.1.odds'], status: 'warn' },
    { label: 'more per day than in all', game: () => ({ ...scratch(), prizes: scratch().prizes.map((p, i) => (i === 0 ? { ...p, stockTotal: 10, stockPerDay: 20 } : p)) }), check: 'stock', findings: ['per_day_over_total@prizes.0.stockPerDay'], status: 'fail' },
    { label: 'a stock of 0', game: () => ({ ...scratch(), prizes: scratch().prizes.map((p, i) => (i === 1 ? { ...p, stockTotal: 0, stockPerDay: null } : p)) }), check: 'stock', findings: ['stock_zero@prizes.1.stockTotal'], status: 'warn' },
    { label: 'imported codes, none left', game: () => ({ ...scratch(), prizes: scratch().prizes.map((p, i) => (i === 1 ? { ...p, codes: 'imported' as const } : p)) }), check: 'stock', findings: ['codes_missing@prizes.1.codes'], status: 'fail' },
    { label: 'lead capture without a consent text', game: () => ({ ...scratch(), leadCapture: { isEnabled: true, consentText: '  ' } }), check: 'leads', findings: ['consent_missing@leadCapture.consentText'], status: 'fail' },
    { label: 'a prize with no picture', game: () => ({ ...scratch(), prizes: scratch().prizes.map((p, i) => (i === 2 ? { ...p, emoji: undefined } : p)) }), check: 'images', findings: ['no_picture@prizes.2.emoji'], status: 'warn' },
    { label: 'a prize image without alt text', game: () => ({ ...scratch(), prizes: scratch().prizes.map((p, i) => (i === 0 ? { ...p, image: '/uploads/prize.png' } : p)) }), check: 'images', findings: ['alt_missing@prizes.0.imageAlt'], status: 'fail' },
  ])('$label → $check $status', ({ game, check, findings, status }) => {
    const checks = runGameChecks(game(), context);
    expect(findingsOf(checks, check)).toEqual(findings);
    expect(statusOf(checks, check)).toBe(status);
  });

  it('passes a prize with imported codes when codes are left, and warns when there are fewer than its stock', () => {
    const game = { ...scratch(), prizes: scratch().prizes.map((p, i) => (i === 1 ? { ...p, codes: 'imported' as const, stockTotal: 200 } : p)) };
    const enough = runGameChecks(game, { ...context, freeCodes: (id) => (id === 'ayyina' ? 200 : 0) });
    expect(statusOf(enough, 'stock')).toBe('pass');
    const fewer = runGameChecks(game, { ...context, freeCodes: (id) => (id === 'ayyina' ? 12 : 0) });
    expect(fewer.find((c) => c.id === 'stock')?.findings).toEqual([{ code: 'codes_fewer', severity: 'warn', path: 'prizes.1.codes', values: { prize: 'عيّنة عطر مجانية', codes: 12, stock: 200 } }]);
  });

  it('accepts imported codes with no codes when the stock is 0 (the prize is switched off)', () => {
    const game = { ...scratch(), prizes: scratch().prizes.map((p, i) => (i === 1 ? { ...p, codes: 'imported' as const, stockTotal: 0, stockPerDay: null } : p)) };
    expect(findingsOf(runGameChecks(game, context), 'stock')).toEqual(['stock_zero@prizes.1.stockTotal']);
  });

  it('skips the segments check for a scratch card, and reports a missing image file', () => {
    const game: Scratch = { ...scratch(), card: { ...scratch().card, coverImage: '/uploads/cover.webp', coverImageAlt: 'Gold foil' } };
    const checks = runGameChecks(game, { ...context, hasAsset: (path) => path !== '/uploads/cover.webp' });
    expect(statusOf(checks, 'segments')).toBe('skip');
    expect(findingsOf(checks, 'images')).toEqual(['image_missing@card.coverImage']);
    expect(listGameImagePaths(game)).toEqual(['/uploads/cover.webp']);
  });

  it('lists strict issues under "complete" once, leaving the ones a check words better to it', () => {
    const game = { ...wheel(), title: '', segments: wheel().segments.slice(0, 3) };
    const checks = runGameChecks(game, context);
    expect(findingsOf(checks, 'complete')).toEqual(['invalid_field@title']);
    expect(findingsOf(checks, 'segments')).toContain('segment_count@segments');
  });

  it('finds a prize title cut on the card, and passes short ones', () => {
    const long = 'A weekend for two at our seaside cottage with breakfast, dinner, a boat trip and a guided walk along the cliffs every morning';
    const game = { ...wheel(), prizes: wheel().prizes.map((p, i) => (i === 0 ? { ...p, title: long.slice(0, 80) } : p)) };
    const findings = findGameCardOverflows(game);
    expect(findings.some((f) => f.path === 'prizes.0.title' && (f.code === 'title_cut' || f.code === 'title_small'))).toBe(true);
    expect(findings.filter((f) => f.path !== 'prizes.0.title')).toEqual([]);
    expect(findGameCardOverflows(wheel())).toEqual([]);
  });

  it('keeps the wheel label limit readable', () => {
    expect(maxWheelLabelChars).toBeGreaterThanOrEqual(10);
  });
});

describe('listPrizeChances', () => {
  it('gives each outcome its share of the odds in everyone’s pool, and the tier pools add theirs', () => {
    // Everyone: coffee 10, pastry 15, off-10 25, try again 48 → of 98. With 3 friends, beans 2 joins → of 100.
    const { pools, rows } = listPrizeChances(wheel());
    expect(pools).toEqual([
      { friends: 0, prizeIds: ['coffee', 'pastry', 'off-10'] },
      { friends: 3, prizeIds: ['coffee', 'pastry', 'off-10', 'beans'] },
    ]);
    const chance = (id: string) => rows.find((r) => r.id === id)?.chances;
    expect(chance('coffee')?.[0]).toBeCloseTo(10 / 98, 12);
    expect(chance('coffee')?.[1]).toBeCloseTo(10 / 100, 12);
    expect(chance('beans')).toEqual([null, 0.02]);
    expect(chance('try-again')?.[0]).toBeCloseTo(48 / 98, 12);
    for (const pool of [0, 1]) expect(rows.reduce((sum, r) => sum + (r.chances[pool] ?? 0), 0)).toBeCloseTo(1, 12);
    expect(rows.map((r) => r.id)).toEqual(['coffee', 'pastry', 'off-10', 'beans', 'try-again']);
  });

  it('ignores tiers while sharing is off, and gives "try again" everything when nothing else has odds', () => {
    const off = listPrizeChances({ ...wheel(), shareToPlayAgain: { ...wheel().shareToPlayAgain, isEnabled: false } });
    expect(off.pools).toHaveLength(1);
    const nothing = listPrizeChances({ prizes: [{ id: 'a', odds: 0 }], tryAgain: { odds: 0 }, prizePool: ['a'], shareToPlayAgain: { isEnabled: false, tiers: [] } });
    expect(nothing.rows.map((r) => r.chances[0])).toEqual([0, 1]);
  });

  it.each([
    { p: 0, text: '0' },
    { p: 1, text: '100' },
    { p: 0.5, text: '50' },
    { p: 0.1234, text: '12.3' },
    { p: 0.0004, text: '<0.1' },
    { p: 0.9996, text: '>99.9' },
  ])('formatChance($p) → $text', ({ p, text }) => {
    expect(formatChance(p)).toBe(text);
  });
});
