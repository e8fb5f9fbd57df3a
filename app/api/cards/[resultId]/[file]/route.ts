import { getCardPng, loadCardInput, loadGameCardInput } from '@/app/_lib/cards';
import { getDb } from '@/db/client';
import { getGameResultView } from '@/db/games';
import { getResultView } from '@/db/queries';
import { ApiError } from '@/lib/api-errors';
import { hashCardInput } from '@/lib/card/hash';
import { withErrors } from '../../../_lib/handler';

export const runtime = 'nodejs';

// GET /api/cards/[resultId]/[variant]-[hash].png – a result's card (a quiz's or a mini-game's), rendered once and then immutable
export const GET = withErrors<{ resultId: string; file: string }>(async (_request, { params }) => {
  const { resultId, file } = await params;
  const match = /^(og|story)-([0-9a-f]{16})\.png$/.exec(file);
  const variant = match?.[1] === 'story' ? 'story' : 'og';
  const db = getDb();
  if (!match) throw new ApiError('not_found', 'No such card.');
  const view = getResultView(db, resultId);
  const gameView = view ? undefined : getGameResultView(db, resultId);
  const input = view ? await loadCardInput(view) : gameView ? await loadGameCardInput(gameView) : undefined;
  // The hash names the content: an old or made-up hash must not be cached forever under this URL.
  if (!input || hashCardInput(input, variant) !== match[2]) throw new ApiError('not_found', 'No such card.');
  const png = await getCardPng(db, input, variant);
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length), 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
});
