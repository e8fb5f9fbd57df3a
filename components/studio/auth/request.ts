/** What the studio's client code gets back from a JSON call: the parsed body, or the server's error. */
export type JsonResult = { ok: true; status: number; data: unknown } | { ok: false; status: number; code: string; message: string };

/**
 * Sends a JSON request to Ripple's own API (Better Auth's or the studio's) and reads either answer shape:
 * `{ error: { code, message } }` from the studio, `{ code, message }` from Better Auth. A network failure is
 * status 0, so forms can say "could not reach Ripple" instead of losing what was typed.
 */
export async function sendJson(url: string, init: { method?: string; body?: unknown } = {}): Promise<JsonResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'POST',
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, status: 0, code: 'network', message: '' };
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (response.ok) return { ok: true, status: response.status, data: body };
  const source = isRecord(body) && isRecord(body.error) ? body.error : isRecord(body) ? body : {};
  return { ok: false, status: response.status, code: typeof source.code === 'string' ? source.code : 'error', message: typeof source.message === 'string' ? source.message : response.statusText };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
