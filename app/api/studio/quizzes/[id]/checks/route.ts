import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { assertSameOrigin, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { getDb } from '@/db/client';
import { countWinCodes } from '@/db/games';
import { getQuizKind, getStudioQuiz } from '@/db/studio-queries';
import { hasAssetFile } from '@/db/uploads';
import { getBlockedWords } from '@/db/workspace-settings';
import { ApiError } from '@/lib/api-errors';
import { listPrizeChances } from '@/lib/games/chances';
import { listGameImagePaths, runGameChecks } from '@/lib/games/checks';
import { gameDraftSchema, isGameKind, type GameDraft } from '@/lib/games/game-schema';
import { buildLinkPreviews, buildSampleSummary, createSeededRandom, hashSeed, listImagePaths, runPrelaunchChecks } from '@/lib/prelaunch-checks';
import { quizDraftSchema, type QuizDefinition } from '@/lib/quiz-schema';
import { hasRole, type WorkspaceRole } from '@/lib/roles';
import { isStudioGame } from '@/lib/studio-quiz';
import { readJson, withErrors } from '../../../../_lib/handler';

const checksSchema = z.object({ definition: quizDraftSchema, resultId: z.string().max(64).optional() });
const gameChecksSchema = z.object({ definition: gameDraftSchema });

// GET /api/studio/quizzes/[id]/checks – the pre-launch checks of the saved draft
export const GET = withErrors<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id } = await params;
  const { workspaceId, role } = requireQuizRole(user.id, id, 'viewer');
  const quiz = getStudioQuiz(getDb(), id);
  if (quiz && isStudioGame(quiz)) return NextResponse.json(await checkGameDraft(id, workspaceId, role, quiz.draft));
  const parsed = quizDraftSchema.safeParse(quiz?.draft);
  if (!parsed.success) throw new ApiError('conflict', 'The saved draft cannot be read; open it in the editor and save it again.');
  return NextResponse.json(await checkDraft(request, id, workspaceId, role, parsed.data, request.nextUrl.searchParams.get('resultId') ?? undefined));
});

// POST /api/studio/quizzes/[id]/checks – the pre-launch checks of the draft as the editor has it now (saved or not)
export const POST = withErrors<{ id: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  const { id } = await params;
  const { workspaceId, role } = requireQuizRole(user.id, id, 'viewer');
  if (isGameKind(getQuizKind(getDb(), id) ?? '')) {
    const game = await readJson(request, gameChecksSchema, 256 * 1024);
    return NextResponse.json(await checkGameDraft(id, workspaceId, role, game.definition));
  }
  const body = await readJson(request, checksSchema, 256 * 1024);
  return NextResponse.json(await checkDraft(request, id, workspaceId, role, body.definition, body.resultId));
});

async function checkDraft(request: NextRequest, quizId: string, workspaceId: string, role: WorkspaceRole, definition: QuizDefinition, resultId: string | undefined) {
  const paths = listImagePaths(definition);
  const found = await Promise.all(paths.map(hasAssetFile));
  const present = new Set(paths.filter((_, i) => found[i]));
  const blocked = getBlockedWords(getDb(), workspaceId) ?? { words: [], isDefault: true };
  const origin = process.env.RIPPLE_PUBLIC_URL?.replace(/\/+$/, '') ?? request.nextUrl.origin;
  // Seeded by the quiz: the same draft always gets the same simulation, so a warning does not come and go.
  const report = runPrelaunchChecks(definition, { random: createSeededRandom(hashSeed(quizId)), hasAsset: (path) => present.has(path), origin, blockedWordCount: blocked.words.length });
  return {
    ...report,
    linkPreviews: buildLinkPreviews(buildSampleSummary(definition, { outcomeId: resultId }), origin),
    blockedWords: { workspaceId, words: blocked.words, isDefault: blocked.isDefault, canEdit: hasRole(role, 'editor') },
  };
}

// A game's checks (lib/games/checks.ts) with what only the server knows: which images exist, the free imported codes.
async function checkGameDraft(quizId: string, workspaceId: string, role: WorkspaceRole, definition: GameDraft) {
  const db = getDb();
  const paths = listGameImagePaths(definition);
  const found = await Promise.all(paths.map(hasAssetFile));
  const present = new Set(paths.filter((_, i) => found[i]));
  const free = new Map(countWinCodes(db, quizId).map((c) => [c.prizeId, c.free]));
  const blocked = getBlockedWords(db, workspaceId) ?? { words: [], isDefault: true };
  return {
    kind: 'game' as const,
    checks: runGameChecks(definition, { hasAsset: (path) => present.has(path), freeCodes: (prizeId) => free.get(prizeId) ?? 0 }),
    chances: listPrizeChances(definition),
    blockedWords: { workspaceId, words: blocked.words, isDefault: blocked.isDefault, canEdit: hasRole(role, 'editor') },
  };
}
