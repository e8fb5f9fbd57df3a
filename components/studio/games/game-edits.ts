import { maxSegments } from '@/lib/games/checks';
import type { GameDraft } from '@/lib/games/game-schema';
import { createItemId, moveItem, removeAt, replaceAt } from '../content/draft-edits';

export { maxSegments, minSegments } from '@/lib/games/checks';

/**
 * Changes to a game draft, as functions of the draft (for updateDraft): each keeps the draft coherent, so a prize
 * removed leaves no segment, pool or tier pointing at it.
 */

export type WheelDraft = Extract<GameDraft, { kind: 'wheel' }>;
export type ScratchDraft = Extract<GameDraft, { kind: 'scratch' }>;
export type DraftPrize = GameDraft['prizes'][number];
export type DraftSegment = WheelDraft['segments'][number];
export type DraftTier = GameDraft['shareToPlayAgain']['tiers'][number];

export const maxPrizes = 20;
export const maxTiers = 5;

/** Colors offered to a new segment in turn: the brand's accent, then colors that sit well beside it. */
const segmentPalette = ['#f59e0b', '#10b981', '#3b82f6', '#ef4444', '#8b5cf6', '#ec4899', '#14b8a6', '#f97316'];

export function changePrize(index: number, change: (prize: DraftPrize) => DraftPrize) {
  return (d: GameDraft): GameDraft => ({ ...d, prizes: replaceAt(d.prizes, index, change) });
}

export function changeSegment(index: number, change: (segment: DraftSegment) => DraftSegment) {
  return (d: GameDraft): GameDraft => (d.kind === 'wheel' ? { ...d, segments: replaceAt(d.segments, index, change) } : d);
}

export function changeTier(index: number, change: (tier: DraftTier) => DraftTier) {
  return (d: GameDraft): GameDraft => ({ ...d, shareToPlayAgain: { ...d.shareToPlayAgain, tiers: replaceAt(d.shareToPlayAgain.tiers, index, change) } });
}

/** A new prize, in everyone's pool, with odds of 10 and no limit; a wheel gets a segment for it too. */
export function addPrize(id: string, segmentId: string) {
  return (d: GameDraft): GameDraft => {
    const prize: DraftPrize = { id, title: '', description: '', odds: 10, stockTotal: null, stockPerDay: null, codes: 'none' };
    const next = { ...d, prizes: [...d.prizes, prize], prizePool: [...d.prizePool, id] };
    if (next.kind !== 'wheel' || next.segments.length >= maxSegments) return next;
    return { ...next, segments: [...next.segments, { id: segmentId, label: '', color: pickSegmentColor(next.segments.length, d.brand.primary), prizeId: id }] };
  };
}

/** Removes a prize: its id leaves the pools and tiers, and the wheel's segments that showed it become "try again". */
export function removePrize(index: number) {
  return (d: GameDraft): GameDraft => {
    const id = d.prizes[index]?.id;
    const without = { ...d, prizes: removeAt(d.prizes, index), prizePool: d.prizePool.filter((p) => p !== id) };
    const tiers = d.shareToPlayAgain.tiers.map((tier) => ({ ...tier, prizePool: tier.prizePool.filter((p) => p !== id) }));
    const shared = { ...without, shareToPlayAgain: { ...d.shareToPlayAgain, tiers } };
    return shared.kind === 'wheel' ? { ...shared, segments: shared.segments.map((s) => (s.prizeId === id ? { ...s, prizeId: null } : s)) } : shared;
  };
}

/** Puts a prize in everyone's pool or takes it out (a prize only a tier unlocks is out of it). */
export function setInBasePool(prizeId: string, isIn: boolean) {
  return (d: GameDraft): GameDraft => ({ ...d, prizePool: isIn ? [...new Set([...d.prizePool, prizeId])] : d.prizePool.filter((p) => p !== prizeId) });
}

export function addSegment(id: string) {
  return (d: GameDraft): GameDraft => (d.kind === 'wheel' && d.segments.length < maxSegments ? { ...d, segments: [...d.segments, { id, label: '', color: pickSegmentColor(d.segments.length, d.brand.primary), prizeId: null }] } : d);
}

export function removeSegment(index: number) {
  return (d: GameDraft): GameDraft => (d.kind === 'wheel' ? { ...d, segments: removeAt(d.segments, index) } : d);
}

export function moveSegment(from: number, to: number) {
  return (d: GameDraft): GameDraft => (d.kind === 'wheel' ? { ...d, segments: moveItem(d.segments, from, to) } : d);
}

/** A new tier: one more friend than the last one, unlocking nothing yet. */
export function addTier() {
  return (d: GameDraft): GameDraft => {
    const tiers = d.shareToPlayAgain.tiers;
    const friends = Math.min(1000, (tiers[tiers.length - 1]?.friends ?? 1) + (tiers.length === 0 ? 2 : 1));
    return { ...d, shareToPlayAgain: { ...d.shareToPlayAgain, tiers: [...tiers, { friends, prizePool: [] }] } };
  };
}

export function removeTier(index: number) {
  return (d: GameDraft): GameDraft => ({ ...d, shareToPlayAgain: { ...d.shareToPlayAgain, tiers: removeAt(d.shareToPlayAgain.tiers, index) } });
}

function pickSegmentColor(index: number, primary: string): string {
  return index % 2 === 0 ? primary : (segmentPalette[index % segmentPalette.length] ?? primary);
}

/** An id for a new item that none of `taken` has. */
export function newGameItemId(prefix: string, taken: Iterable<string>): string {
  return createItemId(prefix, taken);
}
