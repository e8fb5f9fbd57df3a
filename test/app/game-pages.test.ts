import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as getCard } from '@/app/api/cards/[resultId]/[file]/route';
import { POST as playRoute } from '@/app/api/games/play/route';
import { GET as getSharePack } from '@/app/api/games/results/[resultId]/route';
import { POST as completeRoute } from '@/app/api/plays/complete/route';
import { POST as shareRoute } from '@/app/api/shares/route';
import { getDb } from '@/db/client';
import { getGameResultView } from '@/db/games';
import { getPublishedQuiz } from '@/db/queries';
import type { GameSharePack } from '@/lib/games/playable-game';
import { shareChannels } from '@/lib/share';

// The share pack's links are absolute: without a request's Host, the configured public address is used.
beforeAll(() => {
  process.env.RIPPLE_PUBLIC_URL = 'https://ripple.example';
});

let counter = 0;
const newVisitor = () => `game-pages-visitor-${String(++counter).padStart(4, '0')}`;
const noParams = { params: Promise.resolve({}) };

function post(path: string, body: unknown, visitorId: string) {
  return new NextRequest(`http://localhost${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', cookie: `rpl_vid=${visitorId}` } });
}

async function playScratch(visitorId: string, name = 'سارة') {
  const response = await playRoute(post('/api/games/play', { slug: 'imsah-wa-irbah', requestId: `req-${visitorId}-${counter}`, name }, visitorId), noParams);
  expect(response.status).toBe(201);
  return (await response.json()) as { resultId: string; prizeId: string | null; code: string | null };
}

const askSharePack = (resultId: string, visitorId: string | null) =>
  getSharePack(new NextRequest(`http://localhost/api/games/results/${resultId}`, { headers: visitorId ? { cookie: `rpl_vid=${visitorId}` } : {} }), { params: Promise.resolve({ resultId }) });

describe('GET /api/games/results/[resultId]', () => {
  it('gives the player their tracked link for every channel, the card and the share texts, and never the code', async () => {
    const visitor = newVisitor();
    const played = await playScratch(visitor);
    const response = await askSharePack(played.resultId, visitor);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const pack = JSON.parse(text) as GameSharePack;
    expect(Object.keys(pack.links).sort()).toEqual([...shareChannels].sort());
    for (const link of Object.values(pack.links)) expect(link).toMatch(/^https:\/\/ripple\.example\/s\/[A-Za-z0-9_-]{24}$/);
    expect(new Set(Object.values(pack.links)).size).toBe(shareChannels.length);
    expect(pack.cardPath).toMatch(new RegExp(`^/api/cards/${played.resultId}/og-[0-9a-f]{16}\\.png$`));
    expect(pack.storyPath).toMatch(new RegExp(`^/api/cards/${played.resultId}/story-[0-9a-f]{16}\\.png$`));
    const view = getGameResultView(getDb(), played.resultId);
    const title = view?.outcome?.title ?? '';
    expect(pack.shareText).toBe(played.prizeId ? `سارة ربح «${title}» من رحلات الأفق 🎟️ جرّب حظك!` : 'جرّبت حظي في «امسح واربح» من رحلات الأفق. جرّب حظك أنت أيضًا!');
    if (played.code) expect(text).not.toContain(played.code);
  });

  it('answers anyone else, or no one, as if the result did not exist', async () => {
    const played = await playScratch(newVisitor());
    expect((await askSharePack(played.resultId, newVisitor())).status).toBe(404);
    expect((await askSharePack(played.resultId, null)).status).toBe(404);
    expect((await askSharePack('no-such-result', newVisitor())).status).toBe(404);
    expect((await askSharePack('../../etc', newVisitor())).status).toBe(404);
  });

  it('knows nothing of a quiz’s result', async () => {
    const visitor = newVisitor();
    const quiz = getPublishedQuiz(getDb(), 'which-explorer');
    const answers = { morning: ['plan'], bag: ['map'], lost: ['compass'], souvenir: ['ticket'], trip: ['rail'] };
    const completed = await completeRoute(post('/api/plays/complete', { slug: 'which-explorer', versionId: quiz?.versionId, name: 'Sara', answers }, visitor), noParams);
    const { resultId } = (await completed.json()) as { resultId: string };
    expect((await askSharePack(resultId, visitor)).status).toBe(404);
  });
});

describe('POST /api/shares for a game result', () => {
  it('counts the player’s press of a share button, as for a quiz, and refuses anyone else’s', async () => {
    const visitor = newVisitor();
    const played = await playScratch(visitor);
    expect((await shareRoute(post('/api/shares', { resultId: played.resultId, channel: 'whatsapp' }, visitor), noParams)).status).toBe(204);
    expect((await shareRoute(post('/api/shares', { resultId: played.resultId, channel: 'copy', isConfirmed: true }, visitor), noParams)).status).toBe(204);
    expect((await shareRoute(post('/api/shares', { resultId: played.resultId, channel: 'whatsapp' }, newVisitor()), noParams)).status).toBe(403);
  });
});

describe('GET /api/cards/[resultId]/[file] for a game result', () => {
  it.each([
    { variant: 'og', size: [1200, 630] },
    { variant: 'story', size: [1080, 1920] },
  ])('serves the $variant card as an immutable PNG under its content hash', async ({ variant, size }) => {
    const visitor = newVisitor();
    const played = await playScratch(visitor);
    const pack = (await (await askSharePack(played.resultId, visitor)).json()) as GameSharePack;
    const path = variant === 'og' ? pack.cardPath : pack.storyPath;
    const file = path.split('/').at(-1) ?? '';
    const response = await getCard(new NextRequest(`http://localhost${path}`), { params: Promise.resolve({ resultId: played.resultId, file }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const png = Buffer.from(await response.arrayBuffer());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(size);
    const wrongHash = await getCard(new NextRequest('http://localhost/x'), { params: Promise.resolve({ resultId: played.resultId, file: `${variant}-0000000000000000.png` }) });
    expect(wrongHash.status).toBe(404);
  });

  it('names a card after what it shows: another player’s name is another card', async () => {
    const first = newVisitor();
    const pack = (await (await askSharePack((await playScratch(first, 'Omar')).resultId, first)).json()) as GameSharePack;
    const other = newVisitor();
    const otherPack = (await (await askSharePack((await playScratch(other, 'Layla')).resultId, other)).json()) as GameSharePack;
    const hashOf = (path: string) => path.split('-').at(-1);
    expect(hashOf(otherPack.cardPath)).not.toBe(hashOf(pack.cardPath));
  });
});
