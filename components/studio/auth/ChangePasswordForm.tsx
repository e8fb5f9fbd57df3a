'use client';

import { useState, type FormEvent } from 'react';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { sendJson } from './request';
import { TextField } from './TextField';
import { checkNewPassword } from './validate';

type Fields = 'current' | 'next' | 'confirm';
type Errors = Partial<Record<Fields | 'form', string>>;

/** Changes the password through Better Auth, which checks the current one and signs out other devices. */
export function ChangePasswordForm({ locale }: { locale: StudioLocale }) {
  const t = (key: StudioMessageKey, values?: Record<string, string>) => studioText(locale, key, values);
  const [values, setValues] = useState({ current: '', next: '', confirm: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [isPending, setIsPending] = useState(false);
  const [isDone, setIsDone] = useState(false);
  const set = (field: Fields) => (value: string) => {
    setIsDone(false);
    setValues((v) => ({ ...v, [field]: value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!values.current) found.current = t('error_password_required');
    const problem = checkNewPassword(values.next);
    if (problem) found.next = t(problem);
    else if (values.next === values.current) found.next = t('error_password_same');
    if (!found.next && values.confirm !== values.next) found.confirm = t('error_password_mismatch');
    setErrors(found);
    const first = (['current', 'next', 'confirm'] as const).find((f) => found[f]);
    if (first) return document.getElementById(`password-${first}`)?.focus();
    setIsPending(true);
    const result = await sendJson('/api/auth/change-password', { body: { currentPassword: values.current, newPassword: values.next, revokeOtherSessions: true } });
    setIsPending(false);
    if (result.ok) {
      setValues({ current: '', next: '', confirm: '' });
      setIsDone(true);
      return;
    }
    if (result.code === 'INVALID_PASSWORD') setErrors({ current: t('error_current_password') });
    else if (result.code === 'PASSWORD_TOO_SHORT') setErrors({ next: t('error_password_short') });
    else if (result.code === 'PASSWORD_TOO_LONG') setErrors({ next: t('error_password_long') });
    else setErrors({ form: result.status === 0 ? t('error_network') : t('error_generic', { message: result.message }) });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="change-password">
      <TextField id="password-current" label={t('field_current_password')} type="password" value={values.current} onChange={set('current')} autoComplete="current-password" error={errors.current} dir="ltr" />
      <TextField id="password-next" label={t('field_new_password')} type="password" value={values.next} onChange={set('next')} autoComplete="new-password" hint={t('field_password_hint')} error={errors.next} dir="ltr" />
      <TextField id="password-confirm" label={t('field_confirm_password')} type="password" value={values.confirm} onChange={set('confirm')} autoComplete="new-password" error={errors.confirm} dir="ltr" />
      {errors.form ? (
        <p className="notice notice-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <p className="notice notice-success" role="status" hidden={!isDone}>
        {isDone ? t('password_changed') : ''}
      </p>
      <div>
        <button className="btn btn-primary" type="submit" disabled={isPending}>
          {isPending ? t('password_pending') : t('password_submit')}
        </button>
      </div>
    </form>
  );
}
