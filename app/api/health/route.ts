// GET /api/health – a static answer for load balancers, and the baseline of `npm run bench`
export const dynamic = 'force-static';

export function GET() {
  return Response.json({ ok: true });
}
