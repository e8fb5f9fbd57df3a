import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addSession, signUpByApi } from './accounts';
import { personUserAgent, usePeople } from './chromium';

// A company's site on another origin (localhost:<port>, while Ripple is on 127.0.0.1:<port>) pastes the snippet:
// the game loads lazily, takes its content's height, is played to the end and tells the page what happened; a
// popup opens and closes; a share link lands back on the company's page and, opened by a friend whose browser
// blocks third-party cookies, is played there and counted with the page recorded; a site that is not allowed
// cannot frame the game. Screenshots of every mode go to <tmp>/shots/embed.

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const people = usePeople();
const shotsDir = join(tmpdir(), 'shots', 'embed');

type Snippet = Record<string, string>;
/** The company's pages, by name: each pastes the snippet with these attributes (data-ripple is added). */
const pages: Record<string, { attributes: Snippet; spacerPx?: number; isApiOnly?: boolean }> = {
  inline: { attributes: {}, spacerPx: 1600 },
  'inline-top': { attributes: {} },
  popup: { attributes: { 'data-mode': 'popup', 'data-color': '#0f766e', 'data-button': 'Take the quiz', 'data-datalayer': '' } },
  slider: { attributes: { 'data-mode': 'slider', 'data-color': '#b45309', 'data-button': 'Play' } },
  fullpage: { attributes: { 'data-mode': 'fullpage' } },
  api: { attributes: {}, isApiOnly: true },
};

let slug = '';
let quizId = '';
let ownerCookie = '';
let host: Server;
let stranger: Server;
let probe: Server;
let hostOrigin = '';
let strangerOrigin = '';
let probeOrigin = '';
const probeLog: string[] = [];

function listen(server: Server, hostname: string): Promise<number> {
  return new Promise((resolve) => server.listen(0, hostname, () => resolve((server.address() as AddressInfo).port)));
}

/** The company's page: a heading, some text, the snippet (after a tall gap for the lazy test), and a recorder of events and globals. */
function renderHostPage(name: string, query: URLSearchParams): string {
  const page = pages[name] ?? { attributes: {} };
  const gameSlug = query.get('game') ?? slug;
  const attributes = Object.entries(page.attributes)
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
  const paragraph = '<p>Our rangers picked the trails, huts and swimming spots of the season. Before you pack, find out what kind of explorer you are and compare with your friends.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Acme Outdoors · Summer guide</title>
<style>body{margin:0;font:17px/1.6 Georgia,serif;color:#1f2937;background:#fbf8f1}header{background:#14532d;color:#fff;padding:14px 24px;font:700 18px system-ui,sans-serif}main{max-width:760px;margin:0 auto;padding:24px 20px 80px}h1{font-size:32px;line-height:1.2;margin:8px 0 16px}</style>
<script>window.__before=Object.keys(window);window.__events=[];window.__onComplete=[];['start','complete','share','lead','error','open','close'].forEach(function(n){document.addEventListener('ripple:'+n,function(e){window.__events.push({type:n,detail:e.detail})})});</script>
</head><body><header>Acme Outdoors</header><main><h1>Our summer guide</h1>${paragraph}${paragraph}
${page.spacerPx ? `<div id="gap" style="height:${page.spacerPx}px;border-left:4px solid #d6d3c4;margin:16px 0"></div>` : ''}
${page.isApiOnly ? `<script src="${baseUrl}/embed.js" async></script>` : `<script src="${baseUrl}/embed.js" data-ripple="${gameSlug}"${attributes} async></script>`}
${paragraph}</main>
<script>window.addEventListener('load',function(){if(window.Ripple)Ripple.on('complete',function(d){window.__onComplete.push(d.result.title)})});</script>
</body></html>`;
}

async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, { method, headers: { cookie: ownerCookie, origin: baseUrl, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json().catch(() => null)) as T };
}

async function stats(): Promise<{ clicks: number; referredPlayers: number; players: number }> {
  return (await api<{ clicks: number; referredPlayers: number; players: number }>('GET', `/api/quizzes/${slug}/stats`)).body;
}

/** Reads the server's database (WAL allows a reader beside it). */
function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'ripple.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function newPerson(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await people.newPerson(options);
  // The result's call to action goes to example.com: answered here, nothing leaves the machine.
  await context.route('https://example.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>offer</p>' }));
  return context;
}

/** The game's frame on a page, once its scripts run (a button pressed before that would do nothing). */
async function gameFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[src*="/embed/"]').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no game frame');
  await frame.locator('.embed-root[data-hydrated]').waitFor({ state: 'attached' });
  return frame;
}

/** Plays the game inside its frame as a person would: Start, the first answer of each question, a name, the result. */
async function playInFrame(frame: Frame, name: string): Promise<void> {
  await frame.getByRole('button', { name: 'Start' }).click();
  const result = frame.getByTestId('result-stat');
  const nameField = frame.locator('#player-name');
  const answers = frame.locator('button.answer');
  for (;;) {
    await result.or(nameField).or(answers.first()).first().waitFor();
    if (await result.isVisible()) return;
    if (await nameField.isVisible()) {
      await nameField.fill(name);
      await frame.getByRole('button', { name: 'See my result' }).click();
      await result.waitFor();
      return;
    }
    const progress = await frame.locator('.question .muted.small').first().textContent();
    await answers.first().click();
    await frame.waitForFunction((before) => document.querySelector('.question .muted.small')?.textContent !== before || !!document.querySelector('#player-name') || !!document.querySelector('[data-testid="result-stat"]'), progress);
  }
}

/** The frame's height on the page, and its content's own height, in CSS pixels. */
async function heights(page: Page, frame: Frame): Promise<{ frame: number; content: number; innerOverflow: number }> {
  const box = await page.locator('iframe[src*="/embed/"]').boundingBox();
  const [content, innerOverflow] = await frame.evaluate(() => [Math.ceil(document.querySelector('.embed-root')?.getBoundingClientRect().height ?? -1), document.documentElement.scrollHeight - document.documentElement.clientHeight]);
  return { frame: Math.round(box?.height ?? -1), content: content ?? -1, innerOverflow: innerOverflow ?? -1 };
}

async function expectFrameFitsContent(page: Page, frame: Frame): Promise<void> {
  await expect.poll(async () => { const h = await heights(page, frame); return h.frame === h.content && h.innerOverflow <= 0; }).toBe(true);
}

const eventTypes = (page: Page) => page.evaluate(() => (window as unknown as { __events: { type: string }[] }).__events.map((e) => e.type));

beforeAll(async () => {
  host = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/probe') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<iframe src="${probeOrigin}/set"></iframe>`);
      return;
    }
    const name = url.pathname.replace(/^\/page\//, '');
    response.writeHead(pages[name] ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(pages[name] ? renderHostPage(name, url.searchParams) : 'not found');
  });
  stranger = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Not allowed</title><iframe id="raw" src="${baseUrl}/embed/${slug}" style="width:600px;height:600px"></iframe>
<script>window.__events=[];document.addEventListener('ripple:error',function(e){window.__events.push({type:'error',detail:e.detail})});</script>
<script src="${baseUrl}/embed.js" data-ripple="${slug}" async></script>`);
  });
  // A third party on another site that sets a SameSite=None cookie in a frame and looks whether it comes back.
  probe = createServer((request, response) => {
    probeLog.push(`${request.url} cookie=${request.headers.cookie ?? ''}`);
    if (request.url === '/set') {
      response.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'probe=1; Path=/; SameSite=None; Secure' });
      response.end("<script>fetch('/check')</script>");
    } else response.end('ok');
  });
  hostOrigin = `http://localhost:${await listen(host, 'localhost')}`;
  strangerOrigin = `http://localhost:${await listen(stranger, 'localhost')}`;
  probeOrigin = `http://127.0.0.1:${await listen(probe, '127.0.0.1')}`;
  mkdirSync(shotsDir, { recursive: true });
});

afterAll(async () => {
  await Promise.all([host, stranger, probe].map((server) => new Promise((resolve) => server?.close(resolve))));
});

describe('embedding a game on a company’s site', () => {
  it('is set up in the studio’s Embed tab: snippet, allowed site, share landing', async () => {
    const context = await newPerson();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    ownerCookie = await signUpByApi(baseUrl, { name: 'Ada Acme', email: `ada-${Date.now()}@acme.test`, password: 'a long enough password' });
    await addSession(context, baseUrl, ownerCookie);
    const created = await api<{ id: string; slug: string }>('POST', '/api/studio/quizzes', { templateId: 'work-superpower' });
    expect(created.status).toBe(201);
    ({ id: quizId, slug } = created.body);
    expect((await api('POST', `/api/studio/quizzes/${quizId}/publish`)).status).toBe(200);

    const studio = await context.newPage();
    await studio.goto(`${baseUrl}/studio/q/${quizId}?tab=embed`);
    await studio.getByTestId('embed-panel').getByTestId('embed-snippet').waitFor();
    await studio.getByTestId('embed-no-origins').waitFor();
    expect(await studio.getByTestId('embed-snippet').inputValue()).toBe(`<script src="${baseUrl}/embed.js" data-ripple="${slug}" async></script>`);

    // A popup, opened after 8 seconds, in the company's green: the snippet and the sketch follow.
    await studio.getByTestId('embed-mode-popup').check();
    await studio.locator('#embed-color-hex').fill('#0f766e');
    await studio.locator('#embed-trigger').selectOption('delay');
    await studio.locator('#embed-delay').fill('8');
    expect(await studio.getByTestId('embed-snippet').inputValue()).toBe(`<script src="${baseUrl}/embed.js" data-ripple="${slug}" data-mode="popup" data-color="#0f766e" data-trigger="delay" data-delay="8" async></script>`);
    expect(await studio.getByTestId('embed-preview').getAttribute('data-mode')).toBe('popup');
    expect(await studio.getByTestId('embed-preview-trigger').textContent()).toBe('Opens after 8 s');
    await studio.getByTestId('embed-snippet-copy').click();
    await expect.poll(() => studio.evaluate(() => navigator.clipboard.readText())).toContain('data-trigger="delay"');
    expect(await studio.getByTestId('embed-iframe').inputValue()).toContain(`src="${baseUrl}/embed/${slug}"`);

    // The company's site, typed loosely, is saved as the browser names it; a wildcard is refused next to the field.
    await studio.locator('#embed-origins').fill('https://*.acme.test');
    await studio.getByTestId('embed-origins-save').click();
    await expect.poll(() => studio.locator('#embed-origins-errors').textContent()).toBe('“https://*.acme.test” cannot contain *: list each site.');
    await studio.locator('#embed-origins').fill(`${hostOrigin}/page/inline?from=studio\n`);
    await studio.getByTestId('embed-origins-save').click();
    await expect.poll(() => studio.locator('#embed-origins').inputValue()).toBe(hostOrigin);
    expect(await studio.getByTestId('embed-no-origins').count()).toBe(0);

    await studio.getByTestId('embed-landing-host').check();
    await expect.poll(async () => (await api<{ shareLanding: string }>('GET', `/api/studio/quizzes/${quizId}/embed`)).body.shareLanding).toBe('host');
    expect((await api<{ origins: string[] }>('GET', `/api/studio/embed?workspaceId=${(await api<{ workspaceId: string }>('GET', `/api/studio/quizzes/${quizId}/embed`)).body.workspaceId}`)).body.origins).toEqual([hostOrigin]);
  });

  let shareLink = '';
  let sharerPlayerId = '';

  it('inline: loads when it nears the viewport, takes its content’s height, is played to the end, and the page hears each step in order', async () => {
    const context = await newPerson();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    const embedResponse = page.waitForResponse((response) => response.url().startsWith(`${baseUrl}/embed/${slug}?`));
    embedResponse.catch(() => undefined); // awaited below; a failure before that is reported there
    await page.goto(`${hostOrigin}/page/inline?utm_campaign=summer`);
    await page.locator('[data-ripple-embed]').waitFor({ state: 'attached' });
    // Lazy: far below the fold, the game is not loaded yet.
    expect(await page.locator('iframe').count()).toBe(0);
    await page.locator('[data-ripple-embed]').scrollIntoViewIfNeeded();
    const iframe = page.locator('iframe[src*="/embed/"]');
    await iframe.waitFor();
    expect(await iframe.getAttribute('allow')).toBe('web-share; clipboard-write');
    expect(await iframe.getAttribute('title')).toBe('What’s your superpower at work?');
    const src = new URL((await iframe.getAttribute('src')) ?? '');
    expect(Object.fromEntries(src.searchParams)).toEqual({ frame: expect.stringMatching(/^r[a-z0-9]+$/), host: `${hostOrigin}/page/inline`, utm_campaign: 'summer' });
    expect((await embedResponse).headers()['content-security-policy']).toBe(`frame-ancestors ${hostOrigin}`);
    expect((await embedResponse).headers()['x-frame-options']).toBeUndefined();

    const frame = await gameFrame(page);
    await frame.getByRole('button', { name: 'Start' }).waitFor();
    await expectFrameFitsContent(page, frame);
    const coverHeight = (await heights(page, frame)).frame;
    expect(coverHeight).toBeGreaterThan(300);

    await playInFrame(frame, 'Maya');
    expect(frame.url()).toMatch(new RegExp(`/embed/${slug}/r/`));
    const resultTitle = (await frame.locator('#result-title').textContent()) ?? '';
    await expectFrameFitsContent(page, frame);
    expect((await heights(page, frame)).frame).not.toBe(coverHeight);

    await expect.poll(() => eventTypes(page)).toEqual(['start', 'complete']);
    const complete = await page.evaluate(() => (window as unknown as { __events: { detail: { slug: string; result: { title: string; id: string } } }[] }).__events[1]?.detail);
    expect(complete).toMatchObject({ slug, result: { title: resultTitle, id: expect.any(String) } });
    expect(await page.evaluate(() => (window as unknown as { __onComplete: string[] }).__onComplete)).toEqual([resultTitle]);

    // Sharing from inside the frame: copying works there (clipboard-write is allowed), and the link lands on the company's page.
    await frame.getByRole('button', { name: 'Copy link' }).click();
    await frame.getByRole('button', { name: 'Copied' }).waitFor();
    shareLink = await frame.locator('.copy-input').inputValue();
    expect(shareLink).toMatch(new RegExp(`^${hostOrigin}/page/inline\\?ripple=[A-Za-z0-9_-]{24}$`));
    await expect.poll(() => eventTypes(page)).toEqual(['start', 'complete', 'share']);
    expect(await page.evaluate(() => (window as unknown as { __events: { detail: { channel: string } }[] }).__events[2]?.detail.channel)).toBe('copy');
    const whatsapp = await frame.locator('a[data-channel="whatsapp"]').getAttribute('href');
    expect(decodeURIComponent(whatsapp ?? '')).toContain(`${hostOrigin}/page/inline?ripple=`);

    // The result's call to action is a lead for the company.
    const cta = frame.locator('a[data-lead]');
    if ((await cta.count()) > 0) {
      const popup = context.waitForEvent('page');
      await cta.click();
      await (await popup).close();
      await expect.poll(() => eventTypes(page)).toEqual(['start', 'complete', 'share', 'lead']);
    }

    // The player is recorded with the page they played on and the embed as their source.
    const players = query<{ id: string; host_page: string; source: string }>('select id, host_page, source from players where quiz_id = ? and name = ?', quizId, 'Maya');
    expect(players.map((p) => [p.host_page, p.source])).toEqual([[`${hostOrigin}/page/inline`, 'embed']]);
    sharerPlayerId = players[0]?.id ?? '';

    // The loader added one global and no style to the page.
    const footprint = await page.evaluate(() => ({
      // (numeric keys are the page's frames, window[0] and so on, not variables)
      globals: Object.keys(window).filter((key) => !(window as unknown as { __before: string[] }).__before.includes(key) && !key.startsWith('__') && !/^\d+$/.test(key)),
      styles: document.querySelectorAll('style, link[rel="stylesheet"]').length,
      bodyStyle: document.body.getAttribute('style'),
    }));
    expect(footprint).toEqual({ globals: ['Ripple'], styles: 1, bodyStyle: null });
    expect(await page.evaluate(() => 'dataLayer' in window)).toBe(false);
  });

  it('a share link back on the company’s page, opened by a friend whose browser blocks third-party cookies, is played there and counted with the page', async () => {
    const before = await stats();
    const context = await newPerson();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCookieControls', { enableThirdPartyCookieRestriction: true });
    // Proof that third-party cookies are blocked here: a plain SameSite=None cookie set by a cross-site frame does not come back.
    probeLog.length = 0;
    await page.goto(`${hostOrigin}/probe`);
    await expect.poll(() => probeLog.some((line) => line.startsWith('/check'))).toBe(true);
    expect(probeLog).toEqual(['/set cookie=', '/check cookie=']);

    await page.goto(shareLink);
    await page.locator('[data-ripple-embed]').scrollIntoViewIfNeeded();
    const iframe = page.locator('iframe[src*="/embed/"]');
    await iframe.waitFor();
    expect(new URL((await iframe.getAttribute('src')) ?? '').searchParams.get('ripple')).toBe(new URL(shareLink).searchParams.get('ripple'));
    const frame = await gameFrame(page);
    await playInFrame(frame, 'Noor');
    // The friend's own result has share buttons: the frame knows them as the player (their partitioned cookie held).
    await frame.getByRole('button', { name: 'Copy link' }).waitFor();

    const after = await stats();
    expect(after.clicks - before.clicks).toBe(1);
    expect(after.referredPlayers - before.referredPlayers).toBe(1);
    const friend = query<{ parent_player_id: string; host_page: string; source: string; generation: number }>('select parent_player_id, host_page, source, generation from players where quiz_id = ? and name = ?', quizId, 'Noor');
    expect(friend).toEqual([{ parent_player_id: sharerPlayerId, host_page: `${hostOrigin}/page/inline`, source: 'embed', generation: 1 }]);

    // A forged token in the page's address is ignored: nothing is counted, the game still plays.
    const forger = await (await newPerson()).newPage();
    await forger.goto(`${hostOrigin}/page/inline-top?ripple=AAAAAAAAAAAAAAAAAAAAAAAA`);
    await (await gameFrame(forger)).getByRole('button', { name: 'Start' }).waitFor();
    expect((await stats()).clicks).toBe(after.clicks);
  });

  it('popup: opens from its button, closes with its close button and Escape, and keeps the game’s place', async () => {
    const page = await (await newPerson()).newPage();
    await page.goto(`${hostOrigin}/page/popup`);
    const launcher = page.getByRole('button', { name: 'Take the quiz' });
    await launcher.waitFor();
    expect(await page.locator('iframe').count()).toBe(0);
    await launcher.click();
    const dialog = page.getByRole('dialog', { name: 'What’s your superpower at work?' });
    await dialog.waitFor();
    const frame = await gameFrame(page);
    await frame.getByRole('button', { name: 'Start' }).click();
    await frame.locator('button.answer').first().waitFor();
    await expect.poll(() => eventTypes(page)).toEqual(['open', 'start']);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-ripple-open'))).toBe(slug);
    await launcher.click();
    await dialog.waitFor();
    // Reopened where it was left: on the first question, not the cover.
    expect(await (await gameFrame(page)).locator('button.answer').count()).toBeGreaterThan(1);
    // Escape closes it, also when the keyboard is in the game (the frame passes the key on).
    await (await gameFrame(page)).locator('button.answer').first().focus();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await eventTypes(page)).toEqual(['open', 'start', 'close', 'open', 'close']);
    // This snippet asked for Google Tag Manager pushes too; the inline page, which did not, has no dataLayer.
    expect(await page.evaluate(() => (window as unknown as { dataLayer: { event: string; ripple: { slug: string } }[] }).dataLayer.map((e) => `${e.event} ${e.ripple.slug === document.querySelector('[data-ripple-embed]')?.getAttribute('data-ripple-embed')}`))).toEqual(['ripple_open true', 'ripple_start true', 'ripple_close true', 'ripple_open true', 'ripple_close true']);

    // Ripple.open() from the page's own script opens a game too.
    const apiPage = await (await newPerson()).newPage();
    await apiPage.goto(`${hostOrigin}/page/api`);
    await apiPage.waitForFunction(() => 'Ripple' in window);
    await apiPage.evaluate((name) => (window as unknown as { Ripple: { open: (slug: string) => void } }).Ripple.open(name), slug);
    await apiPage.getByRole('dialog', { name: 'What’s your superpower at work?' }).waitFor();
    await (await gameFrame(apiPage)).getByRole('button', { name: 'Start' }).waitFor();
  });

  it('a site that is not allowed cannot frame the game; the loader says so instead of showing a broken frame', async () => {
    const page = await (await newPerson()).newPage();
    const blocked = page.waitForResponse((response) => response.url() === `${baseUrl}/embed/${slug}`);
    blocked.catch(() => undefined); // awaited below
    await page.goto(`${strangerOrigin}/`);
    expect((await blocked).headers()['content-security-policy']).toBe(`frame-ancestors ${hostOrigin}`);
    const raw = await (await page.locator('#raw').elementHandle())?.contentFrame();
    await expect.poll(() => raw?.url()).toMatch(/^chrome-error:/);
    expect(await raw?.locator('.embed-root').count()).toBe(0);
    await page.locator('[data-ripple-error="not_allowed"]').waitFor();
    expect(await page.locator('[data-ripple-error="not_allowed"]').textContent()).toBe('This game cannot be shown on this site.');
    expect(await page.locator('iframe').count()).toBe(1); // only the raw one: the loader made none
    expect(await page.evaluate(() => (window as unknown as { __events: { detail: { code: string } }[] }).__events.map((e) => e.detail.code))).toEqual(['not_allowed']);

    // An unknown game: an error event and a small message on an allowed site too.
    const unknown = await (await newPerson()).newPage();
    await unknown.goto(`${hostOrigin}/page/inline-top?game=no-such-game`);
    await unknown.locator('[data-ripple-error="not_found"]').waitFor();
    expect(await unknown.evaluate(() => (window as unknown as { __events: { type: string; detail: { code: string; slug: string } }[] }).__events.map((e) => [e.type, e.detail.code, e.detail.slug]))).toEqual([['error', 'not_found', 'no-such-game']]);

    // Ripple's other pages may be framed by nobody.
    for (const path of [`/q/${slug}`, '/studio', '/']) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
      expect(response.headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('is discoverable by oEmbed from the quiz’s page', async () => {
    const html = await (await fetch(`${baseUrl}/q/${slug}`, { headers: { 'user-agent': personUserAgent.desktop } })).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(href).toBeDefined();
    const oembed = (await (await fetch(href ?? '')).json()) as { type: string; html: string; title: string };
    expect(oembed).toMatchObject({ type: 'rich', title: 'What’s your superpower at work?' });
    expect(oembed.html).toContain(`src="${baseUrl}/embed/${slug}"`);
  });
});

describe('screenshots of each mode on a sample page', () => {
  const viewports = [
    { name: 'desktop', width: 1280, height: 860, isMobile: false, userAgent: personUserAgent.desktop },
    { name: 'phone', width: 390, height: 844, isMobile: true, userAgent: personUserAgent.phone },
  ];

  it.each(viewports)('$name', async (viewport) => {
    const options = { viewport: { width: viewport.width, height: viewport.height }, isMobile: viewport.isMobile, userAgent: viewport.userAgent, deviceScaleFactor: 1 };
    const shot = async (page: Page, name: string) => {
      // Every frame (the game's is another process) has painted its last change.
      for (const frame of page.frames()) await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))).catch(() => undefined);
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth, name).toBeLessThanOrEqual(innerWidth ?? 0);
      await page.screenshot({ path: join(shotsDir, `${viewport.name}-${name}.png`) });
    };

    const inline = await (await newPerson(options)).newPage();
    await inline.goto(`${hostOrigin}/page/inline-top`);
    const frame = await gameFrame(inline);
    await frame.getByRole('button', { name: 'Start' }).waitFor();
    await frame.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
    await expectFrameFitsContent(inline, frame);
    await inline.locator('iframe').scrollIntoViewIfNeeded();
    await shot(inline, 'inline-cover');
    await playInFrame(frame, 'Sam');
    await expectFrameFitsContent(inline, frame);
    await inline.locator('iframe').evaluate((element) => element.scrollIntoView());
    await shot(inline, 'inline-result');

    for (const mode of ['popup', 'slider'] as const) {
      const page = await (await newPerson(options)).newPage();
      await page.goto(`${hostOrigin}/page/${mode}`);
      const launcher = page.locator(`[data-ripple-open="${slug}"]`);
      await launcher.waitFor();
      await shot(page, `${mode}-closed`);
      await launcher.click();
      const overlayFrame = await gameFrame(page);
      await overlayFrame.getByRole('button', { name: 'Start' }).waitFor();
      await overlayFrame.evaluate(() => Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))));
      // Let the slide-in finish before the picture.
      await page.waitForFunction(() => document.getAnimations().length === 0);
      await shot(page, `${mode}-open`);
    }

    const full = await (await newPerson(options)).newPage();
    await full.goto(`${hostOrigin}/page/fullpage`);
    await (await gameFrame(full)).getByRole('button', { name: 'Start' }).waitFor();
    await shot(full, 'fullpage');

    for (const locale of ['en', 'ar'] as const) {
      const context = await newPerson(options);
      await addSession(context, baseUrl, ownerCookie);
      await context.addCookies([{ name: 'ripple_studio_locale', value: locale, url: baseUrl }]);
      const studio = await context.newPage();
      await studio.goto(`${baseUrl}/studio/q/${quizId}?tab=embed`);
      await studio.getByTestId('embed-snippet').waitFor();
      await studio.getByTestId('embed-mode-slider').check();
      await shot(studio, `studio-${locale}`);
      await studio.screenshot({ path: join(shotsDir, `${viewport.name}-studio-${locale}-full.png`), fullPage: true });
    }
  });
});
