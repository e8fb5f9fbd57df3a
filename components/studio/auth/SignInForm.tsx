'use client';

import { useState, type FormEvent } from 'react';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { sendJson } from './request';
import { TextField } from './TextField';
import { checkEmail } from './validate';

type Errors = Partial<Record<'email' | 'password' | 'form', string>>;

/** Signs in through Better Auth, then goes on to `next` (a path of this site, checked by the page). */
export function SignInForm({ locale, next }: { locale: StudioLocale; next: string }) {
  const t = (key: StudioMessageKey, values?: Record<string, string>) => studioText(locale, key, values);
  const [values, setValues] = useState({ email: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    const email = checkEmail(values.email);
    if (email) found.email = t(email);
    if (!values.password) found.password = t('error_password_required');
    setErrors(found);
    const first = (['email', 'password'] as const).find((f) => found[f]);
    if (first) return document.getElementById(`signin-${first}`)?.focus();
    setIsPending(true);
    const result = await sendJson('/api/auth/sign-in/email', { body: { email: values.email.trim(), password: values.password } });
    if (result.ok) return window.location.assign(next);
    setIsPending(false);
    // Which of the two was wrong is not said, on purpose: it would tell a stranger which e-mails have accounts.
    if (result.code === 'INVALID_EMAIL_OR_PASSWORD' || result.status === 401) setErrors({ password: t('error_credentials') });
    else if (result.code === 'INVALID_EMAIL') setErrors({ email: t('error_email_invalid') });
    else setErrors({ form: result.status === 0 ? t('error_network') : t('error_generic', { message: result.message }) });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField id="signin-email" label={t('field_email')} type="email" value={values.email} onChange={(email) => setValues((v) => ({ ...v, email }))} autoComplete="email" error={errors.email} dir="ltr" />
      <TextField id="signin-password" label={t('field_password')} type="password" value={values.password} onChange={(password) => setValues((v) => ({ ...v, password }))} autoComplete="current-password" error={errors.password} dir="ltr" />
      {errors.form ? (
        <p className="notice notice-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <button className="btn btn-primary" type="submit" disabled={isPending}>
        {isPending ? t('signin_pending') : t('signin_submit')}
      </button>
    </form>
  );
}
