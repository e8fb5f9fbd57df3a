import { isbot } from 'isbot';

export type VisitorKind = 'preview' | 'bot' | 'human';

// The fetchers that build link previews when a link is posted: their fetch means the link was shared somewhere.
// Viber, Pinterest and Tumblr are anchored at the start: their apps' in-app browsers append the same name.
const previewCrawlers =
  /facebookexternalhit|facebookcatalog|meta-externalagent|Facebot|Twitterbot|WhatsApp\/|Slackbot|Slack-ImgProxy|LinkedInBot|TelegramBot|Discordbot|SkypeUriPreview|redditbot|Pinterestbot|^Pinterest\/|Embedly|vkShare|Iframely|Google-PageRenderer|Snap URL Preview Service|^Viber\b|KakaoTalk-scrap|Mastodon\/|Bluesky Cardyb|Cardyb|bitlybot|^Tumblr\/|Yahoo Link Preview/i;

/**
 * Sorts a request by its User-Agent: a link-preview crawler (counted as a crawler fetch), another bot (counted as
 * nothing), or a person (may count as a click). A missing User-Agent is treated as a bot: browsers always send one.
 */
export function classifyUserAgent(userAgent: string | null | undefined): VisitorKind {
  if (!userAgent || userAgent.trim() === '') return 'bot';
  if (previewCrawlers.test(userAgent)) return 'preview';
  if (isbot(userAgent)) return 'bot';
  return 'human';
}
