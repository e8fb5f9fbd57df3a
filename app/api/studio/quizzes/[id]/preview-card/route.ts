import { z } from 'zod';
import { assertSameOrigin, requireQuizRole, requireUser } from '@/app/_lib/studio';
import { readAssetDataUri } from '@/db/assets';
import { renderCardPng } from '@/lib/card/render';
import { cleanPlayerName } from '@/lib/names';
import { buildSampleSummary } from '@/lib/prelaunch-checks';
import { quizDraftSchema } from '@/lib/quiz-schema';
import { buildCardInput } from '@/lib/result-text';
import { describeResult } from '@/lib/scoring';
import { readJson, withErrors } from '../../../../_lib/handler';

export const runtime = 'nodejs';

const previewSchema = z.object({
  definition: quizDraftSchema,
  variant: z.enum(['og', 'story']).default('og'),
  sampleName: z.string().max(200).optional(),
  resultId: z.string().max(64).optional(),
});

// POST /api/studio/quizzes/[id]/preview-card – the result card of the draft being edited, for a sample result, as PNG
export const POST = withErrors<{ id: string }>(async (request, { params }) => {
  assertSameOrigin(request);
  const user = await requireUser(request);
  requireQuizRole(user.id, (await params).id, 'viewer');
  const body = await readJson(request, previewSchema, 256 * 1024);
  const summary = buildSampleSummary(body.definition, { outcomeId: body.resultId, playerName: body.sampleName === undefined ? undefined : cleanPlayerName(body.sampleName) });
  const outcome = describeResult(body.definition, summary.outcomeId);
  const [logoDataUri, resultImageDataUri] = await Promise.all([readAssetDataUri(body.definition.brand.logo), readAssetDataUri(outcome?.image)]);
  const png = await renderCardPng(buildCardInput(summary, { logoDataUri, resultImageDataUri }), body.variant);
  // A draft changes with every keystroke: never cached.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length), 'Cache-Control': 'no-store' } });
});
