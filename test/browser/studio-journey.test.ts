import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { usePeople } from './chromium';
import { playQuiz } from './play';

// The whole journey, through the UI alone, in English and in Arabic: sign up; create a personality quiz
// from scratch (three results, four questions); brand it and see the preview card change; see a failing
// pre-launch check and fix it; publish; play it as a player and get the expected result; and a second account
// can neither see nor open the quiz, by URL or by API.

const baseUrl = inject('baseUrl');
const people = usePeople();
const newPage = () => people.newPage();

type Quiz = { title: string; results: string[]; questions: { text: string; answers: string[] }[] };

const quizzes: Record<StudioLocale, Quiz> = {
  en: {
    title: 'Which festival are you?',
    results: ['The Headliner', 'The Wanderer', 'The Early Bird'],
    questions: [
      { text: 'The gates open. You…', answers: ['Run to the front row', 'Explore every stage', 'Find shade and a good spot'] },
      { text: 'Your festival outfit', answers: ['Glitter everywhere', 'Whatever was clean', 'Hat, sunscreen, water'] },
      { text: 'Midnight plans', answers: ['The big act, front row', 'A secret set in the woods', 'Asleep, up at sunrise'] },
      { text: 'You bring home…', answers: ['A lost voice', 'New friends', 'Every photo, sorted'] },
    ],
  },
  ar: {
    title: 'أي مهرجان يشبهك؟',
    results: ['نجم المسرح', 'المستكشف', 'الباكر'],
    questions: [
      { text: 'تُفتح البوابات. ماذا تفعل؟', answers: ['أركض إلى الصف الأول', 'أستكشف كل المسارح', 'أبحث عن ظل ومكان جيد'] },
      { text: 'ملابسك في المهرجان', answers: ['لمعان في كل مكان', 'أي شيء نظيف', 'قبعة وواقي شمس وماء'] },
      { text: 'خططك في منتصف الليل', answers: ['العرض الكبير من الصف الأول', 'حفلة سرية في الغابة', 'نائم لأستيقظ مع الشروق'] },
      { text: 'تعود إلى البيت ومعك…', answers: ['صوت مبحوح', 'أصدقاء جدد', 'كل الصور مرتبة'] },
    ],
  },
};

const article = (page: Page, name: string): Locator => page.getByRole('article', { name, exact: true });

async function signUp(page: Page, name: string, locale: StudioLocale): Promise<void> {
  if (locale === 'ar') await page.context().addCookies([{ name: 'ripple_studio_locale', value: 'ar', url: baseUrl }]);
  await page.goto(`${baseUrl}/sign-up`);
  await page.locator('#signup-name').fill(name);
  await page.locator('#signup-email').fill(`${name.toLowerCase()}-${locale}-${Date.now()}@example.com`);
  await page.locator('#signup-password').fill('a long enough password');
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/studio/);
  if (locale === 'ar') await page.locator('[data-testid="studio"][dir="rtl"]').waitFor();
}

async function openTab(page: Page, t: (key: StudioMessageKey) => string, key: 'tab_content' | 'tab_brand' | 'tab_checks' | 'tab_launch'): Promise<void> {
  await page.getByRole('tab', { name: t(key), exact: true }).click();
}

async function waitUntilSaved(page: Page, locale: StudioLocale): Promise<void> {
  await page.getByTestId('save-state').filter({ hasText: locale === 'ar' ? 'تم الحفظ' : 'Saved' }).waitFor({ timeout: 10_000 });
}

async function runJourney(locale: StudioLocale): Promise<void> {
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const quiz = quizzes[locale];
  const studio = await newPage();

  // 1. Sign up.
  await signUp(studio, locale === 'ar' ? 'Huda' : 'Nora', locale);

  // 2. A personality quiz from scratch, through the forms: three results, four questions of three answers.
  await studio.goto(`${baseUrl}/studio/new`);
  await studio.locator('label.kind-choice', { hasText: t('new_kind_personality') }).click();
  await studio.locator('#scratch-locale').selectOption(locale);
  await studio.locator('form button[type="submit"]').click();
  await studio.waitForURL(/\/studio\/q\/[A-Za-z0-9_-]+$/);
  const quizId = new URL(studio.url()).pathname.split('/').pop() ?? '';
  await studio.locator('.content-editor').waitFor();
  expect(await studio.locator('.editor').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');

  await studio.locator('#quiz-title').fill(quiz.title);
  await studio.getByRole('button', { name: t('add_result') }).click();
  for (const [i, title] of quiz.results.entries()) await article(studio, t('result_n', { n: i + 1 })).getByLabel(t('field_title'), { exact: true }).fill(title);
  for (let i = 1; i < quiz.questions.length; i++) await studio.getByRole('button', { name: t('add_question') }).click();
  for (const [qi, question] of quiz.questions.entries()) {
    const card = article(studio, t('question_n', { n: qi + 1 }));
    await card.getByLabel(t('question_text'), { exact: true }).fill(question.text);
    await card.getByRole('button', { name: t('add_answer') }).click();
    for (const [ai, answer] of question.answers.entries()) await card.getByLabel(t('answer_text', { n: ai + 1 }), { exact: true }).fill(answer);
  }
  // The weights: answer n gives 3 points to result n, except that no answer leads to the third result yet.
  const weight = (answer: string, result: string) => studio.getByLabel(t('weights_cell', { answer, result }), { exact: true });
  for (const question of quiz.questions) {
    for (const [ai, answer] of question.answers.entries()) if (ai < 2) await weight(answer, quiz.results[ai] ?? '').fill('3');
  }
  await studio.getByTestId('issue-count').filter({ hasText: t('issues_none') }).waitFor();
  await waitUntilSaved(studio, locale);

  // 3. Brand it: the preview card (a real PNG) changes.
  await openTab(studio, t, 'tab_brand');
  await brandQuiz(studio, locale);

  // 4. A failing pre-launch check (the third result cannot be reached), then fixed.
  await openTab(studio, t, 'tab_checks');
  await expectUnreachableResult(studio, locale, quiz.results[2] ?? '');
  await openTab(studio, t, 'tab_content');
  for (const question of quiz.questions) await weight(question.answers[2] ?? '', quiz.results[2] ?? '').fill('3');
  await waitUntilSaved(studio, locale);
  await openTab(studio, t, 'tab_checks');
  await expectAllResultsReachable(studio);

  // 5. Publish.
  await openTab(studio, t, 'tab_launch');
  await studio.getByTestId('campaign-state').filter({ hasText: t('launch_state_draft') }).waitFor();
  await studio.getByTestId('publish').click();
  await studio.getByTestId('publish-message').filter({ hasText: t('launch_published', { version: 1 }) }).waitFor();
  await studio.getByTestId('campaign-state').filter({ hasText: t('launch_state_live') }).waitFor();
  const publicUrl = await studio.locator('#launch-public-link').inputValue();
  expect(publicUrl).toMatch(new RegExp(`^${baseUrl}/q/[a-z0-9-]+$`));

  // 6. A player plays it in a fresh browser and gets the expected result: the third answers lead to the third result.
  const player = await newPage();
  await player.goto(publicUrl);
  expect(await player.getByRole('heading', { level: 1 }).textContent()).toBe(quiz.title);
  expect(await player.locator('main').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
  await playQuiz(player, 2, locale === 'ar' ? 'ليلى' : 'Lea');
  expect(await player.locator('#result-title').textContent()).toBe(quiz.results[2]);

  // 7. Another account can neither see nor open it: not in its list, a 404 by URL, by API and for its stats.
  const stranger = await newPage();
  await signUp(stranger, locale === 'ar' ? 'Samir' : 'Sam', locale);
  await stranger.goto(`${baseUrl}/studio`);
  expect(await stranger.getByText(quiz.title).count()).toBe(0);
  expect((await stranger.goto(`${baseUrl}/studio/q/${quizId}`))?.status()).toBe(404);
  expect((await stranger.goto(`${baseUrl}/studio/q/${quizId}?tab=launch`))?.status()).toBe(404);
  const slug = publicUrl.split('/').pop() ?? '';
  expect((await stranger.goto(`${baseUrl}/stats/${slug}`))?.status()).toBe(404);
  const statuses = await stranger.evaluate(async (id) => {
    const call = async (method: string, path: string, body?: unknown) =>
      (await fetch(path, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })).status;
    return [
      await call('GET', `/api/studio/quizzes/${id}`),
      await call('GET', `/api/studio/quizzes/${id}/campaign`),
      await call('GET', `/api/studio/quizzes/${id}/versions`),
      await call('PUT', `/api/studio/quizzes/${id}/draft`, { title: 'hijacked' }),
      await call('POST', `/api/studio/quizzes/${id}/publish`),
      await call('PATCH', `/api/studio/quizzes/${id}/campaign`, { action: 'stop' }),
      await call('POST', `/api/studio/quizzes/${id}/duplicate`),
      await call('POST', `/api/studio/quizzes/${id}/archive`, { isArchived: true }),
      await call('DELETE', `/api/studio/quizzes/${id}`, { confirm: 'x' }),
    ];
  }, quizId);
  expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 404, 404, 404]);
  // …and nothing changed: the player's quiz is still live, with its title.
  await player.goto(publicUrl);
  expect(await player.getByRole('heading', { level: 1 }).textContent()).toBe(quiz.title);
}

describe('the studio journey', () => {
  it('signs up, creates, brands, checks, publishes and plays a quiz; another account cannot reach it (English)', async () => {
    await runJourney('en');
  });

  it('does the same in the Arabic studio with an Arabic quiz, right to left', async () => {
    await runJourney('ar');
  });
});

// A fingerprint of the preview card's PNG as the page shows it (an object URL of the server's render).
async function readPreviewCard(page: Page): Promise<{ digest: string; width: number; height: number }> {
  const card = page.getByTestId('brand-preview-card');
  await card.waitFor();
  return card.evaluate(async (img: HTMLImageElement) => {
    if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
    const bytes = await (await fetch(img.src)).arrayBuffer();
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
    return { digest, width: img.naturalWidth, height: img.naturalHeight };
  });
}

async function brandQuiz(page: Page, locale: StudioLocale): Promise<void> {
  const before = await readPreviewCard(page);
  expect([before.width, before.height]).toEqual([1200, 630]);
  await page.locator('#brand-name').fill(locale === 'ar' ? 'مهرجان الصيف' : 'Summer Fest');
  await page.getByTestId('brand-primary-hex').fill('#be123c');
  // The card is rendered again by the server after the edits: another PNG.
  await expect.poll(async () => (await readPreviewCard(page)).digest, { timeout: 15_000 }).not.toBe(before.digest);
}

async function expectUnreachableResult(page: Page, locale: StudioLocale, resultTitle: string): Promise<void> {
  const reachability = page.locator('li[data-check="reachability"]');
  await expect.poll(() => reachability.getAttribute('data-status'), { timeout: 15_000 }).toBe('fail');
  const finding = reachability.locator('li.finding').filter({ hasText: resultTitle });
  expect(await finding.count()).toBe(1);
  expect(await finding.locator('.finding-text').textContent()).toContain(locale === 'ar' ? 'لن تخرج' : 'can never come out');
  // Its Fix button takes the author to the result in the content tab.
  await finding.getByRole('button').click();
  await expect.poll(() => page.locator('#tab-content').getAttribute('aria-selected')).toBe('true');
}

async function expectAllResultsReachable(page: Page): Promise<void> {
  await expect.poll(() => page.locator('li[data-check="reachability"]').getAttribute('data-status'), { timeout: 15_000 }).toBe('pass');
}
