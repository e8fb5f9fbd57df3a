import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST as complete } from '@/app/api/plays/complete/route';
import { POST as start } from '@/app/api/plays/start/route';
import { getDb } from '@/db/client';
import { getPublishedQuiz } from '@/db/queries';
import { proxy } from '@/proxy';

const explorerAnswers = { morning: ['plan'], bag: ['map'], lost: ['compass'], souvenir: ['ticket'], trip: ['rail'] };
const noParams = { params: Promise.resolve({}) };

function post(path: string, body: unknown, headers: Record<string, string>) {
  return new NextRequest(`http://localhost${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
}

describe('a visitor who asks not to be tracked (Do-Not-Track, Global Privacy Control)', () => {
  it('gets no visitor cookie from the proxy, and loses one set before', () => {
    const fresh = proxy(new NextRequest('http://localhost/q/which-explorer', { headers: { dnt: '1' } }));
    expect(fresh.cookies.get('rpl_vid')).toBeUndefined();
    const gpc = proxy(new NextRequest('http://localhost/q/which-explorer', { headers: { 'sec-gpc': '1', cookie: 'rpl_vid=AAAAAAAAAAAAAAAAAAAAAA' } }));
    expect(gpc.headers.get('set-cookie')).toMatch(/rpl_vid=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i);
    // Everyone else gets the cookie, as before.
    const tracked = proxy(new NextRequest('http://localhost/q/which-explorer'));
    expect(tracked.cookies.get('rpl_vid')?.value).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('still plays and is counted, under a one-day hash of address and browser, without any address stored', async () => {
    const db = getDb();
    const quiz = getPublishedQuiz(db, 'which-explorer');
    const person = { dnt: '1', 'x-forwarded-for': '203.0.113.9', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' };
    expect((await start(post('/api/plays/start', { slug: 'which-explorer' }, person), noParams)).ok).toBe(true);
    const done = await complete(post('/api/plays/complete', { slug: 'which-explorer', versionId: quiz?.versionId, name: 'Dana', answers: explorerAnswers }, person), noParams);
    expect(done.ok).toBe(true);
    const players = db.all<{ visitorId: string; completedAt: number | null }>(sql`select visitor_id as visitorId, completed_at as completedAt from players where visitor_id like 'h\\_%' escape '\\'`);
    expect(players).toHaveLength(1);
    expect(players[0]?.completedAt).not.toBeNull();
    // A second start the same day is the same player; another address is another person.
    await start(post('/api/plays/start', { slug: 'which-explorer' }, person), noParams);
    await start(post('/api/plays/start', { slug: 'which-explorer' }, { ...person, 'x-forwarded-for': '203.0.113.10' }), noParams);
    expect(db.get<{ n: number }>(sql`select count(*) as n from players where visitor_id like 'h\\_%' escape '\\'`)?.n).toBe(2);
    // No address in any table: only today's salt, which the retention job deletes after a day.
    const dump = JSON.stringify(db.all(sql`select * from players`)) + JSON.stringify(db.all(sql`select * from events`)) + JSON.stringify(db.all(sql`select * from touches`));
    expect(dump).not.toContain('203.0.113');
    expect(db.get<{ n: number }>(sql`select count(*) as n from visitor_salts`)?.n).toBe(1);
  });
});
