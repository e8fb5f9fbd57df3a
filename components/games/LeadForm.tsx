'use client';

import { useState, type FormEvent } from 'react';
import { translate } from '@/lib/i18n';
import type { Locale } from '@/lib/quiz-schema';
import { postLead } from './game-api';

/**
 * What is asked before a game: the first name for the card (when the game asks for it, optional) and, when the
 * game collects leads, the e-mail address with an explicit consent checkbox, unticked, labelled with the author's
 * consent text word for word (the same text is sent back and stored with the lead).
 */
export function LeadForm(props: {
  slug: string;
  locale: Locale;
  askName: boolean;
  name: string;
  onNameChange: (name: string) => void;
  /** the consent text when an e-mail is still needed; null when it is not */
  consentText: string | null;
  onDone: () => void;
}) {
  const { slug, locale, askName, name, onNameChange, consentText, onDone } = props;
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const [email, setEmail] = useState('');
  const [isConsenting, setIsConsenting] = useState(false);
  const [error, setError] = useState<{ field: 'email' | 'consent' | 'form'; message: string } | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (consentText === null) {
      onDone();
      return;
    }
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setError({ field: 'email', message: t('lead_email_invalid') });
      return;
    }
    if (!isConsenting) {
      setError({ field: 'consent', message: t('lead_consent_required') });
      return;
    }
    setIsSaving(true);
    setError(null);
    const answer = await postLead({ slug, email: email.trim(), consentText });
    setIsSaving(false);
    if (answer.ok) {
      onDone();
      return;
    }
    if (answer.status === 400 && answer.message.startsWith('email')) setError({ field: 'email', message: t('lead_email_invalid') });
    else if (answer.reason === 'consent_mismatch') setError({ field: 'form', message: t('lead_consent_changed') });
    else if (answer.status === 0) setError({ field: 'form', message: t('error_generic') });
    else setError({ field: 'form', message: answer.status === 410 ? answer.message : locale === 'en' ? answer.message : t('error_generic') });
  }

  return (
    <form className="lead-form" onSubmit={(event) => void submit(event)} noValidate data-testid="lead-form">
      <h2 className="question-text">{consentText === null ? t('game_details_title') : t('lead_title')}</h2>
      {askName ? (
        <div className="field">
          <label htmlFor="player-name">{t('name_label')}</label>
          <input id="player-name" name="name" className="text-input" value={name} maxLength={60} autoComplete="given-name" placeholder={t('name_placeholder')} onChange={(e) => onNameChange(e.target.value)} autoFocus />
          <p className="muted small">{t('name_hint')}</p>
        </div>
      ) : null}
      {consentText !== null ? (
        <>
          <div className="field">
            <label htmlFor="lead-email">{t('lead_email_label')}</label>
            <input
              id="lead-email"
              name="email"
              type="email"
              inputMode="email"
              dir="ltr"
              className="text-input"
              value={email}
              maxLength={254}
              autoComplete="email"
              placeholder="you@example.com"
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={error?.field === 'email'}
              aria-describedby={error?.field === 'email' ? 'lead-error' : undefined}
              autoFocus={!askName}
            />
          </div>
          <div className="consent">
            <input id="lead-consent" name="consent" type="checkbox" checked={isConsenting} onChange={(e) => setIsConsenting(e.target.checked)} aria-invalid={error?.field === 'consent'} aria-describedby={error?.field === 'consent' ? 'lead-error' : undefined} />
            <label htmlFor="lead-consent" data-testid="consent-text">
              {consentText}
            </label>
          </div>
        </>
      ) : null}
      {error ? (
        <p className="error" role="alert" id="lead-error">
          {error.message}
        </p>
      ) : null}
      <div className="step-actions end">
        <button type="submit" className="button primary big" disabled={isSaving}>
          {isSaving ? t('loading') : t('continue')}
        </button>
      </div>
    </form>
  );
}
