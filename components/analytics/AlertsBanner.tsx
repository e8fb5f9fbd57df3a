import type { Alert } from '@/lib/analytics/dashboard-types';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { makeFormatter } from './format';

const tone: Record<Alert['kind'], 'good' | 'warn' | 'danger'> = { going_viral: 'good', share_rate_halved: 'warn', click_burst: 'danger', crawler_burst: 'danger' };
const icon: Record<Alert['kind'], string> = { going_viral: '↗', share_rate_halved: '↘', click_burst: '!', crawler_burst: '!' };

const numberOf = (value: number | string | undefined) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : null);

/** An alert in words a marketer understands, with its figures written for the reader. */
export function describeAlert(locale: StudioLocale, alert: Alert): { title: string; message: string } {
  const f = makeFormatter(locale);
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const figure = (name: string, write: (value: number) => string) => {
    const value = numberOf(alert.figures[name]);
    return value === null ? '—' : write(value);
  };
  const player = typeof alert.figures.playerLabel === 'string' && alert.figures.playerLabel ? `\u2068${alert.figures.playerLabel}\u2069` : t('an_alert_someone');
  const channel = typeof alert.figures.channel === 'string' && alert.figures.channel ? f.channel(alert.figures.channel) : '';
  switch (alert.kind) {
    case 'going_viral':
      return { title: t('an_alert_going_viral_title'), message: t('an_alert_going_viral', { k: figure('k', f.ratio), previousK: figure('previousK', f.ratio) }) };
    case 'share_rate_halved':
      return { title: t('an_alert_share_rate_halved_title'), message: t('an_alert_share_rate_halved', { rate: figure('shareRate', f.percent), previousRate: figure('previousShareRate', f.percent) }) };
    case 'click_burst':
    case 'crawler_burst':
      return {
        title: t(alert.kind === 'click_burst' ? 'an_alert_click_burst_title' : 'an_alert_crawler_burst_title'),
        message: t(alert.kind === 'click_burst' ? 'an_alert_click_burst' : 'an_alert_crawler_burst', { count: figure('count', f.count), window: figure('windowMinutes', f.duration), player, channel }).replace(/\s{2,}/g, ' '),
      };
  }
}

/** The alerts of the dashboard, newest concerns first as the API orders them; nothing at all when there are none. */
export function AlertsBanner(props: { locale: StudioLocale; alerts: Alert[]; quizTitles?: Map<string, string> }) {
  const { locale, alerts } = props;
  if (alerts.length === 0) return null;
  const f = makeFormatter(locale);
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  return (
    <section className="an-alerts" aria-label={t('an_alerts_label')} data-testid="alerts">
      <ul>
        {alerts.map((alert, i) => {
          const { title, message } = describeAlert(locale, alert);
          const quizTitle = props.quizTitles?.get(alert.quizId);
          return (
            <li key={`${alert.kind}-${alert.quizId}-${i}`} className={`an-alert an-alert-${tone[alert.kind]}`} data-testid="alert" data-kind={alert.kind}>
              <span className="an-alert-icon" aria-hidden="true">
                {icon[alert.kind]}
              </span>
              <div className="an-alert-text">
                <p>
                  <strong>{title}</strong>
                  {quizTitle ? (
                    <>
                      {' · '}
                      <a href={`/studio/q/${encodeURIComponent(alert.quizId)}/analytics`} dir="auto">
                        {t('an_alert_quiz', { quiz: quizTitle })}
                      </a>
                    </>
                  ) : null}
                </p>
                <p>{message}</p>
                <p className="small an-alert-at">{t('an_alert_at', { moment: f.moment(alert.at) })}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
