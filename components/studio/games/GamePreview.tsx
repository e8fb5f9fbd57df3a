'use client';

import type { CSSProperties } from 'react';
import { pickReadableColor } from '@/lib/card/contrast';
import { getDirection } from '@/lib/quiz-schema';
import type { GameDraft } from '@/lib/games/game-schema';
import { maxWheelLabelChars } from '@/lib/games/checks';
import { Emoji } from '../../Emoji';
import type { ScratchDraft, WheelDraft } from './game-edits';

/**
 * The game as players will first see it, drawn live from the draft in the brand's colors: the wheel with its
 * segments, labels and pointer, or the scratch card with its surface over the reveal area. A sketch for the
 * author (the play page draws the real, animated one); it is an image to screen readers, labelled by `label`.
 */
export function GamePreview({ draft, label, emptyLabel }: { draft: GameDraft; label: string; emptyLabel: string }) {
  return (
    <figure className="game-preview" style={{ '--gp-bg': draft.brand.background, '--gp-ink': draft.brand.text, '--gp-accent': draft.brand.primary } as CSSProperties} data-testid="game-preview">
      {draft.kind === 'wheel' ? <WheelSketch draft={draft} label={label} emptyLabel={emptyLabel} /> : <ScratchSketch draft={draft} label={label} />}
    </figure>
  );
}

const radius = 140;

function polar(angleDegrees: number, r: number): [number, number] {
  const radians = ((angleDegrees - 90) * Math.PI) / 180;
  return [Math.round(r * Math.cos(radians) * 100) / 100, Math.round(r * Math.sin(radians) * 100) / 100];
}

function shorten(label: string): string {
  const chars = [...label.trim()];
  return chars.length > maxWheelLabelChars ? `${chars.slice(0, maxWheelLabelChars - 1).join('')}…` : chars.join('');
}

function WheelSketch({ draft, label, emptyLabel }: { draft: WheelDraft; label: string; emptyLabel: string }) {
  const count = draft.segments.length;
  const step = count > 0 ? 360 / count : 360;
  const fontSize = count > 8 ? 11 : 13;
  return (
    <svg className="wheel-sketch" viewBox="-160 -172 320 332" role="img" aria-label={label} data-testid="wheel-preview">
      <circle r={radius + 8} fill={draft.brand.primary} />
      {count === 0 ? <circle r={radius} fill="#e4e7ef" /> : null}
      {count === 1 ? <circle r={radius} fill={draft.segments[0]?.color ?? '#e4e7ef'} /> : null}
      {count > 1
        ? draft.segments.map((segment, i) => {
            const [x1, y1] = polar(i * step, radius);
            const [x2, y2] = polar((i + 1) * step, radius);
            return <path key={segment.id} d={`M0 0L${x1} ${y1}A${radius} ${radius} 0 ${step > 180 ? 1 : 0} 1 ${x2} ${y2}Z`} fill={segment.color} stroke="#ffffff" strokeWidth="1.5" />;
          })
        : null}
      {draft.segments.map((segment, i) => {
        const middle = i * step + step / 2;
        const text = shorten(segment.label) || '·';
        // Labels run along the radius; on the left half they run from the rim inwards, so none is upside down.
        const isLeft = middle > 180;
        return (
          <text
            key={segment.id}
            transform={isLeft ? `rotate(${middle + 90}) translate(${-radius * 0.58} 0)` : `rotate(${middle - 90}) translate(${radius * 0.58} 0)`}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={fontSize}
            fontWeight={700}
            fill={pickReadableColor('#ffffff', segment.color, 3)}
            direction={getDirection(draft.locale)}
            data-testid="wheel-label"
          >
            {text}
          </text>
        );
      })}
      {count === 0 ? (
        <text textAnchor="middle" dominantBaseline="central" fontSize={13} fill="#5b6478">
          {emptyLabel}
        </text>
      ) : null}
      <circle r={22} fill="#ffffff" stroke={draft.brand.primary} strokeWidth={5} />
      {/* The pointer, at the top, where the wheel stops. */}
      <path d="M0 -138L-13 -166H13Z" fill={draft.brand.text} stroke="#ffffff" strokeWidth="2" />
    </svg>
  );
}

function ScratchSketch({ draft, label }: { draft: ScratchDraft; label: string }) {
  const { card } = draft;
  const area = card.revealArea;
  const firstPrize = draft.prizes[0];
  const cover = card.coverImage ? { backgroundImage: `url("${card.coverImage}")`, backgroundSize: 'cover', backgroundPosition: 'center' } : { background: card.coverColor };
  return (
    <div className="scratch-sketch" role="img" aria-label={label} dir={getDirection(draft.locale)} data-testid="scratch-preview">
      <div className="scratch-sketch-head">
        {draft.coverEmoji ? <Emoji emoji={draft.coverEmoji} size={22} label="" /> : null}
        <strong>{draft.title}</strong>
      </div>
      <div className="scratch-sketch-prize" style={{ insetInlineStart: `${area.x}%`, insetBlockStart: `${area.y}%`, inlineSize: `${area.width}%`, blockSize: `${area.height}%` }}>
        {firstPrize?.emoji ? <Emoji emoji={firstPrize.emoji} size={24} label="" /> : null}
      </div>
      <div
        className="scratch-sketch-cover"
        style={{ insetInlineStart: `${area.x}%`, insetBlockStart: `${area.y}%`, inlineSize: `${area.width}%`, blockSize: `${area.height}%`, color: pickReadableColor('#ffffff', card.coverColor, 3), ...cover }}
      >
        <span>{card.coverText}</span>
      </div>
    </div>
  );
}
