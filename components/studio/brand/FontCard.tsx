'use client';

import { brandFonts, type BrandFont } from '@/lib/quiz-schema';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { useAnyDraft } from '../draft-context';

const fontNames: Record<BrandFont, { name: StudioMessageKey; hint: StudioMessageKey; family: string }> = {
  'noto-sans': { name: 'brand_font_noto_sans', hint: 'brand_font_noto_sans_hint', family: "'Noto Sans', 'Noto Sans Arabic', sans-serif" },
  'noto-serif': { name: 'brand_font_noto_serif', hint: 'brand_font_noto_serif_hint', family: "'Noto Serif', 'Noto Naskh Arabic', serif" },
};

/** The brand's font, among those Ripple ships (the card renderer has their files; nothing is fetched). */
export function FontCard({ locale }: { locale: StudioLocale }) {
  const { draft, updateDraft, isReadOnly } = useAnyDraft();
  const t = (key: StudioMessageKey) => studioText(locale, key);
  const current = draft.brand.font ?? 'noto-sans';
  return (
    <section className="card stack brand-card" aria-labelledby="brand-font-title">
      <div className="stack-sm">
        <h2 id="brand-font-title">{t('brand_font_title')}</h2>
        <p className="muted small">{t('brand_font_lead')}</p>
      </div>
      <div className="choice-grid" role="radiogroup" aria-labelledby="brand-font-title" id="brand-font">
        {brandFonts.map((font) => (
          <label key={font} className={`choice-card${current === font ? ' is-selected' : ''}`}>
            <input type="radio" name="brand-font" value={font} checked={current === font} disabled={isReadOnly} onChange={() => updateDraft((d) => ({ ...d, brand: { ...d.brand, font } }))} />
            <span className="font-sample" style={{ fontFamily: fontNames[font].family }} aria-hidden="true">
              Aa <span lang="ar">أب</span>
            </span>
            <span className="choice-text">
              <strong>{t(fontNames[font].name)}</strong>
              <span className="muted small">{t(fontNames[font].hint)}</span>
            </span>
          </label>
        ))}
      </div>
    </section>
  );
}
