import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { usePeople } from './chromium';
import { signUp } from './studio-page';

// Creating and editing quizzes in a real browser, through the UI alone: a personality quiz from scratch (three
// results, four questions, the weights matrix), keyboard reordering, undo and redo, autosave across a reload,
// JSON export and import (a broken file lists its exact problems and changes nothing), the same in the Arabic
// studio, and a timed trivia question that moves on by itself.

const baseUrl = inject('baseUrl');
const people = usePeople();
const newPage = () => people.newPage({ acceptDownloads: true });

const saved = /^(Saved|تم الحفظ)$/;

async function waitUntilSaved(page: Page): Promise<void> {
  await page.getByTestId('save-state').filter({ hasText: saved }).waitFor({ timeout: 10_000 });
}

const article = (page: Page, name: string): Locator => page.getByRole('article', { name, exact: true });

async function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

async function createFromScratch(page: Page, kind: RegExp, language: 'en' | 'ar'): Promise<void> {
  await page.goto(`${baseUrl}/studio/new`);
  await page.locator('label.kind-choice', { hasText: kind }).click();
  await page.locator('#scratch-locale').selectOption(language);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/studio\/q\/[A-Za-z0-9_-]+$/);
  await page.locator('.content-editor').waitFor();
}

const pizza = {
  title: 'Which pizza are you?',
  results: ['The Classic', 'The Adventurer', 'The Minimalist'],
  questions: [
    { text: 'Pick a topping', answers: ['Tomato and basil', 'Pineapple and chili', 'Just cheese'] },
    { text: 'Friday night plans?', answers: ['Dinner with old friends', 'A spontaneous road trip', 'Home, quiet, early'] },
    { text: 'Your ideal holiday', answers: ['Rome, again', 'Somewhere without Wi-Fi', 'A cabin and a book'] },
    { text: 'Your desk looks…', answers: ['Tidy with a plant', 'Covered in souvenirs', 'Empty'] },
  ],
};

describe('the quiz editor', () => {
  it('makes a personality quiz from scratch through the UI, reorders by keyboard, undoes, autosaves, exports and imports', async () => {
    const page = await newPage();
    await signUp(page, 'Pia');
    await createFromScratch(page, /^Personality/, 'en');
    expect(await page.getByTestId('issue-count').textContent()).toMatch(/to fix before publishing/);
    // An empty title says so right beside the field.
    expect(await page.locator('[data-issue-path="title"]').textContent()).toContain('Required.');

    await page.getByLabel('Title', { exact: true }).first().fill(pizza.title);
    await page.getByLabel('Description', { exact: true }).first().fill('Four questions, one slice of truth.');

    // Three results: the blank quiz has two, a third is added.
    await page.getByRole('button', { name: 'Add a result' }).click();
    for (const [i, title] of pizza.results.entries()) await article(page, `Result ${i + 1}`).getByLabel('Title', { exact: true }).fill(title);

    // Four questions of three answers each.
    for (let i = 1; i < pizza.questions.length; i++) await page.getByRole('button', { name: 'Add a question' }).click();
    for (const [qi, question] of pizza.questions.entries()) {
      const card = article(page, `Question ${qi + 1}`);
      await card.getByLabel('Question', { exact: true }).fill(question.text);
      await card.getByRole('button', { name: 'Add an answer' }).click();
      for (const [ai, answer] of question.answers.entries()) await card.getByLabel(`Answer ${ai + 1}`, { exact: true }).fill(answer);
    }

    // The weights matrix: each answer gives 3 points to "its" result.
    for (const question of pizza.questions) {
      for (const [ai, answer] of question.answers.entries()) {
        await page.getByLabel(`Points of “${answer}” for “${pizza.results[ai]}”`, { exact: true }).fill('3');
      }
    }
    // It is a grid for the keyboard: arrows move between cells.
    await page.getByLabel('Points of “Tomato and basil” for “The Classic”', { exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel(page)).toBe('Points of “Tomato and basil” for “The Adventurer”');
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel(page)).toBe('Points of “Pineapple and chili” for “The Adventurer”');
    await page.keyboard.type('x');
    expect(await page.locator('#weights-invalid').textContent()).toBe('Use a whole number from −10 to 10.');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');

    await page.getByTestId('issue-count').filter({ hasText: 'Ready to publish' }).waitFor();
    await waitUntilSaved(page);

    // Reorder by keyboard: pick up question 2 by its handle, move it up, drop it.
    await page.getByRole('button', { name: 'Reorder question 2' }).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(300);
    await page.keyboard.press('Space');
    await article(page, 'Question 1').getByLabel('Question', { exact: true }).and(page.locator(`[value="${pizza.questions[1]?.text}"]`)).waitFor();
    // …and back with the "Move down" button, which keeps the focus on the moved question.
    await page.getByRole('button', { name: 'Move question 1 down' }).click();
    expect(await article(page, 'Question 1').getByLabel('Question', { exact: true }).inputValue()).toBe(pizza.questions[0]?.text);
    expect(await page.getByTestId('announcer').textContent()).toBe('Question 1 is now at position 2.');

    // Undo and redo: typing in the title is one step; Ctrl+Z outside a text field undoes it.
    const title = page.locator('#quiz-title');
    await title.fill('A typo');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    expect(await title.inputValue()).toBe(pizza.title);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    expect(await title.inputValue()).toBe('A typo');
    await page.locator('#section-questions-title').click();
    await page.keyboard.press('Control+z');
    expect(await title.inputValue()).toBe(pizza.title);
    await waitUntilSaved(page);

    // Everything was autosaved: a reload shows it all.
    await page.reload();
    await page.locator('.content-editor').waitFor();
    expect(await page.locator('#quiz-title').inputValue()).toBe(pizza.title);
    for (const [qi, question] of pizza.questions.entries()) expect(await article(page, `Question ${qi + 1}`).getByLabel('Question', { exact: true }).inputValue()).toBe(question.text);
    for (const [i, result] of pizza.results.entries()) expect(await article(page, `Result ${i + 1}`).getByLabel('Title', { exact: true }).inputValue()).toBe(result);
    expect(await page.getByLabel('Points of “Pineapple and chili” for “The Adventurer”', { exact: true }).inputValue()).toBe('3');
    expect(await page.getByLabel('Points of “Pineapple and chili” for “The Classic”', { exact: true }).inputValue()).toBe('');
    expect(await page.getByTestId('issue-count').textContent()).toBe('Ready to publish');

    // Export: the draft as a JSON file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('which-pizza-are-you.json');
    const exported = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { title: string; kind: string; questions: { answers: { weights?: Record<string, number> }[] }[]; results: { title: string }[] };
    expect(exported).toMatchObject({ title: pizza.title, kind: 'personality' });
    expect(exported.results.map((r) => r.title)).toEqual(pizza.results);
    expect(exported.questions).toHaveLength(4);

    // A broken file: the exact list of what is wrong, and the draft is untouched.
    const broken = { ...exported, title: '', results: [{ title: 'Only one' }], questions: exported.questions.map((q, i) => (i === 2 ? { ...q, answers: q.answers.slice(0, 1) } : q)) };
    await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.locator('p').first().textContent()).toMatch(/^“broken\.json” is not a valid Ripple quiz\. Nothing was changed\./);
    expect(await errors.getByTestId('import-issue').allTextContents()).toEqual([
      'TitletitleRequired.',
      'Question 3 › Answersquestions.2.answersAdd at least 2.',
      'Result 1 › Idresults.0.idRequired.',
      'ResultsresultsAdd at least 2.',
    ]);
    expect(await page.locator('#quiz-title').inputValue()).toBe(pizza.title);
    await errors.getByRole('button', { name: 'Close' }).click();

    // A file that is not JSON at all.
    await page.getByTestId('import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"title": ') });
    await page.getByTestId('import-errors').waitFor();
    expect(await page.getByTestId('import-errors').textContent()).toContain('“notes.json” is not a JSON file');
    await page.getByTestId('import-errors').getByRole('button', { name: 'Close' }).click();

    // A good file replaces the draft in one step of undo.
    await page.getByTestId('import-file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, title: 'Imported pizza' })) });
    await page.locator('#quiz-title[value="Imported pizza"]').waitFor();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    expect(await page.locator('#quiz-title').inputValue()).toBe(pizza.title);
    await waitUntilSaved(page);

    // The gallery imports the same file as a new quiz.
    await page.goto(`${baseUrl}/studio/new`);
    await page.getByTestId('gallery-import-file').setInputFiles({ name: 'pizza.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.waitForURL(/\/studio\/q\//);
    expect(await page.locator('#quiz-title').inputValue()).toBe(pizza.title);
    await page.goto(`${baseUrl}/studio/new`);
    await page.getByTestId('gallery-import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByTestId('import-errors').waitFor();
    expect(await page.getByTestId('import-errors').getByTestId('import-issue').count()).toBe(4);

    // Leaving with a change the server does not have yet asks first.
    await page.goBack();
    await page.locator('.content-editor').waitFor();
    // (Chrome only asks on a page the person has interacted with: a click and typing.)
    await page.locator('#quiz-title').click();
    await page.keyboard.type(' (draft)');
    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    expect((await dialog).type()).toBe('beforeunload');
    await (await dialog).accept();
  });

  it('works the same in the Arabic studio, with an Arabic quiz written right to left', async () => {
    const page = await newPage();
    await signUp(page, 'Amal');
    await page.getByTestId('locale-toggle').click();
    await page.locator('[data-testid="studio"][dir="rtl"]').waitFor();
    await createFromScratch(page, /^شخصية/, 'ar');
    expect(await page.locator('.editor').getAttribute('dir')).toBe('rtl');
    expect(await page.getByTestId('quiz-direction').textContent()).toContain('من اليمين إلى اليسار');
    expect(await page.locator('#quiz-title').getAttribute('dir')).toBe('rtl');

    await page.locator('#quiz-title').fill('أي قهوة تشبهك؟');
    await article(page, 'النتيجة 1').getByLabel('العنوان', { exact: true }).fill('القهوة العربية');
    await article(page, 'النتيجة 2').getByLabel('العنوان', { exact: true }).fill('الإسبريسو');
    await page.getByRole('button', { name: 'أضف سؤالًا' }).click();
    const questions = [
      { text: 'كيف تبدأ صباحك؟', answers: ['بهدوء مع العائلة', 'بسرعة إلى العمل'] },
      { text: 'ما رحلتك المفضلة؟', answers: ['الصحراء والنجوم', 'مدينة صاخبة'] },
    ];
    for (const [qi, question] of questions.entries()) {
      const card = article(page, `السؤال ${qi + 1}`);
      await card.getByLabel('السؤال', { exact: true }).fill(question.text);
      for (const [ai, answer] of question.answers.entries()) await card.getByLabel(`الإجابة ${ai + 1}`, { exact: true }).fill(answer);
      for (const [ai, answer] of question.answers.entries()) await page.getByLabel(`نقاط «${answer}» لـ«${ai === 0 ? 'القهوة العربية' : 'الإسبريسو'}»`, { exact: true }).fill('2');
    }
    await page.getByTestId('issue-count').filter({ hasText: 'جاهز للنشر' }).waitFor();

    // In the right-to-left grid, the left arrow moves forward (to the next result).
    await page.getByLabel('نقاط «بهدوء مع العائلة» لـ«القهوة العربية»', { exact: true }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel(page)).toBe('نقاط «بهدوء مع العائلة» لـ«الإسبريسو»');

    // Keyboard reordering and the move buttons, announced in Arabic.
    await page.getByRole('button', { name: 'أعد ترتيب السؤال 2' }).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(300);
    await page.keyboard.press('Space');
    await article(page, 'السؤال 1').locator(`input[value="${questions[1]?.text}"]`).waitFor();
    await page.getByRole('button', { name: 'انقل السؤال 1 لأسفل' }).click();
    expect(await page.getByTestId('announcer').textContent()).toBe('السؤال 1 الآن في الموضع 2.');

    // Undo and redo in Arabic.
    await page.locator('#quiz-title').fill('عنوان خاطئ');
    await page.getByRole('button', { name: 'تراجع', exact: true }).click();
    expect(await page.locator('#quiz-title').inputValue()).toBe('أي قهوة تشبهك؟');
    await page.getByRole('button', { name: 'إعادة', exact: true }).click();
    await page.getByRole('button', { name: 'تراجع', exact: true }).click();
    await waitUntilSaved(page);

    await page.reload();
    await page.locator('.content-editor').waitFor();
    expect(await page.locator('#quiz-title').inputValue()).toBe('أي قهوة تشبهك؟');
    expect(await article(page, 'السؤال 1').getByLabel('السؤال', { exact: true }).inputValue()).toBe(questions[0]?.text);
    expect(await page.getByLabel('نقاط «مدينة صاخبة» لـ«الإسبريسو»', { exact: true }).inputValue()).toBe('2');

    // A broken file is explained in Arabic.
    await page.getByTestId('import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ kind: 'personality', locale: 'ar', title: '' })) });
    await page.getByTestId('import-errors').waitFor();
    const issues = await page.getByTestId('import-errors').getByTestId('import-issue').allTextContents();
    expect(issues[0]).toBe('العنوانtitleمطلوب.');
    expect(await page.locator('#quiz-title').inputValue()).toBe('أي قهوة تشبهك؟');
  });

  it('makes a timed trivia question move on by itself when the time runs out, counted wrong', async () => {
    const page = await newPage();
    await signUp(page, 'Tariq');
    await page.goto(`${baseUrl}/studio/new`);
    await page.getByRole('button', { name: 'Use the template “Space trivia: how far can you go?”' }).click();
    await page.waitForURL(/\/studio\/q\//);
    const seconds = article(page, 'Question 1').getByLabel('Seconds to answer', { exact: true });
    expect(await seconds.inputValue()).toBe('20');
    await seconds.fill('5');
    await waitUntilSaved(page);
    const quizId = page.url().split('/').at(-1) ?? '';
    const published = await page.evaluate(async (id) => (await fetch(`/api/studio/quizzes/${id}/publish`, { method: 'POST' })).status, quizId);
    expect(published).toBe(200);
    const slug = await page.evaluate(async (id) => ((await (await fetch(`/api/studio/quizzes/${id}`)).json()) as { quiz: { slug: string } }).quiz.slug, quizId);

    const player = await newPage();
    await player.goto(`${baseUrl}/q/${slug}`);
    await player.getByRole('button', { name: 'Start' }).click();
    await player.getByTestId('question-timer').waitFor();
    expect(await player.getByTestId('question-timer').textContent()).toMatch(/s left$/);
    // No answer: after 5 seconds the quiz moves on to question 2 by itself.
    await player.getByText('Question 2 of 5').waitFor({ timeout: 9_000 });
    // The rest answered right (the right answers are known from the template).
    const rightAnswers = [['About 8 minutes'], ['Saturn', 'Jupiter', 'Uranus'], ['Neil Armstrong'], ['Jupiter']];
    for (const answers of rightAnswers) {
      for (const answer of answers) await player.locator('button.answer', { hasText: new RegExp(`^${answer}$`) }).click();
      if (answers.length > 1) await player.getByRole('button', { name: 'Next' }).click();
    }
    await player.locator('#player-name').fill('Tariq');
    await player.getByRole('button', { name: 'See my result' }).click();
    await player.waitForURL(/\/r\//);
    // 5 of 6 points (83%): question 1 timed out and counts wrong, so the tier is the 80% one, not the 100% one.
    expect(await player.locator('#result-title').textContent()).toBe('Deep-space explorer');
  });
});
