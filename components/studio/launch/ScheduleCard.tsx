'use client';

import { useEffect, useState } from 'react';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { useAnyDraft } from '../draft-context';
import { callStudio, type Campaign } from './api';
import { formatMoment, fromDateTimeLocal, getTimeZoneName, toDateTimeLocal } from './format';
import { SaveFooter } from './SaveFooter';

type Errors = Partial<Record<'startsAt' | 'endsAt' | 'form', string>>;

/** The campaign's start and end, entered in the reader's time zone; the end must come after the start. */
export function ScheduleCard({ locale, campaign, onSaved }: { locale: StudioLocale; campaign: Campaign; onSaved: (campaign: Campaign) => void }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const { quizId, isReadOnly } = useAnyDraft();
  const [startsAt, setStartsAt] = useState(() => toDateTimeLocal(campaign.startsAt));
  const [endsAt, setEndsAt] = useState(() => toDateTimeLocal(campaign.endsAt));
  const [errors, setErrors] = useState<Errors>({});
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const [zone, setZone] = useState('');
  useEffect(() => setZone(getTimeZoneName()), []);

  async function save() {
    const start = fromDateTimeLocal(startsAt);
    const end = fromDateTimeLocal(endsAt);
    const found: Errors = {};
    if (Number.isNaN(start)) found.startsAt = t('launch_bad_date');
    if (Number.isNaN(end)) found.endsAt = t('launch_bad_date');
    if (!found.startsAt && !found.endsAt && start !== null && end !== null && end <= start) found.endsAt = t('launch_err_end_before_start');
    setErrors(found);
    setIsSaved(false);
    if (Object.keys(found).length > 0) return;
    setIsBusy(true);
    const answer = await callStudio<Campaign>(`/api/studio/quizzes/${quizId}/campaign`, 'PATCH', { startsAt: start, endsAt: end });
    setIsBusy(false);
    if (answer.ok) {
      onSaved(answer.data);
      setIsSaved(true);
      return;
    }
    // The server checks the same rules: its issues are shown next to their fields, in the studio's language.
    const fromServer: Errors = {};
    for (const issue of answer.issues) {
      if (issue.path === 'endsAt') fromServer.endsAt = t('launch_err_end_before_start');
      if (issue.path === 'startsAt') fromServer.startsAt = t('launch_bad_date');
    }
    setErrors(Object.keys(fromServer).length ? fromServer : { form: t('launch_request_failed', { message: answer.message }) });
  }

  const field = (name: 'startsAt' | 'endsAt', label: string, value: string, setValue: (value: string) => void) => (
    <div className="field launch-date-field">
      <label className="field-label" htmlFor={`launch-${name}`}>
        {label}
      </label>
      <div className="launch-date-row">
        <input
          id={`launch-${name}`}
          className="input"
          type="datetime-local"
          value={value}
          disabled={isReadOnly}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={`launch-${name}-error launch-schedule-hint`}
          onChange={(event) => {
            setValue(event.target.value);
            setIsSaved(false);
          }}
        />
        {isReadOnly || value === '' ? null : (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setValue('')}>
            {t('launch_clear')}
          </button>
        )}
      </div>
      <p id={`launch-${name}-error`} className="field-error" role="alert">
        {errors[name] ?? ''}
      </p>
    </div>
  );

  // The saved schedule in words, dates in the studio's language (the inputs follow the browser's own format).
  const start = campaign.startsAt === null ? null : formatMoment(locale, campaign.startsAt);
  const end = campaign.endsAt === null ? null : formatMoment(locale, campaign.endsAt);
  const summary = start && end ? t('launch_schedule_both', { start, end }) : start ? t('launch_schedule_start', { start }) : end ? t('launch_schedule_end', { end }) : t('launch_schedule_none');
  return (
    <section className="card stack" aria-labelledby="launch-schedule-title">
      <h2 id="launch-schedule-title">{t('launch_schedule_heading')}</h2>
      <p className="muted" data-testid="schedule-summary">
        {summary}
      </p>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="launch-two">
          {field('startsAt', t('launch_starts_at'), startsAt, setStartsAt)}
          {field('endsAt', t('launch_ends_at'), endsAt, setEndsAt)}
        </div>
        <p id="launch-schedule-hint" className="field-hint">
          {t('launch_schedule_hint', { zone })}
        </p>
        <SaveFooter locale={locale} error={errors.form} isReadOnly={isReadOnly} isBusy={isBusy} isSaved={isSaved} isPrimary label={t('launch_save_schedule')} testId="save-schedule" />
      </form>
    </section>
  );
}
