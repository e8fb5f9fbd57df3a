import { tmpdir } from 'node:os';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { usePeople } from './chromium';
import { signUp, callApi } from './studio-page';

// A marketer makes a spin-the-wheel in the studio: from the template, changes a segment and a prize's odds and
// stock in the editor (the chances follow as they type), publishes it, sees it live, and finds the lead a player
// left in the leads tab, then deletes it. Screenshots of the editor, the odds table and the leads, both sizes,
// both studio languages, go to shots/studio-games in the system's temporary folder.

const baseUrl = inject('baseUrl');
const { newPage } = usePeople();
const shotsDir = join(tmpdir(), 'shots', 'studio-games');
const consentText = 'Send me my prize and news from Brew & Co. by e-mail. I can unsubscribe at any time.';

const textOf = (page: Page, selector: string) => page.locator(selector).first().textContent();
const oddsRow = (page: Page, outcome: string) => page.locator(`[data-testid="odds-row"][data-outcome="${outcome}"]`);

async function waitSaved(page: Page, label = 'Saved'): Promise<void> {
  await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe(label);
}

/** Screenshots of the editor's parts and the leads tab, at desktop and phone width, in the studio's language now. */
async function shoot(page: Page, quizId: string, locale: 'en' | 'ar'): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  for (const [device, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`${baseUrl}/studio/q/${quizId}`);
    await page.getByTestId('game-editor').waitFor();
    await page.getByTestId('wheel-preview').waitFor();
    await page.screenshot({ path: join(shotsDir, `editor-${locale}-${device}.png`) });
    await page.locator('#section-segments').screenshot({ path: join(shotsDir, `segments-${locale}-${device}.png`) });
    await page.getByTestId('prize-card').first().screenshot({ path: join(shotsDir, `prize-${locale}-${device}.png`) });
    await page.getByTestId('odds-table').screenshot({ path: join(shotsDir, `odds-${locale}-${device}.png`) });
    await page.locator('#section-plays').screenshot({ path: join(shotsDir, `plays-${locale}-${device}.png`) });
    await page.goto(`${baseUrl}/studio/q/${quizId}?tab=leads`);
    await page.getByTestId('lead-row').first().waitFor();
    await page.screenshot({ path: join(shotsDir, `leads-${locale}-${device}.png`), fullPage: true });
    await page.goto(`${baseUrl}/studio/q/${quizId}?tab=checks`);
    await page.getByTestId('check-list').waitFor();
    await page.screenshot({ path: join(shotsDir, `checks-${locale}-${device}.png`), fullPage: true });
    await page.goto(`${baseUrl}/studio/q/${quizId}?tab=brand`);
    await page.getByTestId('game-preview').waitFor();
    await page.screenshot({ path: join(shotsDir, `brand-${locale}-${device}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('making a spin-the-wheel in the studio', () => {
  it('creates it from the template, edits a segment and a prize with live chances, publishes it, and manages its leads', async () => {
    const studio = await newPage();
    await signUp(studio, 'Noor');

    // The gallery has a Games group; the wheel template opens in the game editor.
    await studio.goto(`${baseUrl}/studio/new`);
    const games = studio.getByTestId('game-templates');
    await games.getByRole('heading', { name: 'Games' }).waitFor();
    mkdirSync(shotsDir, { recursive: true });
    await games.screenshot({ path: join(shotsDir, 'gallery-games-en-desktop.png') });
    await games.getByRole('button', { name: 'Use the template “Spin for a treat”' }).click();
    await studio.waitForURL(/\/studio\/q\/[^/?]+$/);
    const quizId = new URL(studio.url()).pathname.split('/').at(-1) ?? '';
    await studio.getByTestId('game-editor').waitFor();
    expect(await studio.locator('#quiz-title').inputValue()).toBe('Spin for a treat');
    expect(await studio.getByTestId('segment-row').count()).toBe(8);

    // A segment's label: the wheel preview follows.
    await studio.locator('#seg-s1-label').fill('Free latte');
    await expect.poll(() => studio.getByTestId('wheel-label').first().textContent()).toBe('Free latte');

    // The free coffee's odds go from 10 to 30: its chance and every other one follow (10/98 → 30/118).
    const coffee = studio.getByTestId('prize-card').filter({ has: studio.locator('#p-coffee-title') });
    expect(await coffee.getByTestId('prize-chance').textContent()).toBe('Chance: 10.2% of plays');
    expect(await oddsRow(studio, 'coffee').getByTestId('odds-chance').textContent()).toBe('10.2%');
    expect(await oddsRow(studio, 'try-again').getByTestId('odds-chance').textContent()).toBe('49%');
    await studio.locator('#p-coffee-odds').fill('30');
    await expect.poll(() => coffee.getByTestId('prize-chance').textContent()).toBe('Chance: 25.4% of plays');
    expect(await oddsRow(studio, 'coffee').getByTestId('odds-chance').textContent()).toBe('25.4%');
    expect(await oddsRow(studio, 'try-again').getByTestId('odds-chance').textContent()).toBe('40.7%');
    // Its stock: 5 a day now.
    await studio.locator('#p-coffee-stock-day').fill('5');
    await expect.poll(() => oddsRow(studio, 'coffee').locator('td').last().textContent()).toBe('300 in all · 5 a day');
    await waitSaved(studio);
    const saved = await callApi<{ quiz: { draft: { segments: { label: string }[]; prizes: { id: string; odds: number; stockPerDay: number | null }[] } } }>(studio, 'GET', `/api/studio/quizzes/${quizId}`);
    expect(saved.body.quiz.draft.segments[0]?.label).toBe('Free latte');
    expect(saved.body.quiz.draft.prizes.find((p) => p.id === 'coffee')).toMatchObject({ odds: 30, stockPerDay: 5 });

    // The checks pass; the launch tab publishes version 1.
    await studio.getByRole('tab', { name: 'Checks' }).click();
    await expect.poll(() => textOf(studio, '[data-testid="checks-summary"]'), { timeout: 15_000 }).toBe('Everything checks out. Ready to launch.');
    await studio.getByRole('tab', { name: 'Launch' }).click();
    await studio.getByTestId('publish').click();
    await expect.poll(() => studio.getByTestId('publish-message').textContent(), { timeout: 15_000 }).toBe('Published version 1.');
    const { body: campaign } = await callApi<{ slug: string }>(studio, 'GET', `/api/studio/quizzes/${quizId}/campaign`);

    // The studio's list tells the wheel apart from the quizzes.
    await studio.goto(`${baseUrl}/studio`);
    const listed = studio.getByTestId('quiz-row').filter({ hasText: 'Spin for a treat' });
    expect(await listed.getByTestId('game-kind').textContent()).toBe('Spin the wheel');
    await studio.getByTestId('quiz-list').screenshot({ path: join(shotsDir, 'list-en-desktop.png') });

    // Players get the wheel's cover at its public address.
    const player = await newPage();
    await player.goto(`${baseUrl}/q/${campaign.slug}`);
    expect(await player.locator('#game-title').textContent()).toBe('Spin for a treat');
    expect(await player.locator('.game-player').getAttribute('data-kind')).toBe('wheel');
    await player.getByTestId('game-start').waitFor();

    // A player leaves their e-mail; the leads tab lists it with the consent they agreed to.
    const lead = await callApi<unknown>(player, 'POST', '/api/games/lead', { slug: campaign.slug, email: 'sara@example.com', consentText, consent: true });
    expect(lead.status).toBe(201);
    const played = await callApi<{ outcome: { isWin: boolean; title: string } }>(player, 'POST', '/api/games/play', { slug: campaign.slug, requestId: 'studio-games-play-0001', name: 'Sara' });
    expect(played.status).toBe(201);
    await studio.goto(`${baseUrl}/studio/q/${quizId}`);
    await studio.getByRole('tab', { name: 'Leads' }).click();
    const row = studio.getByTestId('lead-row');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.locator('.lead-email').textContent()).toBe('sara@example.com');
    expect(await row.locator('.lead-main p').nth(1).textContent()).toMatch(/^Player #1, \u2068Sara\u2069 · /);
    expect(await row.locator('.lead-prizes').textContent()).toBe(`Won: ${played.body.outcome.isWin ? played.body.outcome.title : 'nothing yet'}`);
    await row.locator('.lead-consent summary').click();
    expect(await row.locator('.lead-consent p').textContent()).toBe(consentText);
    expect(await studio.getByTestId('leads-csv').getAttribute('href')).toBe(`/api/studio/quizzes/${quizId}/leads/csv`);

    await shoot(studio, quizId, 'en');
    await callApi(studio, 'POST', '/api/studio/locale', { locale: 'ar' });
    await shoot(studio, quizId, 'ar');
    await callApi(studio, 'POST', '/api/studio/locale', { locale: 'en' });

    // Deleting asks first; then the lead is gone from the list and from the API.
    await studio.goto(`${baseUrl}/studio/q/${quizId}?tab=leads`);
    await studio.getByTestId('lead-delete').click();
    const dialog = studio.getByRole('dialog', { name: 'Delete this lead?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await studio.getByTestId('lead-row').count()).toBe(1);
    await studio.getByTestId('lead-delete').click();
    await dialog.getByRole('button', { name: 'Delete the lead' }).click();
    await studio.getByTestId('leads-empty').waitFor();
    expect((await studio.getByTestId('leads-message').textContent())?.replace(/[\u2068\u2069]/g, '')).toBe('sara@example.com was deleted.');
    const after = await callApi<{ leads: unknown[] }>(studio, 'GET', `/api/studio/quizzes/${quizId}/leads`);
    expect(after.body.leads).toEqual([]);
  });

  it('checks a scratch card before launch, each finding leading to its field', async () => {
    const studio = await newPage();
    await signUp(studio, 'Huda');
    const created = await callApi<{ id: string }>(studio, 'POST', '/api/studio/quizzes', { templateId: 'scratch-perfume-ar' });
    expect(created.status).toBe(201);
    const quizId = created.body.id;
    const { body } = await callApi<{ quiz: { draft: { prizes: Record<string, unknown>[] } & Record<string, unknown> } }>(studio, 'GET', `/api/studio/quizzes/${quizId}`);
    const draft = body.quiz.draft;
    // Three things to fix: 40 a day of a prize that has 30 in all, codes of our own and none imported, no consent text.
    const broken = {
      ...draft,
      prizes: draft.prizes.map((p, i) => (i === 0 ? { ...p, stockTotal: 30, stockPerDay: 40 } : i === 1 ? { ...p, codes: 'imported' } : p)),
      leadCapture: { isEnabled: true, consentText: '' },
    };
    expect((await callApi(studio, 'PUT', `/api/studio/quizzes/${quizId}/draft`, broken)).status).toBe(200);

    await studio.goto(`${baseUrl}/studio/q/${quizId}?tab=checks`);
    await studio.getByTestId('check-list').waitFor();
    const codes = () => studio.locator('.finding').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
    await expect.poll(codes).toEqual(expect.arrayContaining(['per_day_over_total', 'codes_missing', 'consent_missing']));
    expect(await studio.locator('[data-check="segments"]').count()).toBe(0); // a scratch card has no segments
    const perDay = studio.locator('.finding[data-code="per_day_over_total"]');
    expect((await perDay.locator('.finding-text').textContent())?.replace(/[\u2068\u2069]/g, '')).toBe('“خصم 20٪ على طلبك”: 40 a day is more than the 30 in all.');

    mkdirSync(shotsDir, { recursive: true });
    for (const locale of ['en', 'ar'] as const) {
      await callApi(studio, 'POST', '/api/studio/locale', { locale });
      for (const [device, width, height] of [
        ['desktop', 1280, 900],
        ['phone', 390, 844],
      ] as const) {
        await studio.setViewportSize({ width, height });
        await studio.goto(`${baseUrl}/studio/q/${quizId}?tab=checks`);
        await studio.locator('.finding').first().waitFor();
        await studio.screenshot({ path: join(shotsDir, `checks-failing-${locale}-${device}.png`), fullPage: true });
        await studio.goto(`${baseUrl}/studio/q/${quizId}`);
        await studio.getByTestId('scratch-preview').waitFor();
        await studio.screenshot({ path: join(shotsDir, `scratch-editor-${locale}-${device}.png`) });
        await studio.locator('#section-card').screenshot({ path: join(shotsDir, `scratch-card-${locale}-${device}.png`) });
      }
    }
    await callApi(studio, 'POST', '/api/studio/locale', { locale: 'en' });
    await studio.setViewportSize({ width: 1280, height: 900 });

    // Fix opens the content tab at the field.
    await studio.goto(`${baseUrl}/studio/q/${quizId}?tab=checks`);
    await studio.locator('.finding[data-code="per_day_over_total"] button').click();
    await expect.poll(() => studio.evaluate(() => document.activeElement?.id)).toBe('p-khasm-20-stock-day');
    await studio.keyboard.press('Control+A');
    await studio.keyboard.type('25');
    await waitSaved(studio);
    await studio.getByRole('tab', { name: 'Checks' }).click();
    await studio.getByTestId('check-list').waitFor();
    await expect.poll(codes).not.toContain('per_day_over_total');
    expect(await codes()).toEqual(expect.arrayContaining(['codes_missing', 'consent_missing']));

    // The sample prize takes our own codes: two are imported (a line that is not a code is refused), and the
    // check now says they are fewer than its stock instead of missing.
    await studio.getByRole('tab', { name: 'Content' }).click();
    const sample = studio.getByTestId('prize-card').filter({ has: studio.locator('#p-ayyina-title') });
    expect(await sample.getByTestId('codes-free').textContent()).toBe('Codes left to give: 0');
    await sample.getByTestId('codes-input').fill('SAMPLE-0001\nsample-0002\nnot a code!');
    await sample.getByTestId('codes-import').click();
    await expect.poll(() => sample.getByTestId('codes-message').textContent()).toBe('Codes imported: 2. Lines that are not codes: 1 (line 3: “not a code!”).');
    await expect.poll(() => sample.getByTestId('codes-free').textContent()).toBe('Codes left to give: 2');
    await sample.getByTestId('codes-box').screenshot({ path: join(shotsDir, 'codes-en-desktop.png') });
    await studio.getByRole('tab', { name: 'Checks' }).click();
    await expect.poll(codes).toEqual(expect.arrayContaining(['codes_fewer', 'consent_missing']));
    expect(await codes()).not.toContain('codes_missing');
  });
});
