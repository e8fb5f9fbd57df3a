'use client';

import { useEffect, useState } from 'react';
import { translate } from '@/lib/i18n';
import type { Locale } from '@/lib/quiz-schema';
import { buildShareUrl, channelLabels, type ShareChannel } from '@/lib/share';

const networkChannels = ['x', 'facebook', 'whatsapp', 'linkedin', 'telegram', 'reddit', 'email'] as const satisfies readonly ShareChannel[];

function recordIntent(resultId: string, channel: ShareChannel, isConfirmed: boolean) {
  const body = JSON.stringify({ resultId, channel, isConfirmed });
  // sendBeacon survives the page being left for the network's share dialog.
  if (!navigator.sendBeacon?.('/api/shares', new Blob([body], { type: 'text/plain' }))) {
    void fetch('/api/shares', { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'application/json' } }).catch(() => undefined);
  }
}

/**
 * Share buttons for every network and messenger, each with the player's own tracked link for that channel,
 * plus copy-link and the device's share sheet (with the card as a file where the browser can share files).
 */
export function ShareButtons(props: {
  resultId: string;
  locale: Locale;
  links: Record<ShareChannel, string>;
  text: string;
  /** a channel's own text (the author's per-channel share texts); `text` for the others */
  texts?: Partial<Record<ShareChannel, string>>;
  title: string;
  cardPath: string;
}) {
  const { resultId, locale, links, text, texts, title, cardPath } = props;
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const [canShareNatively, setCanShareNatively] = useState(false);
  // Known only in the browser: decided after hydration so the server's HTML matches the first render.
  useEffect(() => setCanShareNatively(typeof navigator.share === 'function'), []);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(links.copy);
      setCopyState('copied');
      recordIntent(resultId, 'copy', true);
    } catch {
      setCopyState('failed');
      recordIntent(resultId, 'copy', false);
    }
  }

  async function shareNatively() {
    const data: ShareData = { title, text: texts?.native ?? text, url: links.native };
    try {
      const response = await fetch(cardPath);
      const file = new File([await response.blob()], 'ripple-card.png', { type: 'image/png' });
      if (navigator.canShare?.({ ...data, files: [file] })) data.files = [file];
    } catch {
      // Without the file the link still carries the card through its preview.
    }
    recordIntent(resultId, 'native', false);
    try {
      await navigator.share(data);
      recordIntent(resultId, 'native', true);
    } catch {
      // Cancelled by the player: the intent is counted, the share is not confirmed.
    }
  }

  return (
    <div className="share">
      <h2 className="share-title">{t('share_title')}</h2>
      <div className="share-buttons">
        {canShareNatively ? (
          <button type="button" className="share-button native" onClick={() => void shareNatively()} data-channel="native">
            {t('share_native')}
          </button>
        ) : null}
        {networkChannels.map((channel) => (
          <a
            key={channel}
            className={`share-button ${channel}`}
            data-channel={channel}
            href={buildShareUrl(channel, links[channel], texts?.[channel] ?? text, title) ?? links[channel]}
            target={channel === 'email' ? undefined : '_blank'}
            rel="noopener noreferrer"
            onClick={() => recordIntent(resultId, channel, false)}
          >
            {channelLabels[channel]}
          </a>
        ))}
      </div>
      <div className="copy-row">
        <input className="text-input copy-input" readOnly value={links.copy} aria-label={t('copy_link')} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button primary" onClick={() => void copyLink()} data-channel="copy">
          {copyState === 'copied' ? t('copied') : t('copy_link')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {copyState === 'copied' ? t('copied') : ''}
      </p>
    </div>
  );
}
