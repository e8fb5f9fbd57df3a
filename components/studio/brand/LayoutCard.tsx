'use client';

import type { Brand } from '@/lib/quiz-schema';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { useAnyDraft } from '../draft-context';

const layouts: Array<{ id: Brand['cardLayout']; name: StudioMessageKey; hint: StudioMessageKey }> = [
  { id: 'spotlight', name: 'brand_layout_spotlight', hint: 'brand_layout_spotlight_hint' },
  { id: 'split', name: 'brand_layout_split', hint: 'brand_layout_split_hint' },
  { id: 'bold', name: 'brand_layout_bold', hint: 'brand_layout_bold_hint' },
];

/** The card templates, each drawn as a small sketch in the brand's colors. */
export function LayoutCard({ locale }: { locale: StudioLocale }) {
  const { draft, updateDraft, isReadOnly } = useAnyDraft();
  const t = (key: StudioMessageKey) => studioText(locale, key);
  const { primary, background, text, cardLayout } = draft.brand;
  return (
    <section className="card stack brand-card" aria-labelledby="brand-layout-title">
      <div className="stack-sm">
        <h2 id="brand-layout-title">{t('brand_layout_title')}</h2>
        <p className="muted small">{t('brand_layout_lead')}</p>
      </div>
      <div className="choice-grid" role="radiogroup" aria-labelledby="brand-layout-title" id="brand-cardLayout">
        {layouts.map((layout) => (
          <label key={layout.id} className={`choice-card layout-choice${cardLayout === layout.id ? ' is-selected' : ''}`} data-testid={`layout-${layout.id}`}>
            <input type="radio" name="brand-card-layout" value={layout.id} checked={cardLayout === layout.id} disabled={isReadOnly} onChange={() => updateDraft((d) => ({ ...d, brand: { ...d.brand, cardLayout: layout.id } }))} />
            <LayoutSketch layout={layout.id} primary={primary} background={background} text={text} />
            <span className="choice-text">
              <strong>{t(layout.name)}</strong>
              <span className="muted small">{t(layout.hint)}</span>
            </span>
          </label>
        ))}
      </div>
    </section>
  );
}

// A small drawing of a card template in the brand's colors (the bold one swaps the accent and the ground).
function LayoutSketch(props: { layout: Brand['cardLayout']; primary: string; background: string; text: string }) {
  const isBold = props.layout === 'bold';
  const ground = isBold ? props.primary : props.background;
  const accent = isBold ? props.background : props.primary;
  const ink = isBold ? props.background : props.text;
  return (
    <span className={`layout-sketch is-${props.layout}`} style={{ background: ground, borderColor: accent }} aria-hidden="true">
      <span className="sketch-media" style={{ background: accent }} />
      <span className="sketch-lines">
        <span style={{ background: ink }} />
        <span style={{ background: ink }} />
        <span className="sketch-pill" style={{ background: accent }} />
      </span>
    </span>
  );
}
