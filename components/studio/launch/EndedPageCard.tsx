'use client';

import { useState } from 'react';
import { endedMessageMaxLength, isHttpUrl } from '@/lib/campaign';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { useAnyDraft } from '../draft-context';
import { callStudio, type Campaign } from './api';
import { SaveFooter } from './SaveFooter';

type Errors = Partial<Record<'endedMessage' | 'endedUrl' | 'form', string>>;

/** The message and link of the page players see when the campaign is not live, with a preview of that page. */
export function EndedPageCard({ locale, campaign, onSaved }: { locale: StudioLocale; campaign: Campaign; onSaved: (campaign: Campaign) => void }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const { quizId, isReadOnly, draft } = useAnyDraft();
  const [message, setMessage] = useState(campaign.endedMessage ?? '');
  const [url, setUrl] = useState(campaign.endedUrl ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const charactersLeft = endedMessageMaxLength - message.length;

  async function save() {
    const found: Errors = {};
    if (message.length > endedMessageMaxLength) found.endedMessage = t('launch_err_message');
    if (!isHttpUrl(url)) found.endedUrl = t('launch_err_url');
    setErrors(found);
    setIsSaved(false);
    if (Object.keys(found).length > 0) return;
    setIsBusy(true);
    const answer = await callStudio<Campaign>(`/api/studio/quizzes/${quizId}/campaign`, 'PATCH', { endedMessage: message, endedUrl: url.trim() });
    setIsBusy(false);
    if (answer.ok) {
      onSaved(answer.data);
      setIsSaved(true);
      return;
    }
    const fromServer: Errors = {};
    for (const issue of answer.issues) {
      if (issue.path === 'endedMessage') fromServer.endedMessage = t('launch_err_message');
      if (issue.path === 'endedUrl') fromServer.endedUrl = t('launch_err_url');
    }
    setErrors(Object.keys(fromServer).length ? fromServer : { form: t('launch_request_failed', { message: answer.message }) });
  }

  return (
    <section className="card stack" aria-labelledby="launch-ended-title">
      <div className="row row-between">
        <h2 id="launch-ended-title">{t('launch_ended_heading')}</h2>
        {campaign.publishedVersionId ? (
          <a className="btn btn-ghost btn-sm" href={`/q/${campaign.slug}?preview=ended`} target="_blank" rel="noopener">
            {t('launch_preview_ended')}
          </a>
        ) : null}
      </div>
      <p className="muted">{t('launch_ended_intro')}</p>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor="launch-ended-message">
            {t('launch_ended_message')}
          </label>
          <textarea
            id="launch-ended-message"
            className="input launch-textarea"
            rows={3}
            lang={draft.locale}
            dir={draft.locale === 'ar' ? 'rtl' : 'ltr'}
            value={message}
            disabled={isReadOnly}
            aria-invalid={errors.endedMessage ? true : undefined}
            aria-describedby="launch-ended-message-count launch-ended-message-error"
            onChange={(event) => {
              setMessage(event.target.value);
              setIsSaved(false);
            }}
          />
          <p id="launch-ended-message-count" className={charactersLeft < 0 ? 'field-error' : 'field-hint'}>
            {t('launch_chars_left', { count: charactersLeft })}
          </p>
          <p id="launch-ended-message-error" className="field-error" role="alert">
            {errors.endedMessage ?? ''}
          </p>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="launch-ended-url">
            {t('launch_ended_url')}
          </label>
          <input
            id="launch-ended-url"
            className="input"
            type="url"
            inputMode="url"
            dir="ltr"
            placeholder="https://"
            value={url}
            disabled={isReadOnly}
            aria-invalid={errors.endedUrl ? true : undefined}
            aria-describedby="launch-ended-url-hint launch-ended-url-error"
            onChange={(event) => {
              setUrl(event.target.value);
              setIsSaved(false);
            }}
          />
          <p id="launch-ended-url-hint" className="field-hint">
            {t('launch_ended_url_hint')}
          </p>
          <p id="launch-ended-url-error" className="field-error" role="alert">
            {errors.endedUrl ?? ''}
          </p>
        </div>
        <SaveFooter locale={locale} error={errors.form} isReadOnly={isReadOnly} isBusy={isBusy} isSaved={isSaved} label={t('launch_save_ended')} testId="save-ended" />
      </form>
    </section>
  );
}
