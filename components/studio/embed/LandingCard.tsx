'use client';

import { useState } from 'react';
import { shareLandings, type ShareLanding } from '@/lib/embed/landing';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import { useDraft } from '../draft-context';
import { callStudio } from '../launch/api';
import type { QuizEmbed } from './api';

/** Where this quiz's share links land for players who played in an embed: Ripple's share page or the host page. */
export function LandingCard({ locale, settings, onSaved }: { locale: StudioLocale; settings: QuizEmbed; onSaved: (settings: QuizEmbed) => void }) {
  const t = (key: Parameters<typeof studioText>[1], values?: Record<string, string | number>) => studioText(locale, key, values);
  const { quizId } = useDraft();
  const [message, setMessage] = useState('');
  // The choice shows at once; it goes back if the server refuses it.
  const [chosen, setChosen] = useState<ShareLanding>(settings.shareLanding);

  async function choose(shareLanding: ShareLanding) {
    const previous = chosen;
    setChosen(shareLanding);
    setMessage('');
    const answer = await callStudio<QuizEmbed>(`/api/studio/quizzes/${quizId}/embed`, 'PATCH', { shareLanding });
    if (answer.ok) {
      onSaved(answer.data);
      setMessage(t('embed_landing_saved'));
    } else {
      setChosen(previous);
      setMessage(t('embed_request_failed', { message: answer.message }));
    }
  }

  return (
    <section className="card stack" aria-labelledby="embed-landing-title">
      <div className="stack-sm">
        <h2 id="embed-landing-title">{t('embed_landing_heading')}</h2>
        <p className="field-hint">{t('embed_landing_hint')}</p>
      </div>
      <div className="embed-landings" role="radiogroup" aria-labelledby="embed-landing-title">
        {shareLandings.map((landing) => (
          <label key={landing} className={`embed-mode${chosen === landing ? ' is-chosen' : ''}`}>
            <input type="radio" name="embed-landing" value={landing} checked={chosen === landing} disabled={!settings.canEdit} onChange={() => void choose(landing)} data-testid={`embed-landing-${landing}`} />
            <span className="embed-mode-name">{t(`embed_landing_${landing}`)}</span>
            <span className="embed-mode-help">{t(`embed_landing_${landing}_help`)}</span>
          </label>
        ))}
      </div>
      <p className="muted" role="status">
        {message}
      </p>
    </section>
  );
}
