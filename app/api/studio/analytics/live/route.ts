import { getRevision } from '@/db/analytics';
import { getDb } from '@/db/client';
import { resolveAnalyticsScope } from '../../../_lib/analytics-scope';
import { withErrors } from '../../../_lib/handler';

const pollMilliseconds = 1000;
const heartbeatMilliseconds = 15_000;

// GET /api/studio/analytics/live – a server-sent event stream: `revision` whenever something of the scope is counted
export const GET = withErrors(async (request) => {
  const { quizzes } = await resolveAnalyticsScope(request);
  const quizIds = quizzes.map((q) => q.id);
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setInterval> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // One indexed read a second per open dashboard: cheap, and it sees writes of any process on the same file.
      let last = getRevision(getDb(), quizIds);
      let quietFor = 0;
      controller.enqueue(encoder.encode(`retry: 3000\nevent: revision\ndata: ${JSON.stringify({ revision: last })}\n\n`));
      timer = setInterval(() => {
        try {
          const revision = getRevision(getDb(), quizIds);
          if (revision !== last) {
            last = revision;
            quietFor = 0;
            controller.enqueue(encoder.encode(`event: revision\ndata: ${JSON.stringify({ revision })}\n\n`));
          } else if ((quietFor += pollMilliseconds) >= heartbeatMilliseconds) {
            quietFor = 0;
            controller.enqueue(encoder.encode(': keep-alive\n\n'));
          }
        } catch {
          clearInterval(timer);
          controller.close();
        }
      }, pollMilliseconds);
      request.signal.addEventListener('abort', () => {
        clearInterval(timer);
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      clearInterval(timer);
    },
  });
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' } });
});
