'use client';

import { useState, type FormEvent } from 'react';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { sendJson } from './request';
import { TextField } from './TextField';
import { checkEmail, checkName, checkNewPassword } from './validate';

type Fields = 'name' | 'email' | 'password';
type Errors = Partial<Record<Fields | 'form', string>>;

/** Creates an account through Better Auth (which signs the person in), then goes on to `next`. */
export function SignUpForm({ locale, next }: { locale: StudioLocale; next: string }) {
  const t = (key: StudioMessageKey, values?: Record<string, string>) => studioText(locale, key, values);
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [isPending, setIsPending] = useState(false);
  const set = (field: Fields) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    const name = checkName(values.name);
    const email = checkEmail(values.email);
    const password = checkNewPassword(values.password);
    if (name) found.name = t(name);
    if (email) found.email = t(email);
    if (password) found.password = t(password);
    setErrors(found);
    const first = (['name', 'email', 'password'] as const).find((f) => found[f]);
    if (first) return document.getElementById(`signup-${first}`)?.focus();
    setIsPending(true);
    const result = await sendJson('/api/auth/sign-up/email', { body: { name: values.name.trim(), email: values.email.trim(), password: values.password } });
    if (result.ok) return window.location.assign(next);
    setIsPending(false);
    if (result.code.startsWith('USER_ALREADY_EXISTS')) setErrors({ email: t('error_email_taken') });
    else if (result.code === 'INVALID_EMAIL') setErrors({ email: t('error_email_invalid') });
    else if (result.code === 'PASSWORD_TOO_SHORT') setErrors({ password: t('error_password_short') });
    else if (result.code === 'PASSWORD_TOO_LONG') setErrors({ password: t('error_password_long') });
    else setErrors({ form: result.status === 0 ? t('error_network') : t('error_generic', { message: result.message }) });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField id="signup-name" label={t('field_name')} value={values.name} onChange={set('name')} autoComplete="name" error={errors.name} />
      <TextField id="signup-email" label={t('field_email')} type="email" value={values.email} onChange={set('email')} autoComplete="email" error={errors.email} dir="ltr" />
      <TextField id="signup-password" label={t('field_password')} type="password" value={values.password} onChange={set('password')} autoComplete="new-password" hint={t('field_password_hint')} error={errors.password} dir="ltr" />
      {errors.form ? (
        <p className="notice notice-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <button className="btn btn-primary" type="submit" disabled={isPending}>
        {isPending ? t('signup_pending') : t('signup_submit')}
      </button>
    </form>
  );
}
