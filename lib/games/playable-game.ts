import type { Brand, Locale } from '../quiz-schema';
import type { ShareChannel } from '../share';
import type { GameDefinition, GameKind, RevealArea } from './game-schema';

/** A prize as the play page shows it: what it is, never its odds, stock or codes. */
export type PlayablePrize = { id: string; title: string; description: string; emoji?: string; image?: string; imageAlt?: string };

/**
 * What a player's browser gets of a game: texts, colors and images to draw the wheel or the card, the prizes to
 * look forward to, and the rules of share-to-play-again. Odds, stock, code settings and which segment stands for
 * which prize stay on the server: the browser only animates to the outcome the server drew.
 */
export type PlayableGame = {
  kind: GameKind;
  locale: Locale;
  title: string;
  description: string;
  coverImage?: string;
  coverImageAlt?: string;
  coverEmoji?: string;
  askName: boolean;
  brand: Brand;
  /** the prizes everybody can win now */
  prizes: PlayablePrize[];
  /** bigger prizes unlocked by friends (only while sharing is on) */
  tiers: { friends: number; prizes: PlayablePrize[] }[];
  playsPerPlayer: number;
  shareToPlayAgain: { isEnabled: boolean; extraPlaysPerFriend: number; maxExtraPlays: number };
  /** the consent text of the lead form, word for word; null when the game asks for no e-mail */
  consentText: string | null;
  /** the wheel's segments in drawing order, clockwise from the pointer */
  segments: { id: string; label: string; color: string }[];
  /** the scratch card's surface and the area it hides */
  card: { coverImage?: string; coverImageAlt?: string; coverColor: string; coverText: string; revealArea: RevealArea; revealThresholdPercent: number } | null;
};

/**
 * Strips a game definition down to what the play page needs (see PlayableGame). Prizes are listed in the
 * definition's order: those of the base pool, then each tier's (with how many friends unlock it).
 */
export function toPlayableGame(game: GameDefinition): PlayableGame {
  const toPrize = (id: string): PlayablePrize[] => {
    const prize = game.prizes.find((p) => p.id === id);
    return prize ? [{ id: prize.id, title: prize.title, description: prize.description, emoji: prize.emoji, image: prize.image, imageAlt: prize.imageAlt }] : [];
  };
  const share = game.shareToPlayAgain;
  return {
    kind: game.kind,
    locale: game.locale,
    title: game.title,
    description: game.description,
    coverImage: game.coverImage,
    coverImageAlt: game.coverImageAlt,
    coverEmoji: game.coverEmoji,
    askName: game.askName,
    brand: game.brand,
    prizes: game.prizePool.flatMap(toPrize),
    tiers: share.isEnabled ? share.tiers.map((tier) => ({ friends: tier.friends, prizes: tier.prizePool.filter((id) => !game.prizePool.includes(id)).flatMap(toPrize) })).filter((tier) => tier.prizes.length > 0) : [],
    playsPerPlayer: game.playsPerPlayer,
    shareToPlayAgain: { isEnabled: share.isEnabled, extraPlaysPerFriend: share.extraPlaysPerFriend, maxExtraPlays: share.maxExtraPlays },
    consentText: game.leadCapture.isEnabled ? game.leadCapture.consentText : null,
    segments: game.kind === 'wheel' ? game.segments.map((s) => ({ id: s.id, label: s.label, color: s.color })) : [],
    card:
      game.kind === 'scratch'
        ? {
            coverImage: game.card.coverImage,
            coverImageAlt: game.card.coverImageAlt,
            coverColor: game.card.coverColor,
            coverText: game.card.coverText,
            revealArea: game.card.revealArea,
            revealThresholdPercent: game.card.revealThresholdPercent,
          }
        : null,
  };
}

/**
 * GET /api/games/results/[resultId] → 200, for the result's own player: what sharing the play needs, i.e. the
 * tracked link of every channel, the card's paths and the share texts. The play's answer has none of it, and the
 * result page (which has) never shows the code, so the play page asks for it once the prize is shown.
 */
export type GameSharePack = {
  resultId: string;
  links: Record<ShareChannel, string>;
  cardPath: string;
  storyPath: string;
  shareText: string;
  shareTexts: Partial<Record<ShareChannel, string>>;
};
