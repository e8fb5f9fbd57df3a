'use client';

import { useState } from 'react';
import { buildEmbedSnippet, buildIframeSnippet, type EmbedOptions } from '@/lib/embed/options';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';

/** A snippet in a read-only code box with its copy button (the text stays selectable where the clipboard is refused). */
function CodeBox({ id, label, code, copyLabel, copiedLabel }: { id: string; label: string; code: string; copyLabel: string; copiedLabel: string }) {
  const [isCopied, setIsCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setIsCopied(true);
      setTimeout(() => setIsCopied(false), 2000);
    } catch {
      document.querySelector<HTMLTextAreaElement>(`#${id}`)?.select();
    }
  }
  return (
    <div className="embed-code">
      <textarea id={id} className="input embed-code-text" readOnly value={code} dir="ltr" rows={Math.min(6, Math.ceil(code.length / 70) + 1)} aria-label={label} onFocus={(event) => event.currentTarget.select()} data-testid={id} />
      <button type="button" className="btn btn-primary embed-copy" onClick={() => void copy()} aria-live="polite" data-testid={`${id}-copy`}>
        {isCopied ? copiedLabel : copyLabel}
      </button>
    </div>
  );
}

/** The tag to paste, the plain iframe for sites that refuse scripts, and what the host page can listen to. */
export function SnippetCard({ locale, origin, slug, title, options }: { locale: StudioLocale; origin: string; slug: string; title: string; options: EmbedOptions }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const copy = { copyLabel: t('embed_copy'), copiedLabel: t('embed_copied') };
  return (
    <section className="card stack" aria-labelledby="embed-snippet-title">
      <div className="stack-sm">
        <h2 id="embed-snippet-title">{t('embed_snippet_heading')}</h2>
        <p className="field-hint">{t('embed_snippet_hint')}</p>
      </div>
      <CodeBox id="embed-snippet" label={t('embed_snippet_heading')} code={buildEmbedSnippet(origin, slug, options)} {...copy} />
      <div className="stack-sm">
        <h3 className="embed-subheading">{t('embed_iframe_heading')}</h3>
        <p className="field-hint">{t('embed_iframe_hint')}</p>
      </div>
      <CodeBox id="embed-iframe" label={t('embed_iframe_heading')} code={buildIframeSnippet(origin, slug, { title, height: options.height })} {...copy} />
      <div className="stack-sm">
        <h3 className="embed-subheading">{t('embed_events_heading')}</h3>
        <p className="field-hint">{t('embed_events_hint', { slug })}</p>
      </div>
    </section>
  );
}
