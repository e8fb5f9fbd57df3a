'use client';

import { useState } from 'react';
import { defaultPanelWidth, embedModes, embedTriggers, sliderSides, type EmbedMode, type EmbedOptions } from '@/lib/embed/options';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Mode, size, theme color and trigger of the embed: the snippet's attributes, edited as a form. */
export function OptionsCard({ locale, options, onChange }: { locale: StudioLocale; options: EmbedOptions; onChange: (options: EmbedOptions) => void }) {
  const t = (key: Parameters<typeof studioText>[1]) => studioText(locale, key);
  const set = <K extends keyof EmbedOptions>(key: K, value: EmbedOptions[K]) => onChange({ ...options, [key]: value });
  const [colorText, setColorText] = useState(options.color);
  const isOverlay = options.mode === 'popup' || options.mode === 'slider';
  const isColorInvalid = !/^#[0-9a-f]{6}$/i.test(colorText.trim());

  function chooseMode(mode: EmbedMode) {
    // Each mode starts from its own sensible width (full width inline, 640 px popup, 420 px slider).
    onChange({ ...options, mode, width: defaultPanelWidth[mode] });
  }

  function setColor(text: string) {
    setColorText(text);
    const value = text.trim().toLowerCase();
    if (/^#[0-9a-f]{6}$/.test(value)) set('color', value);
  }

  const number = (id: string, key: 'width' | 'height' | 'delaySeconds' | 'scrollPercent', label: string, min: number, max: number, hint?: string) => (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="input embed-number" type="number" inputMode="numeric" min={min} max={max} value={options[key]} dir="ltr" onChange={(event) => set(key, clamp(Math.round(Number(event.target.value) || 0), min, max))} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );

  return (
    <section className="card stack" aria-labelledby="embed-mode-title">
      <h2 id="embed-mode-title">{t('embed_mode_heading')}</h2>
      <div className="embed-modes" role="radiogroup" aria-labelledby="embed-mode-title">
        {embedModes.map((mode) => (
          <label key={mode} className={`embed-mode${options.mode === mode ? ' is-chosen' : ''}`}>
            <input type="radio" name="embed-mode" value={mode} checked={options.mode === mode} onChange={() => chooseMode(mode)} data-testid={`embed-mode-${mode}`} />
            <span className="embed-mode-name">{t(`embed_mode_${mode}`)}</span>
            <span className="embed-mode-help">{t(`embed_mode_${mode}_help`)}</span>
          </label>
        ))}
      </div>
      <div className="embed-fields">
        {options.mode === 'fullpage' ? null : number('embed-width', 'width', t('embed_width'), 0, 2000, options.mode === 'inline' ? t('embed_width_inline_hint') : t('embed_width_panel_hint'))}
        {options.mode === 'inline' ? number('embed-height', 'height', t('embed_height'), 200, 2000, t('embed_height_hint')) : null}
        {isOverlay ? (
          <div className="field">
            <label className="field-label" htmlFor="embed-color-hex">
              {t('embed_color')}
            </label>
            <div className="embed-color">
              <input type="color" className="embed-color-swatch" aria-label={t('embed_color')} value={options.color} onChange={(event) => setColor(event.target.value)} />
              <input id="embed-color-hex" className="input embed-color-hex" value={colorText} maxLength={7} spellCheck={false} dir="ltr" aria-label={t('embed_color_hex')} aria-invalid={isColorInvalid || undefined} aria-describedby="embed-color-hint embed-color-error" onChange={(event) => setColor(event.target.value)} />
            </div>
            <p className="field-hint" id="embed-color-hint">
              {t('embed_color_hint')}
            </p>
            <p className="field-error" id="embed-color-error" role="alert">
              {isColorInvalid ? t('embed_color_invalid') : ''}
            </p>
          </div>
        ) : null}
        {isOverlay ? (
          <div className="field embed-field-wide">
            <label className="field-label" htmlFor="embed-trigger">
              {t('embed_trigger')}
            </label>
            <select id="embed-trigger" className="select" value={options.trigger} onChange={(event) => set('trigger', embedTriggers.find((trigger) => trigger === event.target.value) ?? 'button')}>
              {embedTriggers.map((trigger) => (
                <option key={trigger} value={trigger}>
                  {t(`embed_trigger_${trigger}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {isOverlay && options.trigger === 'delay' ? number('embed-delay', 'delaySeconds', t('embed_delay'), 0, 600) : null}
        {isOverlay && options.trigger === 'scroll' ? number('embed-scroll', 'scrollPercent', t('embed_scroll'), 1, 100) : null}
        {isOverlay ? (
          <div className="field">
            <label className="field-label" htmlFor="embed-button-text">
              {t('embed_button_text')}
            </label>
            <input id="embed-button-text" className="input" value={options.buttonText} maxLength={60} onChange={(event) => set('buttonText', event.target.value)} aria-describedby="embed-button-text-hint" />
            <p className="field-hint" id="embed-button-text-hint">
              {t('embed_button_text_hint')}
            </p>
          </div>
        ) : null}
        {options.mode === 'slider' ? (
          <div className="field">
            <label className="field-label" htmlFor="embed-side">
              {t('embed_side')}
            </label>
            <select id="embed-side" className="select" value={options.side} onChange={(event) => set('side', sliderSides.find((side) => side === event.target.value) ?? 'right')}>
              {sliderSides.map((side) => (
                <option key={side} value={side}>
                  {t(`embed_side_${side}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <label className="embed-check">
        <input type="checkbox" checked={options.isDataLayerOn} onChange={(event) => set('isDataLayerOn', event.target.checked)} />
        <span>{t('embed_datalayer')}</span>
      </label>
    </section>
  );
}
