import './settings.css';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';

const endpoints: { path: string; label: StudioMessageKey }[] = [
  { path: '/api/v1/quizzes', label: 'keys_how_quizzes' },
  { path: '/api/v1/quizzes/<slug>/daily?from=2025-06-01&to=2025-06-30', label: 'keys_how_daily' },
  { path: '/api/v1/quizzes/<slug>/players?format=csv', label: 'keys_how_players' },
];

/** How to call the read-only API: the header to send and its three endpoints. Code stays left-to-right in Arabic. */
export function ApiUsage({ locale }: { locale: StudioLocale }) {
  const t = (key: StudioMessageKey) => studioText(locale, key);
  return (
    <div className="stack-sm api-usage">
      <h3 className="field-label">{t('keys_how_title')}</h3>
      <p className="muted small">{t('keys_how_lead')}</p>
      <pre className="api-usage-code" dir="ltr">
        <code>Authorization: Bearer rpl_live_…</code>
      </pre>
      <ul className="api-usage-list">
        {endpoints.map((endpoint) => (
          <li key={endpoint.path}>
            <code dir="ltr">GET {endpoint.path}</code>
            <span className="muted small">{t(endpoint.label)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
