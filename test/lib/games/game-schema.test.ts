import { describe, expect, it } from 'vitest';
import { demoGames } from '@/db/demo-games';
import { describeGameOutcome, gameDefinitionSchema, parseGameDefinition, parseGameDraft, type GameDefinition, type WheelDefinition } from '@/lib/games/game-schema';
import { buildLeadsCsv, normalizeLeadEmail } from '@/lib/games/leads';

const wheel = demoGames.find((g) => g.slug === 'spin-to-win')?.definition as WheelDefinition;

/** The demo wheel with a change; the issues' paths, or [] when it is valid. */
function issuesOf(change: (game: WheelDefinition) => unknown): string[] {
  const parsed = parseGameDefinition(change(structuredClone(wheel)));
  return parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('the demo games', () => {
  it.each(demoGames.map((g) => ({ slug: g.slug, definition: g.definition })))('$slug is a valid game, with every default written out', ({ definition }) => {
    const parsed = gameDefinitionSchema.parse(definition);
    expect(parsed).toEqual(definition);
  });

  it('are a wheel in English and a scratch card in Arabic, with limited stock and share-to-play-again', () => {
    expect(demoGames.map((g) => [g.definition.kind, g.definition.locale])).toEqual([
      ['wheel', 'en'],
      ['scratch', 'ar'],
    ]);
    for (const { definition } of demoGames) {
      expect(definition.prizes.some((p) => p.stockTotal !== null && p.stockPerDay !== null)).toBe(true);
      expect(definition.shareToPlayAgain.isEnabled).toBe(true);
    }
  });
});

describe('game definition rules', () => {
  it.each([
    { label: 'a prize in no pool', change: (g: WheelDefinition) => ({ ...g, prizePool: ['off-20', 'free-shipping'] }), issue: /prizes\.2\.id: prize "bottle" is in no prize pool/ },
    { label: 'a pool naming an unknown prize', change: (g: WheelDefinition) => ({ ...g, prizePool: [...g.prizePool, 'yacht'] }), issue: /prizePool\.3: unknown prize "yacht"/ },
    { label: 'a prize that can be won without a segment', change: (g: WheelDefinition) => ({ ...g, segments: g.segments.map((s) => (s.prizeId === 'bottle' ? { ...s, prizeId: null } : s)) }), issue: /segments: prize "bottle" can be won but has no segment/ },
    { label: '“try again” odds without a segment', change: (g: WheelDefinition) => ({ ...g, segments: g.segments.map((s) => (s.prizeId === null ? { ...s, prizeId: 'off-20' } : s)) }), issue: /segments: “try again” can come out/ },
    { label: 'a segment with an unknown prize', change: (g: WheelDefinition) => ({ ...g, segments: g.segments.map((s, i) => (i === 0 ? { ...s, prizeId: 'yacht' } : s)) }), issue: /segments\.0\.prizeId: unknown prize/ },
    { label: 'three segments', change: (g: WheelDefinition) => ({ ...g, segments: g.segments.slice(0, 3) }), issue: /^segments: / },
    { label: 'thirteen segments', change: (g: WheelDefinition) => ({ ...g, segments: [...g.segments, ...g.segments.slice(0, 5).map((s) => ({ ...s, id: `${s.id}b` }))] }), issue: /^segments: / },
    { label: 'negative odds', change: (g: WheelDefinition) => ({ ...g, prizes: g.prizes.map((p, i) => (i === 0 ? { ...p, odds: -1 } : p)) }), issue: /prizes\.0\.odds: odds cannot be negative/ },
    { label: 'a stock that is not whole', change: (g: WheelDefinition) => ({ ...g, prizes: g.prizes.map((p, i) => (i === 0 ? { ...p, stockTotal: 2.5 } : p)) }), issue: /prizes\.0\.stockTotal/ },
    { label: 'the reserved id "try-again"', change: (g: WheelDefinition) => ({ ...g, prizes: g.prizes.map((p, i) => (i === 0 ? { ...p, id: 'try-again' } : p)) }), issue: /prizes\.0\.id: "try-again" is reserved/ },
    { label: 'tiers out of order', change: (g: WheelDefinition) => ({ ...g, shareToPlayAgain: { ...g.shareToPlayAgain, tiers: [{ friends: 3, prizePool: ['tent'] }, { friends: 2, prizePool: ['bottle'] }] } }), issue: /tiers\.1\.friends: each tier needs more friends/ },
    { label: 'lead capture without consent text', change: (g: WheelDefinition) => ({ ...g, leadCapture: { isEnabled: true, consentText: '  ' } }), issue: /leadCapture\.consentText/ },
    { label: 'no odds anywhere', change: (g: WheelDefinition) => ({ ...g, prizes: g.prizes.map((p) => ({ ...p, odds: 0 })), tryAgain: { ...g.tryAgain, odds: 0 } }), issue: /tryAgain\.odds: give a prize/ },
    { label: '21 plays per player', change: (g: WheelDefinition) => ({ ...g, playsPerPlayer: 21 }), issue: /playsPerPlayer/ },
    { label: 'a lowercase code prefix', change: (g: WheelDefinition) => ({ ...g, prizes: g.prizes.map((p, i) => (i === 0 ? { ...p, codePrefix: 'way' } : p)) }), issue: /prizes\.0\.codePrefix/ },
  ])('refuses $label', ({ change, issue }) => {
    expect(issuesOf(change).join('\n')).toMatch(issue);
  });

  it('a tier prize is unreachable while sharing is off', () => {
    expect(issuesOf((g) => ({ ...g, shareToPlayAgain: { ...g.shareToPlayAgain, isEnabled: false } })).join('\n')).toMatch(/prize "tent" is in no prize pool/);
  });

  it('fills the defaults of a short scratch card', () => {
    const parsed = parseGameDefinition({
      kind: 'scratch',
      locale: 'en',
      title: 'Scratch',
      brand: { name: 'B', primary: '#000000', background: '#ffffff', text: '#111111' },
      prizes: [{ id: 'mug', title: 'A mug', odds: 1 }],
      tryAgain: { title: 'Next time', odds: 9 },
      prizePool: ['mug'],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const game = parsed.game as Extract<GameDefinition, { kind: 'scratch' }>;
    expect(game.card).toEqual({ coverColor: '#b8b8b8', coverText: '', revealArea: { x: 10, y: 25, width: 80, height: 50 }, revealThresholdPercent: 50 });
    expect(game.playsPerPlayer).toBe(1);
    expect(game.shareToPlayAgain).toEqual({ isEnabled: false, extraPlaysPerFriend: 1, maxExtraPlays: 3, maxExtraPlaysPerDay: 3, tiers: [] });
    expect(game.leadCapture).toEqual({ isEnabled: false, consentText: '' });
    expect(game.prizes[0]).toMatchObject({ stockTotal: null, stockPerDay: null, codes: 'none' });
  });

  it('keeps a scratch card’s reveal area inside the card', () => {
    const scratch = demoGames.find((g) => g.definition.kind === 'scratch')?.definition;
    const parsed = parseGameDefinition({ ...scratch, card: { revealArea: { x: 50, y: 0, width: 60, height: 20 } } });
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.path)).toEqual(['card.revealArea']);
  });

  it('lets a half-written draft be saved, but not a broken structure', () => {
    expect(parseGameDraft({ ...wheel, title: '', segments: [], prizes: [{ ...wheel.prizes[0], title: '' }], prizePool: [] }).ok).toBe(true);
    expect(parseGameDraft({ ...wheel, segments: 'many' }).ok).toBe(false);
    expect(parseGameDraft({ ...wheel, kind: 'poll' }).ok).toBe(false);
  });
});

describe('describeGameOutcome', () => {
  it('names a prize, "try again", or nothing for an unknown id', () => {
    expect(describeGameOutcome(wheel, 'tent')).toMatchObject({ isWin: true, title: 'A two-person tent', emoji: '⛺' });
    expect(describeGameOutcome(wheel, 'try-again')).toMatchObject({ isWin: false, title: 'So close!' });
    expect(describeGameOutcome(wheel, 'yacht')).toBeUndefined();
  });
});

describe('leads', () => {
  it.each([
    { raw: ' Sara.K@Example.COM ', email: 'Sara.K@example.com' },
    { raw: 'no-at-sign', email: null },
    { raw: 'a@b', email: null },
    { raw: `${'a'.repeat(250)}@example.com`, email: null },
    { raw: '<script>@x.com', email: null },
  ])('$raw → $email', ({ raw, email }) => {
    expect(normalizeLeadEmail(raw)).toBe(email);
  });

  it('the CSV holds the exact consent text and guards against formulas', () => {
    const csv = buildLeadsCsv([{ email: 'sara@example.com', consentText: 'Send me news, "now".', createdAt: Date.UTC(2026, 0, 1), playerNumber: 7, playerName: '=cmd', prizes: ['20% off', 'Tent'] }]);
    expect(csv).toBe('email,consent_text,created_at,player_number,player_name,prizes_won\r\nsara@example.com,"Send me news, ""now"".",2026-01-01T00:00:00.000Z,7,\'=cmd,20% off | Tent\r\n');
  });
});
