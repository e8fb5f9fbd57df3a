import { readAssetDataUri } from '@/db/assets';
import type { Db } from '@/db/client';
import type { GameResultView } from '@/db/games';
import { getCachedCard, putCachedCard, type ResultView } from '@/db/queries';
import { hashCardInput } from '@/lib/card/hash';
import { renderCardPng } from '@/lib/card/render';
import type { CardInput } from '@/lib/card/types';
import { buildCardInput, buildGameCardInput } from '@/lib/result-text';
import { describeResult } from '@/lib/scoring';

export type CardVariant = 'og' | 'story';

/** The card's input for a result, with its brand logo and result image read from Ripple's own storage. */
export async function loadCardInput(view: ResultView): Promise<CardInput> {
  const { definition } = view.summary;
  const outcome = describeResult(definition, view.summary.outcomeId);
  const [logoDataUri, resultImageDataUri] = await Promise.all([readAssetDataUri(definition.brand.logo), readAssetDataUri(outcome?.image)]);
  return buildCardInput(view.summary, { logoDataUri, resultImageDataUri });
}

/** The card's input for a mini-game result ("Sara won" · the prize · "Try your luck"), with its images read from Ripple's own storage. */
export async function loadGameCardInput(view: GameResultView): Promise<CardInput> {
  const [logoDataUri, resultImageDataUri] = await Promise.all([readAssetDataUri(view.definition.brand.logo), readAssetDataUri(view.outcome?.image)]);
  return buildGameCardInput({ definition: view.definition, outcomeId: view.outcomeId, playerName: view.playerName, rarityPercent: view.rarityPercent }, { logoDataUri, resultImageDataUri });
}

/** The content-hashed path of a result's card: it changes whenever what the card shows changes. */
export function getCardPath(resultId: string, input: CardInput, variant: CardVariant): string {
  return `/api/cards/${resultId}/${variant}-${hashCardInput(input, variant)}.png`;
}

/** A card's PNG: from the cache when it was rendered before, otherwise rendered now and kept. */
export async function getCardPng(db: Db, input: CardInput, variant: CardVariant): Promise<Buffer> {
  const hash = `${variant}-${hashCardInput(input, variant)}`;
  const cached = getCachedCard(db, hash);
  if (cached) return cached;
  const png = await renderCardPng(input, variant);
  putCachedCard(db, hash, png, Date.now());
  return png;
}
