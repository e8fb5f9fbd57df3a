'use client';

import { channelLabels } from '@/lib/share';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { listDraftOutcomes } from '../brand/sample';
import { usePreviewCard } from '../brand/use-preview-card';
import { useDraft } from '../draft-context';
import type { ChecksAnswer } from './use-checks';

/**
 * A shared result link as X, Facebook, WhatsApp and LinkedIn would preview it: the card image (rendered for the
 * chosen result), the title and description cut at each network's length, and the domain, roughly in each
 * network's own look.
 */
export function LinkPreviews({ previews, resultId, onResultChange, locale }: { previews: ChecksAnswer['linkPreviews']; resultId?: string; onResultChange: (id: string) => void; locale: StudioLocale }) {
  const { draft, quizId } = useDraft();
  const t = (key: StudioMessageKey) => studioText(locale, key);
  const outcomes = listDraftOutcomes(draft);
  const chosen = outcomes.find((o) => o.id === resultId) ?? outcomes[0];
  const card = usePreviewCard({ quizId, definition: draft, variant: 'og', resultId: chosen?.id });
  return (
    <section className="card stack" aria-labelledby="checks-previews-title" id="checks-previews">
      <div className="row row-between">
        <div className="stack-sm">
          <h2 id="checks-previews-title">{t('checks_previews_title')}</h2>
          <p className="muted small">{t('checks_previews_lead')}</p>
        </div>
        {outcomes.length > 1 ? (
          <label className="field">
            <span className="field-label">{t('checks_previews_outcome')}</span>
            <select className="select" value={chosen?.id ?? ''} onChange={(event) => onResultChange(event.target.value)}>
              {outcomes.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title || o.id}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <div className="previews-grid" data-testid="link-previews">
        {previews.map((preview) => (
            <figure key={preview.network} className={`net-preview net-${preview.network}`} data-network={preview.network}>
              <figcaption className="net-name">{channelLabels[preview.network]}</figcaption>
              <div className="net-box" lang={draft.locale} dir={draft.locale === 'ar' ? 'rtl' : 'ltr'}>
                <div className="net-image">
                  {card.url ? (
                    // eslint-disable-next-line @next/next/no-img-element
                    <img src={card.url} alt={t('checks_previews_card_alt')} />
                  ) : null}
                  {preview.network === 'x' ? <span className="net-x-title">{preview.title}</span> : null}
                </div>
                {preview.network === 'x' ? (
                  <div className="net-text">
                    <span className="net-domain" dir="ltr">
                      {preview.domain}
                    </span>
                  </div>
                ) : (
                  <div className="net-text">
                    {preview.network === 'facebook' ? (
                      <span className="net-domain" dir="ltr">
                        {preview.domain}
                      </span>
                    ) : null}
                    <span className="net-title">{preview.title}</span>
                    {preview.description ? <span className="net-description">{preview.description}</span> : null}
                    {preview.network !== 'facebook' ? (
                      <span className="net-domain" dir="ltr">
                        {preview.domain}
                      </span>
                    ) : null}
                  </div>
                )}
              </div>
            </figure>
          ))}
      </div>
    </section>
  );
}
