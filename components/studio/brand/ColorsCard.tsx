'use client';

import { getContrastRatio } from '@/lib/card/contrast';
import type { StudioLocale, StudioMessageKey } from '@/lib/studio-i18n';
import { studioText } from '@/lib/studio-i18n';
import { useAnyDraft } from '../draft-context';
import { ColorField } from './ColorField';

/** WCAG AA for body text: below it, text is hard to read for many people. */
const minReadableRatio = 4.5;

/**
 * The brand's three colors, with the contrast that matters for each: the text on the background (the card
 * switches to black or white below 4.5:1) and the white text of the play page's buttons on the accent.
 */
export function ColorsCard({ locale }: { locale: StudioLocale }) {
  const { draft, updateDraft, isReadOnly } = useAnyDraft();
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const { primary, background, text } = draft.brand;
  const format = (ratio: number) => (Math.floor(ratio * 10) / 10).toFixed(1);
  const textRatio = getContrastRatio(text, background);
  const buttonRatio = getContrastRatio('#ffffff', primary);
  const set = (key: 'primary' | 'background' | 'text') => (color: string) => updateDraft((d) => ({ ...d, brand: { ...d.brand, [key]: color } }));
  const common = { isReadOnly, invalidMessage: t('brand_color_invalid') };
  return (
    <section className="card stack brand-card" aria-labelledby="brand-colors-title">
      <div className="stack-sm">
        <h2 id="brand-colors-title">{t('brand_colors_title')}</h2>
        <p className="muted small">{t('brand_colors_lead')}</p>
      </div>
      <div className="color-grid">
        <ColorField
          id="brand-primary"
          label={t('brand_color_primary')}
          hint={t('brand_color_primary_hint')}
          hexLabel={t('brand_color_hex', { color: t('brand_color_primary') })}
          value={primary}
          onChange={set('primary')}
          note={{ text: buttonRatio < minReadableRatio ? t('brand_contrast_button_low', { ratio: format(buttonRatio) }) : t('brand_contrast_ok', { ratio: format(buttonRatio) }), tone: buttonRatio < minReadableRatio ? 'warn' : 'ok' }}
          {...common}
        />
        <ColorField id="brand-background" label={t('brand_color_background')} hint={t('brand_color_background_hint')} hexLabel={t('brand_color_hex', { color: t('brand_color_background') })} value={background} onChange={set('background')} {...common} />
        <ColorField
          id="brand-text"
          label={t('brand_color_text')}
          hint={t('brand_color_text_hint')}
          hexLabel={t('brand_color_hex', { color: t('brand_color_text') })}
          value={text}
          onChange={set('text')}
          note={{ text: textRatio < minReadableRatio ? t('brand_contrast_text_low', { ratio: format(textRatio) }) : t('brand_contrast_ok', { ratio: format(textRatio) }), tone: textRatio < minReadableRatio ? 'warn' : 'ok' }}
          {...common}
        />
      </div>
    </section>
  );
}
