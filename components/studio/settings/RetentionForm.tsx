'use client';

import './settings.css';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { sendJson } from '../auth/request';

const minDays = 1;
const maxDays = 3650;
const savedSchema = z.object({ retentionDays: z.number().int().nullable(), deleted: z.object({ events: z.number(), linkClicks: z.number(), touches: z.number() }) });

/**
 * The workspace's retention setting: keep raw events forever, or delete them after 1…3650 days. Owners change it;
 * saving applies it at once and the answer says how many old records went. Other members read it.
 */
export function RetentionForm({ locale, workspaceId, canEdit, retentionDays }: { locale: StudioLocale; workspaceId: string; canEdit: boolean; retentionDays: number | null }) {
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const [isLimited, setIsLimited] = useState(retentionDays !== null);
  const [days, setDays] = useState(String(retentionDays ?? 365));
  const [daysError, setDaysError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [isPending, setIsPending] = useState(false);

  if (!canEdit) {
    return (
      <div className="stack-sm">
        <p data-testid="retention-current">{retentionDays === null ? t('retention_current_forever') : t('retention_current_days', { days: retentionDays })}</p>
        <p className="notice">{t('retention_owner_only')}</p>
      </div>
    );
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setStatus('');
    let value: number | null = null;
    if (isLimited) {
      value = /^\d+$/.test(days.trim()) ? Number(days.trim()) : Number.NaN;
      if (!Number.isInteger(value) || value < minDays || value > maxDays) return setDaysError(t('retention_error_days'));
    }
    setDaysError(null);
    setIsPending(true);
    const result = await sendJson('/api/studio/retention', { method: 'PUT', body: { workspaceId, retentionDays: value } });
    setIsPending(false);
    const saved = result.ok ? savedSchema.safeParse(result.data) : null;
    if (!result.ok || !saved?.success) return setError(!result.ok && result.status === 0 ? t('error_network') : t('error_generic', { message: result.ok ? 'unexpected answer' : result.message }));
    const { deleted } = saved.data;
    const count = new Intl.NumberFormat(locale === 'ar' ? 'ar' : 'en').format(deleted.events + deleted.linkClicks + deleted.touches);
    setStatus(saved.data.retentionDays === null ? t('retention_saved_forever') : t('retention_saved_days', { days: saved.data.retentionDays, count }));
  }

  return (
    <form className="stack" onSubmit={save} noValidate data-testid="retention-form">
      <fieldset className="retention-choices">
        <legend className="visually-hidden">{t('retention_title')}</legend>
        <label className="retention-choice">
          <input type="radio" name="retention" value="forever" checked={!isLimited} onChange={() => setIsLimited(false)} />
          <span>{t('retention_forever')}</span>
        </label>
        <label className="retention-choice">
          <input type="radio" name="retention" value="days" checked={isLimited} onChange={() => setIsLimited(true)} />
          <span>{t('retention_days_option')}</span>
        </label>
      </fieldset>
      {isLimited ? (
        <div className="field retention-days">
          <label className="field-label" htmlFor="retention-days">
            {t('retention_days_label')}
          </label>
          <input
            id="retention-days"
            className="input"
            type="number"
            inputMode="numeric"
            min={minDays}
            max={maxDays}
            step={1}
            value={days}
            aria-invalid={daysError ? true : undefined}
            aria-describedby="retention-days-hint retention-days-error"
            onChange={(e) => setDays(e.target.value)}
          />
          <p className="field-hint" id="retention-days-hint">
            {t('retention_days_hint')}
          </p>
          <p className="field-error" id="retention-days-error" role="alert">
            {daysError ?? ''}
          </p>
        </div>
      ) : null}
      <div>
        <button className="btn btn-primary" type="submit" disabled={isPending}>
          {isPending ? t('retention_saving') : t('retention_save')}
        </button>
      </div>
      <p className="field-error" role="alert">
        {error ?? ''}
      </p>
      <p className="small status-line retention-status" role="status" aria-live="polite" data-testid="retention-status">
        {status}
      </p>
    </form>
  );
}
