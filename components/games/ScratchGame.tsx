'use client';

import { useEffect, useRef, useState, type CSSProperties, type PointerEvent } from 'react';
import type { GameOutcome } from '@/lib/games/game-schema';
import type { PlayableGame } from '@/lib/games/playable-game';
import { createScratchGrid, getScratchedPercent, scratchStroke, type ScratchGrid } from '@/lib/games/scratch-coverage';
import { translate } from '@/lib/i18n';
import { Emoji } from '../Emoji';

type Phase = 'ready' | 'started' | 'revealed';

// How long the uncovered prize stays on the card before the result shows.
const revealedHoldMs = 1400;

/**
 * The scratch card: the prize lies in the card's reveal area under a canvas surface that pointer strokes (mouse,
 * finger, pen) scratch away with `destination-out`; the page does not scroll while scratching. The first stroke,
 * or the Reveal button (for keyboard and switch users), asks `onStart` for the server's outcome; once the
 * author's share of the area is scratched (counted on a grid in memory, lib/games/scratch-coverage.ts), the rest
 * of the surface fades and `onRevealed` follows.
 */
export function ScratchGame(props: { game: PlayableGame; isDisabled: boolean; onStart: () => Promise<GameOutcome | null>; onRevealed: () => void }) {
  const { game, isDisabled, onStart, onRevealed } = props;
  const card = game.card ?? { coverColor: '#b8b8b8', coverText: '', revealArea: { x: 10, y: 25, width: 80, height: 50 }, revealThresholdPercent: 50 };
  const { locale } = game;
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const gridRef = useRef<ScratchGrid>(createScratchGrid(24, 12));
  const lastPointRef = useRef<{ x: number; y: number } | null>(null);
  const isStartedRef = useRef(false);
  const wantsRevealRef = useRef(false);
  const [phase, setPhase] = useState<Phase>('ready');
  const [outcome, setOutcome] = useState<GameOutcome | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  // The surface's box, read once per stroke: the moves of a stroke only draw, they never read layout.
  const boxRef = useRef<DOMRect | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    paintSurface(canvas, card, locale);
    // A resize before any scratching repaints the surface sharp; after, the canvas is only stretched.
    const observer = new ResizeObserver(() => {
      if (getScratchedPercent(gridRef.current) === 0 && !isStartedRef.current) paintSurface(canvas, card, locale);
    });
    observer.observe(canvas);
    // The text on the surface is set in the page's font: painted again once it has loaded.
    void document.fonts?.ready.then(() => {
      if (getScratchedPercent(gridRef.current) === 0 && !isStartedRef.current) paintSurface(canvas, card, locale);
    });
    return () => observer.disconnect();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (phase !== 'revealed') return;
    const timer = window.setTimeout(onRevealed, revealedHoldMs);
    return () => window.clearTimeout(timer);
  }, [phase]); // eslint-disable-line react-hooks/exhaustive-deps

  async function start() {
    if (isStartedRef.current || isDisabled) return;
    isStartedRef.current = true;
    setPhase('started');
    const drawn = await onStart();
    if (!drawn) {
      // The play failed: the stroke ends, the surface is fresh, and the card can be tried again.
      isStartedRef.current = false;
      lastPointRef.current = null;
      wantsRevealRef.current = false;
      gridRef.current = createScratchGrid(24, 12);
      if (canvasRef.current) paintSurface(canvasRef.current, card, locale);
      setPhase('ready');
      return;
    }
    setOutcome(drawn);
    if (wantsRevealRef.current) setPhase('revealed');
  }

  function reveal() {
    wantsRevealRef.current = true;
    if (outcome) setPhase('revealed');
    else void start();
  }

  function toLocal(event: PointerEvent<HTMLCanvasElement>) {
    const rect = boxRef.current ?? event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top, width: rect.width, height: rect.height };
  }

  function scratchTo(event: PointerEvent<HTMLCanvasElement>) {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    const last = lastPointRef.current;
    if (!canvas || !context || !last) return;
    const point = toLocal(event);
    const brush = Math.max(14, point.width * 0.07);
    const scale = canvas.width / point.width;
    context.save();
    context.globalCompositeOperation = 'destination-out';
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.lineWidth = brush * 2 * scale;
    context.beginPath();
    context.moveTo(last.x * scale, last.y * scale);
    // A tap scratches a dot: a zero-length round-capped line.
    context.lineTo(point.x * scale + (point.x === last.x && point.y === last.y ? 0.01 : 0), point.y * scale);
    context.stroke();
    context.restore();
    scratchStroke(gridRef.current, last, point, brush, point);
    lastPointRef.current = { x: point.x, y: point.y };
    const percent = getScratchedPercent(gridRef.current);
    if (cardRef.current) cardRef.current.dataset.scratched = String(Math.round(percent));
    if (percent >= card.revealThresholdPercent) reveal();
  }

  const area = card.revealArea;
  const windowStyle: CSSProperties = { insetInlineStart: `${area.x}%`, insetBlockStart: `${area.y}%`, inlineSize: `${area.width}%`, blockSize: `${area.height}%` };
  const isRevealed = phase === 'revealed';

  return (
    <div className="scratch-game">
      <div className="scratch-card" ref={cardRef} data-testid="scratch-card" data-phase={phase}>
        <div className="scratch-band">
          {game.brand.logo ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={game.brand.logo} alt="" className="scratch-logo" />
          ) : null}
          <span>{game.brand.name}</span>
        </div>
        <div className="scratch-window" style={windowStyle}>
          <div className="scratch-prize" aria-hidden={!isRevealed} data-testid="scratch-prize">
            {outcome ? (
              <>
                {outcome.emoji ? <Emoji emoji={outcome.emoji} size={44} label="" /> : null}
                <span className="scratch-prize-title">{outcome.title}</span>
              </>
            ) : (
              <span className="scratch-waiting" aria-hidden="true" />
            )}
          </div>
          <canvas
            ref={canvasRef}
            className={`scratch-surface${isRevealed ? ' is-cleared' : ''}`}
            role="img"
            aria-label={t('scratch_label')}
            data-testid="scratch-surface"
            onPointerDown={(event) => {
              if (isDisabled || isRevealed) return;
              event.currentTarget.setPointerCapture(event.pointerId);
              boxRef.current = event.currentTarget.getBoundingClientRect();
              const point = toLocal(event);
              lastPointRef.current = { x: point.x, y: point.y };
              void start();
              scratchTo(event);
            }}
            onPointerMove={(event) => {
              if (lastPointRef.current && !isRevealed) scratchTo(event);
            }}
            onPointerUp={() => {
              lastPointRef.current = null;
            }}
            onPointerCancel={() => {
              lastPointRef.current = null;
            }}
          />
        </div>
        <p className="scratch-foot">{game.title}</p>
      </div>
      <button type="button" className="button primary big" onClick={reveal} disabled={isDisabled} aria-disabled={phase !== 'ready' && !outcome} data-testid="reveal" autoFocus>
        {phase === 'started' && !outcome ? t('scratch_opening') : t('scratch_reveal')}
      </button>
      <p className="muted small center">{t('scratch_hint')}</p>
    </div>
  );
}

/** Paints the scratchable surface: the cover image or color, a light pattern, and the author's text ("Scratch here"). */
function paintSurface(canvas: HTMLCanvasElement, card: NonNullable<PlayableGame['card']>, locale: PlayableGame['locale']) {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
  const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.globalCompositeOperation = 'source-over';
  context.fillStyle = card.coverColor;
  context.fillRect(0, 0, width, height);
  // A foil's sheen and sparkle, so the surface reads as something to scratch.
  const sheen = context.createLinearGradient(0, 0, width, height);
  sheen.addColorStop(0, 'rgba(255,255,255,0.35)');
  sheen.addColorStop(0.5, 'rgba(255,255,255,0)');
  sheen.addColorStop(1, 'rgba(0,0,0,0.12)');
  context.fillStyle = sheen;
  context.fillRect(0, 0, width, height);
  context.fillStyle = 'rgba(255,255,255,0.28)';
  const spacing = 18 * ratio;
  for (let y = spacing / 2, row = 0; y < height; y += spacing, row++) {
    for (let x = row % 2 ? spacing : spacing / 2; x < width; x += spacing) {
      context.beginPath();
      context.arc(x, y, 1.4 * ratio, 0, Math.PI * 2);
      context.fill();
    }
  }
  const paintText = () => {
    if (!card.coverText) return;
    const size = Math.min(height * 0.28, (width * 0.8) / Math.max(4, card.coverText.length * 0.55));
    const family = getComputedStyle(canvas).fontFamily || 'sans-serif';
    context.font = `800 ${size}px ${family}`;
    context.direction = locale === 'ar' ? 'rtl' : 'ltr';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillStyle = 'rgba(0,0,0,0.22)';
    context.fillText(card.coverText, width / 2 + ratio, height / 2 + 2 * ratio);
    context.fillStyle = 'rgba(255,255,255,0.92)';
    context.fillText(card.coverText, width / 2, height / 2);
  };
  if (card.coverImage) {
    const image = new Image();
    image.onload = () => {
      const scale = Math.max(width / image.naturalWidth, height / image.naturalHeight);
      const w = image.naturalWidth * scale;
      const h = image.naturalHeight * scale;
      context.drawImage(image, (width - w) / 2, (height - h) / 2, w, h);
      paintText();
    };
    image.src = card.coverImage;
  }
  paintText();
}
