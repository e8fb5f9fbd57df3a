import type { EditableDraft } from '../draft-context';

/** The editor tab where the field at a draft path is edited; the blocked words live on the checks tab. */
export function getFieldTab(path: string): 'content' | 'brand' | 'checks' {
  if (path === 'blockedWords') return 'checks';
  return /^(brand|shareText)/.test(path) ? 'brand' : 'content';
}

/**
 * The elements that may hold the field at a draft path, most precise first, as CSS selectors: the ids the
 * content editor gives its fields (`q-<question id>-text`, `a-<question id>-<answer id>-text`, `r-<result
 * id>-title`, `t-<tier id>-min`…), the brand tab's own ids, an issue marked with `data-issue-path`, and the
 * section as a last resort. Ids of items come from the draft, since paths count positions.
 */
export function listFieldSelectors(path: string, draft: EditableDraft): string[] {
  const parts = path.split('.');
  const [head, index, field, subIndex, subField] = parts;
  const id = (value: string) => `#${CSS.escape(value)}`;
  const byIssue = `[data-issue-path="${CSS.escape(path)}"]`;
  const n = Number(index);
  switch (head) {
    case 'blockedWords':
      return ['#blocked-words'];
    case 'shareText':
      return ['#brand-shareText'];
    case 'shareTexts':
      return [id(`brand-shareTexts-${index ?? 'x'}`), '#brand-shareText'];
    case 'brand': {
      const brandIds: Record<string, string[]> = {
        name: ['#brand-name'],
        logo: ['#brand-logo button', '#brand-logo'],
        logoAlt: ['#brand-logo input.input', '#brand-logo button'],
        primary: ['#brand-primary-hex'],
        background: ['#brand-background-hex'],
        text: ['#brand-text-hex'],
        cardLayout: ['#brand-cardLayout input:checked', '#brand-cardLayout input'],
        font: ['#brand-font input:checked', '#brand-font input'],
      };
      return [...(brandIds[index ?? ''] ?? []), '#brand-name'];
    }
    case 'title':
      return ['#quiz-title'];
    case 'description':
      return ['#quiz-description'];
    case 'coverEmoji':
      return ['#quiz-cover-emoji'];
    case 'coverImageAlt':
      return ['#quiz-cover-alt', '#section-quiz'];
    case 'coverImage':
      return ['.image-field:has(#quiz-cover-alt) button', '#quiz-cover-emoji', '#section-quiz'];
    case 'results':
    case 'tiers': {
      const items = draft.kind === 'personality' && head === 'results' ? draft.results : draft.kind === 'trivia' && head === 'tiers' ? draft.tiers : [];
      const itemId = items[n]?.id;
      const prefix = `${head === 'results' ? 'r' : 't'}-${itemId ?? ''}`;
      const section = head === 'results' ? '#section-results' : '#section-tiers';
      if (!itemId) return [byIssue, section];
      const fields: Record<string, string[]> = {
        title: [id(`${prefix}-title`)],
        description: [id(`${prefix}-description`)],
        emoji: [id(`${prefix}-emoji`)],
        minPercent: [id(`${prefix}-min`)],
        imageAlt: [id(`${prefix}-image-alt`)],
        image: [`.image-field:has(${id(`${prefix}-image-alt`)}) button`, id(`${prefix}-emoji`)],
      };
      return [...(fields[field ?? ''] ?? []), byIssue, id(`${prefix}-title`), section];
    }
    case 'questions': {
      const question = 'questions' in draft ? draft.questions[n] : undefined;
      if (!question) return [byIssue, '#section-questions'];
      const prefix = `q-${question.id}`;
      if (field === 'answers') {
        const answer = question.answers[Number(subIndex)];
        const answerPrefix = `a-${question.id}-${answer?.id ?? ''}`;
        const answerFields: Record<string, string[]> = { imageAlt: [id(`${answerPrefix}-image-alt`)], image: [`.image-field:has(${id(`${answerPrefix}-image-alt`)}) button`] };
        return [...(answer ? [...(answerFields[subField ?? ''] ?? []), id(`${answerPrefix}-text`)] : []), byIssue, id(`${prefix}-text`), '#section-questions'];
      }
      const fields: Record<string, string[]> = { imageAlt: [id(`${prefix}-image-alt`)], image: [`.image-field:has(${id(`${prefix}-image-alt`)}) button`], points: [id(`${prefix}-points`)] };
      return [...(fields[field ?? ''] ?? []), byIssue, id(`${prefix}-text`), '#section-questions'];
    }
    default:
      return [byIssue, '#section-quiz'];
  }
}

/**
 * Takes the author to the field of a finding without leaving the page (the draft stays as it is): opens its tab,
 * then scrolls to the first element that holds it and focuses it (or the first control inside it).
 */
export function revealField(path: string, draft: EditableDraft): void {
  const tab = document.getElementById(`tab-${getFieldTab(path)}`);
  if (tab?.getAttribute('aria-selected') !== 'true') tab?.click();
  let tries = 0;
  // The tab renders on the next frames; an item may take a little longer to appear.
  const attempt = () => {
    const element = listFieldSelectors(path, draft)
      .map((selector) => document.querySelector<HTMLElement>(selector))
      .find((found): found is HTMLElement => found !== null);
    if (!element) {
      if (++tries < 10) requestAnimationFrame(attempt);
      return;
    }
    // A field inside a closed disclosure (the per-channel share texts) is shown first.
    const details = element.closest('details');
    if (details && !details.open) details.open = true;
    const focusable = element.matches('input, select, textarea, button, a[href]') ? element : element.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button, a[href]');
    (focusable ?? element).scrollIntoView({ block: 'center' });
    if (focusable) focusable.focus({ preventScroll: true });
    else {
      element.tabIndex = -1;
      element.focus({ preventScroll: true });
    }
  };
  requestAnimationFrame(() => requestAnimationFrame(attempt));
}
