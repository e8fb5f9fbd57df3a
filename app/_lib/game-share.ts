import { getCardPath, loadGameCardInput } from '@/app/_lib/cards';
import { getPublicOrigin } from '@/app/_lib/visitor';
import type { Db } from '@/db/client';
import { getResultShareLanding } from '@/db/embeds';
import type { GameResultView } from '@/db/games';
import { buildShareLinks } from '@/lib/embed/landing';
import type { GameSharePack } from '@/lib/games/playable-game';
import { buildGameShareText, type GameResultSummary } from '@/lib/result-text';
import { shareChannels } from '@/lib/share';

/** The parts of a game result that its texts are made of. */
export const summarizeGameResult = (view: GameResultView): GameResultSummary => ({ definition: view.definition, outcomeId: view.outcomeId, playerName: view.playerName, rarityPercent: view.rarityPercent });

/** What sharing a game result needs: the owner's tracked links, the card's paths and the share texts. */
export async function loadGameSharePack(db: Db, view: GameResultView): Promise<GameSharePack> {
  const [origin, cardInput] = await Promise.all([getPublicOrigin(), loadGameCardInput(view)]);
  const landing = getResultShareLanding(db, view.resultId);
  const links = buildShareLinks(view.tokens, { rippleOrigin: origin, landing: landing?.shareLanding ?? 'ripple', hostPage: landing?.hostPage ?? '', embedOrigins: landing?.embedOrigins ?? [] });
  const summary = summarizeGameResult(view);
  return {
    resultId: view.resultId,
    links,
    cardPath: getCardPath(view.resultId, cardInput, 'og'),
    storyPath: getCardPath(view.resultId, cardInput, 'story'),
    shareText: buildGameShareText(summary),
    shareTexts: Object.fromEntries(shareChannels.map((channel) => [channel, buildGameShareText(summary, channel)])),
  };
}
