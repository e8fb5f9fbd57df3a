import { toTwemojiName } from '@/lib/emoji';

/** An emoji drawn with the shipped Twemoji set, so every device shows the same picture as the card. */
export function Emoji({ emoji, size = 28, label }: { emoji: string; size?: number; label?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img className="emoji" src={`/api/emoji/${toTwemojiName(emoji)}.svg`} width={size} height={size} alt={label ?? emoji} draggable={false} />
  );
}
