import Link from 'next/link';
import { translate } from '@/lib/i18n';

export default function NotFound() {
  return (
    <main className="page">
      <div className="share-landing">
        <h1>{translate('en', 'not_found_title')}</h1>
        <p className="lead">{translate('en', 'not_found_text')}</p>
        <Link className="button primary" href="/">
          {translate('en', 'go_home')}
        </Link>
      </div>
    </main>
  );
}
