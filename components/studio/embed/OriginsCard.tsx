'use client';

import { useState } from 'react';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { callStudio } from '../launch/api';
import type { EmbedOriginsAnswer } from './api';

/** The workspace's sites allowed to frame its games, one per line; saved as the browser will send them (normalised). */
export function OriginsCard(props: { locale: StudioLocale; workspaceId: string; origins: string[]; canEdit: boolean; onSaved: (origins: string[]) => void }) {
  const { locale, workspaceId, canEdit } = props;
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const [text, setText] = useState(props.origins.join('\n'));
  const [errors, setErrors] = useState<string[]>([]);
  const [isSaved, setIsSaved] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  async function save() {
    setIsBusy(true);
    setIsSaved(false);
    const answer = await callStudio<EmbedOriginsAnswer>('/api/studio/embed', 'PUT', { workspaceId, origins: text.split('\n') });
    setIsBusy(false);
    if (answer.ok) {
      setErrors([]);
      setText(answer.data.origins.join('\n'));
      setIsSaved(true);
      props.onSaved(answer.data.origins);
    } else {
      setErrors(answer.issues.length > 0 ? answer.issues.map((issue) => issue.message) : [t('embed_request_failed', { message: answer.message })]);
    }
  }

  return (
    <section className="card stack" aria-labelledby="embed-origins-title">
      <div className="stack-sm">
        <h2 id="embed-origins-title">{t('embed_origins_heading')}</h2>
        <p className="field-hint" id="embed-origins-hint">
          {t('embed_origins_hint')}
        </p>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="embed-origins">
          {t('embed_origins_label')}
        </label>
        <textarea
          id="embed-origins"
          className="input embed-origins"
          rows={4}
          dir="ltr"
          spellCheck={false}
          placeholder="https://www.acme.com"
          value={text}
          readOnly={!canEdit}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby="embed-origins-hint embed-origins-errors"
          onChange={(event) => {
            setText(event.target.value);
            setIsSaved(false);
          }}
        />
        <ul className="field-error embed-origin-errors" id="embed-origins-errors" role="alert">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </div>
      {canEdit ? (
        <div className="row">
          <button type="button" className="btn btn-primary" disabled={isBusy} onClick={() => void save()} data-testid="embed-origins-save">
            {t('embed_origins_save')}
          </button>
          <span className="muted" role="status">
            {isSaved ? t('embed_origins_saved') : ''}
          </span>
        </div>
      ) : null}
    </section>
  );
}
