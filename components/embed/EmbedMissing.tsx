import { translate } from '@/lib/i18n';
import { EmbedFrame } from './EmbedFrame';

/**
 * What a frame shows for a game that is not there (an unknown slug, an unpublished or deleted quiz): a small
 * message instead of a broken frame, and a `not_found` error for the host page. The host page is not checked
 * here (there is no workspace to check it against); the error says nothing it could not learn otherwise.
 */
export function EmbedMissing({ frameId, hostOrigin }: { frameId: string | null; hostOrigin: string | null }) {
  const title = translate('en', 'not_found_title');
  const text = translate('en', 'not_found_text');
  return (
    <EmbedFrame frameId={frameId} hostOrigin={hostOrigin} error={{ code: 'not_found', message: text }}>
      <main className="page embed-page" data-testid="embed-missing">
        <div className="embed-missing" role="status">
          <h1>{title}</h1>
          <p className="muted">{text}</p>
        </div>
      </main>
    </EmbedFrame>
  );
}
