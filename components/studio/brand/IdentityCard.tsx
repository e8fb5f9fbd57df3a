'use client';

import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { useAnyDraft } from '../draft-context';
import { ImagePicker } from '../ImagePicker';

/** The brand's name and logo (with its alt text), as printed on the play page and the cards. */
export function IdentityCard({ locale }: { locale: StudioLocale }) {
  const { draft, updateDraft, isReadOnly } = useAnyDraft();
  const t = (key: StudioMessageKey) => studioText(locale, key);
  const isNameEmpty = draft.brand.name.trim() === '';
  return (
    <section className="card stack brand-card" aria-labelledby="brand-identity-title">
      <div className="stack-sm">
        <h2 id="brand-identity-title">{t('brand_identity_title')}</h2>
        <p className="muted small">{t('brand_identity_lead')}</p>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="brand-name">
          {t('brand_name_label')}
        </label>
        <input
          id="brand-name"
          className="input"
          value={draft.brand.name}
          maxLength={60}
          readOnly={isReadOnly}
          dir="auto"
          aria-invalid={isNameEmpty || undefined}
          aria-describedby={isNameEmpty ? 'brand-name-error' : undefined}
          onChange={(event) => {
            const name = event.target.value;
            updateDraft((d) => ({ ...d, brand: { ...d.brand, name } }));
          }}
        />
        {isNameEmpty ? (
          <p className="field-error" id="brand-name-error" role="alert">
            {t('brand_name_empty')}
          </p>
        ) : null}
      </div>
      <div id="brand-logo" data-testid="brand-logo">
        <ImagePicker
          label={t('brand_logo_label')}
          locale={locale}
          value={draft.brand.logo}
          alt={draft.brand.logoAlt}
          onChange={(logo) => updateDraft((d) => ({ ...d, brand: { ...d.brand, logo, logoAlt: logo ? d.brand.logoAlt : undefined } }))}
          onAltChange={(alt) => updateDraft((d) => ({ ...d, brand: { ...d.brand, logoAlt: alt === '' ? undefined : alt } }))}
        />
      </div>
    </section>
  );
}
