/**
 * The Twemoji file name of an emoji: its code points in lowercase hex joined by dashes, without the U+FE0F
 * variation selector unless the emoji is a ZWJ sequence (Twemoji's own naming rule).
 */
export function toTwemojiName(emoji: string): string {
  const hasZwj = emoji.includes('\u200d');
  const points: string[] = [];
  for (const char of hasZwj ? emoji : emoji.replace(/\ufe0f/g, '')) points.push((char.codePointAt(0) ?? 0).toString(16));
  return points.join('-');
}
