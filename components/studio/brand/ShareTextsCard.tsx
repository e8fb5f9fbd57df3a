'use client';

import { useRef, useState } from 'react';
import { buildShareText } from '@/lib/result-text';
import { channelLabels, type ShareChannel } from '@/lib/share';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { useDraft } from '../draft-context';
import { buildClientSample } from './sample';

// The channels whose share carries a text; Facebook and LinkedIn only take the link (and show its preview).
const textChannels = ['x', 'whatsapp', 'telegram', 'email', 'native'] as const satisfies readonly ShareChannel[];
type TextChannel = (typeof textChannels)[number];
const variables = ['{name}', '{result}', '{score}', '{quiz}'] as const;
// X counts a link as 23 characters, plus the space before it.
const xLinkChars = 24;
const xMaxChars = 280;

/**
 * The share texts: one for every channel and, optionally, one per channel (a shorter one for X, a warmer one for
 * WhatsApp), each with its variables and a live preview of the text Sara would share.
 */
export function ShareTextsCard({ locale }: { locale: StudioLocale }) {
  const { draft, updateDraft, isReadOnly } = useDraft();
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const fields = useRef(new Map<string, HTMLTextAreaElement>());
  const lastFocused = useRef('brand-shareText');
  const sample = buildClientSample(draft);
  // Open when the quiz already has per-channel texts; after that the author opens and closes it.
  const [isChannelsOpenAtFirst] = useState(() => Object.keys(draft.shareTexts ?? {}).length > 0);
  const labelOf = (channel: TextChannel) => (channel === 'email' ? t('brand_share_email') : channel === 'native' ? t('brand_share_native') : channelLabels[channel]);

  const setDefault = (value: string) => updateDraft((d) => ({ ...d, shareText: value === '' ? undefined : value }));
  const setChannel = (channel: TextChannel, value: string) =>
    updateDraft((d) => {
      const next: Partial<Record<ShareChannel, string>> = { ...d.shareTexts };
      if (value === '') delete next[channel];
      else next[channel] = value;
      return { ...d, shareTexts: Object.keys(next).length > 0 ? next : undefined };
    });

  function insert(variable: string) {
    const id = lastFocused.current;
    const field = fields.current.get(id);
    if (!field) return;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const value = `${field.value.slice(0, start)}${variable}${field.value.slice(end)}`.slice(0, 280);
    if (id === 'brand-shareText') setDefault(value);
    else setChannel(id.replace('brand-shareTexts-', '') as TextChannel, value);
    requestAnimationFrame(() => {
      field.focus();
      field.setSelectionRange(start + variable.length, start + variable.length);
    });
  }

  const register = (id: string) => ({
    ref: (element: HTMLTextAreaElement | null) => {
      if (element) fields.current.set(id, element);
      else fields.current.delete(id);
    },
    onFocus: () => {
      lastFocused.current = id;
    },
  });

  return (
    <section className="card stack brand-card" aria-labelledby="brand-share-title">
      <div className="stack-sm">
        <h2 id="brand-share-title">{t('brand_share_title')}</h2>
        <p className="muted small">{t('brand_share_lead')}</p>
      </div>
      {isReadOnly ? null : (
        <div className="variable-bar" role="group" aria-label={t('brand_share_title')}>
          {variables.map((variable) => (
            <button key={variable} type="button" className="btn btn-sm variable-chip" dir="ltr" aria-label={t('brand_share_insert', { variable })} onMouseDown={(event) => event.preventDefault()} onClick={() => insert(variable)}>
              {variable}
            </button>
          ))}
        </div>
      )}
      <ShareField
        id="brand-shareText"
        label={t('brand_share_default')}
        hint={t('brand_share_default_hint')}
        value={draft.shareText ?? ''}
        placeholder={buildShareText({ ...sample, definition: { ...draft, shareText: undefined, shareTexts: undefined } })}
        preview={buildShareText(sample)}
        previewLabel={t('brand_share_preview')}
        isReadOnly={isReadOnly}
        onChange={setDefault}
        {...register('brand-shareText')}
      />
      <details className="share-channels" open={isChannelsOpenAtFirst || undefined}>
        <summary>{t('brand_share_channels')}</summary>
        <div className="share-channel-grid">
          {textChannels.map((channel) => {
            const preview = buildShareText(sample, channel);
            const xCount = [...preview].length + xLinkChars;
            return (
              <ShareField
                key={channel}
                id={`brand-shareTexts-${channel}`}
                label={labelOf(channel)}
                hint={t('brand_share_channel_hint')}
                value={draft.shareTexts?.[channel] ?? ''}
                placeholder={buildShareText(sample)}
                preview={preview}
                previewLabel={t('brand_share_preview')}
                isReadOnly={isReadOnly}
                onChange={(value) => setChannel(channel, value)}
                counter={channel === 'x' ? { text: xCount > xMaxChars ? t('brand_share_x_too_long', { count: xCount }) : t('brand_share_x_count', { count: xCount }), isOver: xCount > xMaxChars } : undefined}
                {...register(`brand-shareTexts-${channel}`)}
              />
            );
          })}
        </div>
      </details>
      <p className="muted small">{t('brand_share_no_text')}</p>
    </section>
  );
}

function ShareField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  placeholder: string;
  preview: string;
  previewLabel: string;
  isReadOnly: boolean;
  onChange: (value: string) => void;
  counter?: { text: string; isOver: boolean };
  ref: (element: HTMLTextAreaElement | null) => void;
  onFocus: () => void;
}) {
  const describedBy = [`${props.id}-hint`, `${props.id}-preview`, props.counter ? `${props.id}-count` : undefined].filter(Boolean).join(' ');
  return (
    <div className="field share-field">
      <label className="field-label" htmlFor={props.id}>
        {props.label}
      </label>
      <textarea
        id={props.id}
        ref={props.ref}
        className="input share-textarea"
        rows={2}
        maxLength={280}
        dir="auto"
        value={props.value}
        placeholder={props.placeholder}
        readOnly={props.isReadOnly}
        aria-invalid={props.counter?.isOver || undefined}
        aria-describedby={describedBy}
        onFocus={props.onFocus}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <p className="field-hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      <p className="share-preview" id={`${props.id}-preview`} dir="auto" data-testid={`${props.id}-preview`}>
        <span className="share-preview-label">{props.previewLabel}</span> {props.preview}
      </p>
      {props.counter ? (
        <p className={props.counter.isOver ? 'field-error' : 'field-hint'} id={`${props.id}-count`}>
          {props.counter.text}
        </p>
      ) : null}
    </div>
  );
}
