'use client';

import { useState, type ReactNode } from 'react';
import { Emoji } from '../../Emoji';
import { ImagePicker } from '../ImagePicker';
import { useAnyDraft } from '../draft-context';
import { useContentEditor } from './editor-context';
import { findIssueMessages } from './issue-text';

/** The strict issues of one field, right under it; `id` is what the control's aria-describedby points at. */
export function FieldIssues({ path, id }: { path: string; id: string }) {
  const { issues } = useAnyDraft();
  const { locale } = useContentEditor();
  const messages = findIssueMessages(issues, path, locale);
  if (messages.length === 0) return null;
  return (
    <p className="field-error content-issue" id={id} data-issue-path={path}>
      {messages.join(' ')}
    </p>
  );
}

/** Whether a field has a strict issue, for aria-invalid. */
export function useHasIssue(path: string): boolean {
  return useAnyDraft().issues.some((issue) => issue.path === path);
}

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  issuePath: string;
  maxLength: number;
  placeholder?: string;
  hint?: string;
  isMultiline?: boolean;
  /** the label is read by screen readers only (a compact row) */
  isLabelHidden?: boolean;
  /** what is typed is quiz content (its language and direction), not studio UI */
  isContent?: boolean;
  inputMode?: 'text' | 'url';
  className?: string;
};

/** A labelled text input or textarea with its hint and its strict issue. */
export function TextField(props: TextFieldProps) {
  const { contentDir, contentLang } = useContentEditor();
  const hasIssue = useHasIssue(props.issuePath);
  const issueId = `${props.id}-issue`;
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const describedBy = [hintId, hasIssue ? issueId : undefined].filter(Boolean).join(' ') || undefined;
  const common = {
    id: props.id,
    className: 'input',
    value: props.value,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
    'aria-invalid': hasIssue || undefined,
    'aria-describedby': describedBy,
    dir: props.isContent ? contentDir : props.inputMode === 'url' ? 'ltr' : undefined,
    lang: props.isContent ? contentLang : undefined,
  };
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={props.id} className={props.isLabelHidden ? 'visually-hidden' : 'field-label'}>
        {props.label}
      </label>
      {props.isMultiline ? (
        <textarea {...common} rows={3} onChange={(event) => props.onChange(event.target.value)} />
      ) : (
        <input {...common} type={props.inputMode === 'url' ? 'url' : 'text'} onChange={(event) => props.onChange(event.target.value)} />
      )}
      {props.hint ? (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <FieldIssues path={props.issuePath} id={issueId} />
    </div>
  );
}

/**
 * An emoji input that shows the emoji as players will see it (the shipped Twemoji picture, as on the cards) while
 * it is not being typed in; typing shows the raw text.
 */
export function EmojiInput(props: { id: string; value: string; onChange: (value: string) => void; label?: string; hasIssue?: boolean; describedBy?: string }) {
  const { t } = useContentEditor();
  const [isFocused, setIsFocused] = useState(false);
  const isPreviewed = !isFocused && /\p{Extended_Pictographic}/u.test(props.value);
  return (
    <span className={`emoji-field${isPreviewed ? ' has-preview' : ''}`}>
      <input
        id={props.id}
        className="input emoji-input"
        value={props.value}
        maxLength={16}
        placeholder="🙂"
        title={t('field_emoji_hint')}
        aria-label={props.label}
        aria-invalid={props.hasIssue || undefined}
        aria-describedby={props.describedBy}
        autoComplete="off"
        onFocus={() => setIsFocused(true)}
        onBlur={() => setIsFocused(false)}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {isPreviewed ? (
        <span className="emoji-preview" aria-hidden="true">
          <Emoji emoji={props.value} size={24} label="" />
        </span>
      ) : null}
    </span>
  );
}

/** A labelled emoji field with its hint and strict issue. */
export function EmojiField(props: { id: string; label: string; value: string; onChange: (value: string) => void; issuePath: string }) {
  const hasIssue = useHasIssue(props.issuePath);
  return (
    <div className="field field-emoji">
      <label htmlFor={props.id} className="field-label">
        {props.label}
      </label>
      <EmojiInput id={props.id} value={props.value} onChange={props.onChange} hasIssue={hasIssue} describedBy={hasIssue ? `${props.id}-issue` : undefined} />
      <FieldIssues path={props.issuePath} id={`${props.id}-issue`} />
    </div>
  );
}

/**
 * A whole-number field that never puts a half-typed value in the draft: what is typed is kept locally until it
 * is a number in range, and shown as it was typed; leaving the field puts back the draft's value.
 */
export function NumberField(props: { id: string; label: string; value: number; min: number; max: number; onChange: (value: number) => void; issuePath: string; hint?: string; className?: string }) {
  const { t } = useContentEditor();
  const [typed, setTyped] = useState<string | null>(null);
  const hasIssue = useHasIssue(props.issuePath);
  const parsed = typed === null ? props.value : /^-?\d+$/.test(typed.trim()) ? Number(typed.trim()) : Number.NaN;
  const isOutOfRange = typed !== null && typed.trim() !== '' && !(parsed >= props.min && parsed <= props.max);
  const rangeId = `${props.id}-range`;
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={props.id} className="field-label">
        {props.label}
      </label>
      <input
        id={props.id}
        className="input input-number"
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={1}
        value={typed ?? String(props.value)}
        aria-invalid={hasIssue || isOutOfRange || undefined}
        aria-describedby={[hintId, isOutOfRange ? rangeId : undefined, hasIssue ? `${props.id}-issue` : undefined].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const text = event.target.value;
          setTyped(text);
          const value = Number(text);
          if (/^-?\d+$/.test(text.trim()) && value >= props.min && value <= props.max && value !== props.value) props.onChange(value);
        }}
        onBlur={() => setTyped(null)}
      />
      {props.hint ? (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {isOutOfRange ? (
        <p className="field-error" id={rangeId}>
          {t('issue_min_number', { n: props.min })} {t('issue_max_number', { n: props.max })}
        </p>
      ) : null}
      <FieldIssues path={props.issuePath} id={`${props.id}-issue`} />
    </div>
  );
}

/** A checkbox drawn as a switch, with its label and an optional hint. */
export function ToggleField(props: { id: string; label: string; isChecked: boolean; onChange: (isChecked: boolean) => void; hint?: string }) {
  return (
    <div className="toggle-field">
      <input id={props.id} type="checkbox" className="toggle" role="switch" checked={props.isChecked} aria-describedby={props.hint ? `${props.id}-hint` : undefined} onChange={(event) => props.onChange(event.target.checked)} />
      <div className="stack-xs">
        <label htmlFor={props.id} className="field-label">
          {props.label}
        </label>
        {props.hint ? (
          <p className="field-hint" id={`${props.id}-hint`}>
            {props.hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** An image of Ripple's storage (the shared picker) and, once there is one, its description for screen readers. */
export function ImageField(props: { id: string; label: string; value?: string; alt?: string; onChange: (path?: string) => void; onAltChange: (alt?: string) => void; issuePath: string; altIssuePath: string }) {
  const { locale, t } = useContentEditor();
  return (
    <div className="field image-field">
      <ImagePicker value={props.value} onChange={props.onChange} label={props.label} locale={locale} />
      <FieldIssues path={props.issuePath} id={`${props.id}-issue`} />
      {props.value ? (
        <TextField
          id={`${props.id}-alt`}
          label={t('field_image_alt')}
          hint={t('field_image_alt_hint')}
          value={props.alt ?? ''}
          maxLength={200}
          issuePath={props.altIssuePath}
          isContent
          onChange={(value) => props.onAltChange(value === '' ? undefined : value)}
        />
      ) : null}
    </div>
  );
}

/** A card-like section of the editor with a heading, a lead line and an anchor for the toolbar's links. */
export function EditorSection(props: { id: string; title: string; lead?: string; issue?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="card content-section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <div className="content-section-head">
        <div className="stack-xs">
          <h2 id={`${props.id}-title`}>{props.title}</h2>
          {props.lead ? <p className="muted small content-lead">{props.lead}</p> : null}
        </div>
        {props.actions}
      </div>
      {props.issue}
      {props.children}
    </section>
  );
}

/** An icon drawn inline (no icon font): arrows, a drag handle, a bin, a plus. */
export function Icon({ name }: { name: 'up' | 'down' | 'drag' | 'remove' | 'add' | 'undo' | 'redo' | 'image' }) {
  const paths: Record<typeof name, ReactNode> = {
    up: <path d="M12 19V5M5 12l7-7 7 7" />,
    down: <path d="M12 5v14M5 12l7 7 7-7" />,
    drag: (
      <>
        <circle cx="9" cy="6" r="1.5" />
        <circle cx="15" cy="6" r="1.5" />
        <circle cx="9" cy="12" r="1.5" />
        <circle cx="15" cy="12" r="1.5" />
        <circle cx="9" cy="18" r="1.5" />
        <circle cx="15" cy="18" r="1.5" />
      </>
    ),
    remove: <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />,
    add: <path d="M12 5v14M5 12h14" />,
    undo: <path d="M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3" />,
    redo: <path d="m15 14 5-5-5-5M20 9H9a5 5 0 0 0 0 10h3" />,
    image: (
      <>
        <rect x="3" y="4" width="18" height="16" rx="2" />
        <circle cx="9" cy="10" r="2" />
        <path d="m21 17-5-5-9 8" />
      </>
    ),
  };
  return (
    <svg className={`icon icon-${name}`} viewBox="0 0 24 24" width="18" height="18" fill={name === 'drag' ? 'currentColor' : 'none'} stroke={name === 'drag' ? 'none' : 'currentColor'} strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {paths[name]}
    </svg>
  );
}
