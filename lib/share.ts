/** The channels a player can share through; each gets its own tracked link. */
export const shareChannels = ['x', 'facebook', 'whatsapp', 'linkedin', 'telegram', 'reddit', 'email', 'copy', 'native'] as const;
export type ShareChannel = (typeof shareChannels)[number];

export const channelLabels: Record<ShareChannel, string> = {
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  linkedin: 'LinkedIn',
  telegram: 'Telegram',
  reddit: 'Reddit',
  email: 'E-mail',
  copy: 'Copy link',
  native: 'Share',
};

/** Whether a string names one of the share channels. */
export function isShareChannel(value: string): value is ShareChannel {
  return (shareChannels as readonly string[]).includes(value);
}

/**
 * The address that opens a network's own share dialog with Ripple's tracked link and the text prefilled, or
 * null for the channels that need no such address (copy, native share sheet).
 */
export function buildShareUrl(channel: ShareChannel, link: string, text: string, title: string): string | null {
  const u = encodeURIComponent(link);
  const t = encodeURIComponent(text);
  switch (channel) {
    case 'x':
      return `https://x.com/intent/post?text=${t}&url=${u}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
    case 'whatsapp':
      return `https://wa.me/?text=${encodeURIComponent(`${text} ${link}`)}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${u}`;
    case 'telegram':
      return `https://t.me/share/url?url=${u}&text=${t}`;
    case 'reddit':
      return `https://www.reddit.com/submit?url=${u}&title=${encodeURIComponent(title)}`;
    case 'email':
      return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${text}\n\n${link}`)}`;
    case 'copy':
    case 'native':
      return null;
  }
}
