import { describe, expect, it } from 'vitest';
import { demoGames } from '@/db/demo-games';
import { toPlayableGame } from '@/lib/games/playable-game';

describe('toPlayableGame', () => {
  it.each(demoGames.map((g) => ({ slug: g.slug, definition: g.definition })))('$slug gives the browser no odds, stock or codes', ({ definition }) => {
    const playable = JSON.stringify(toPlayableGame(definition));
    for (const secret of ['odds', 'stockTotal', 'stockPerDay', 'codePrefix', '"codes"', 'prizeId', 'prizePool']) expect(playable).not.toContain(secret);
  });

  it('lists the base pool’s prizes, and the tier prizes with the friends that unlock them', () => {
    const wheel = demoGames.find((g) => g.slug === 'spin-to-win')?.definition;
    if (!wheel) throw new Error('no demo wheel');
    const playable = toPlayableGame(wheel);
    expect(playable.prizes.map((p) => p.id)).toEqual(['off-20', 'free-shipping', 'bottle']);
    expect(playable.tiers).toEqual([{ friends: 3, prizes: [expect.objectContaining({ id: 'tent', title: 'A two-person tent' })] }]);
    expect(playable.segments).toHaveLength(8);
    expect(playable.consentText).toBe(wheel.leadCapture.consentText);
    expect(playable.card).toBeNull();
  });

  it('shows no tier while sharing is off, and no consent text without a lead form', () => {
    const scratch = demoGames.find((g) => g.slug === 'imsah-wa-irbah')?.definition;
    if (!scratch) throw new Error('no demo scratch card');
    const playable = toPlayableGame({ ...scratch, shareToPlayAgain: { ...scratch.shareToPlayAgain, isEnabled: false } });
    expect(playable.tiers).toEqual([]);
    expect(playable.consentText).toBeNull();
    expect(playable.card).toMatchObject({ coverColor: '#c9a227', coverText: 'امسح هنا', revealThresholdPercent: 50 });
  });
});
