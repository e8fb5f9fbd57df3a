import type { Page } from 'playwright-core';

/** Plays a quiz as a person would: Start, one answer per question (the n-th answer), a name, the result. */
export async function playQuiz(page: Page, answerIndex: number, name: string): Promise<void> {
  await page.getByRole('button', { name: /^(Start|ابدأ)$/ }).click();
  for (;;) {
    const nameField = page.locator('#player-name');
    const answers = page.locator('button.answer');
    await Promise.race([nameField.waitFor(), answers.first().waitFor()]);
    if (await nameField.isVisible()) break;
    const progress = await page.locator('.question .muted.small').first().textContent();
    const count = await answers.count();
    const isMultiple = await page.locator('.question').getByText(/^(Pick all that apply|اختر كل ما ينطبق)$/).isVisible();
    await answers.nth(Math.min(answerIndex, count - 1)).click();
    if (isMultiple) await page.locator('.question').getByRole('button', { name: /^(Next|See my result|التالي|اعرض نتيجتي)$/ }).click();
    // Wait for the next step before looking again.
    await page.waitForFunction((before) => document.querySelector('.question .muted.small')?.textContent !== before || !!document.querySelector('#player-name'), progress);
  }
  await page.locator('#player-name').fill(name);
  await page.getByRole('button', { name: /^(See my result|اعرض نتيجتي)$/ }).click();
  await page.waitForURL(/\/r\//);
}
