'use client';

import { useEffect, useRef, useState } from 'react';
import { pickReadableColor } from '@/lib/card/contrast';
import type { PlayableGame } from '@/lib/games/playable-game';
import { getSegmentAtPointer, getSegmentMiddleDeg, getSpinUpAngle, getStopAngle, planWheelStop, wheelRampMs, wheelTopSpeedDegPerMs, type WheelStop } from '@/lib/games/wheel-motion';
import { translate } from '@/lib/i18n';

/** What a spin came to: the segment the server drew, or null when the play failed (the wheel then coasts to a stop). */
export type SpinOutcome = { segmentId: string } | null;

type Phase = 'idle' | 'spinning' | 'stopping' | 'landed';

const radius = 100;
// How long the wheel rests on the segment before the result shows.
const landedHoldMs = 700;

/**
 * The spin-the-wheel: an SVG wheel turned by a CSS transform written once per animation frame (no layout, only
 * the compositor's work). Pressing Spin (a real button: Space and Enter work, focus shows) starts the wheel at
 * once and asks `onSpin` for the server's outcome; when it arrives, the wheel eases out onto that segment at the
 * speed it had (lib/games/wheel-motion.ts). With `prefers-reduced-motion` it does not turn: it fades onto the
 * segment. `onLanded` is called once the wheel rests.
 */
export function WheelGame(props: { game: PlayableGame; isDisabled: boolean; onSpin: () => Promise<SpinOutcome>; onLanded: (segmentId: string | null) => void }) {
  const { game, isDisabled, onSpin, onLanded } = props;
  const { segments, locale } = game;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(locale, key, values);
  const wheelRef = useRef<SVGSVGElement>(null);
  const angleRef = useRef(0);
  const frameRef = useRef<number | null>(null);
  const isBusyRef = useRef(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [landedIndex, setLandedIndex] = useState<number | null>(null);
  const [fade, setFade] = useState<'none' | 'out' | 'in'>('none');
  const count = segments.length;
  const step = 360 / count;

  useEffect(() => () => cancel(), []);

  function cancel() {
    if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
    frameRef.current = null;
  }

  function paint(angleDeg: number) {
    angleRef.current = angleDeg;
    if (wheelRef.current) wheelRef.current.style.transform = `rotate(${angleDeg}deg)`;
  }

  function finish(segmentId: string | null, holdMs: number) {
    const index = getSegmentAtPointer(angleRef.current, count);
    setLandedIndex(index);
    setPhase('landed');
    window.setTimeout(() => onLanded(segmentId), holdMs);
  }

  async function spin() {
    // A ref, not the phase: a second press in the same frame must not start a second play.
    if (isBusyRef.current || phase === 'landed' || isDisabled) return;
    isBusyRef.current = true;
    setLandedIndex(null);
    const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (isReduced) {
      setPhase('spinning');
      const outcome = await onSpin();
      const index = outcome ? segments.findIndex((s) => s.id === outcome.segmentId) : -1;
      if (!outcome || index < 0) {
        isBusyRef.current = false;
        setPhase('idle');
        return;
      }
      // No turning: the wheel fades out, and back in resting on the segment.
      setFade('out');
      await new Promise((resolve) => window.setTimeout(resolve, 180));
      paint(planWheelStop({ currentDeg: angleRef.current, speedDegPerMs: 0, index, count, offset: 0 }).targetDeg);
      setFade('in');
      isBusyRef.current = false;
      finish(outcome.segmentId, 400);
      return;
    }

    setPhase('spinning');
    const startDeg = angleRef.current;
    const startedAt = performance.now();
    let outcome: SpinOutcome | undefined;
    let stop: WheelStop | undefined;
    let stopStartedAt = 0;
    void onSpin().then((answer) => {
      outcome = answer;
    });
    const frame = (now: number) => {
      const elapsed = now - startedAt;
      if (!stop) {
        paint(getSpinUpAngle(startDeg, elapsed));
        // The stop is planned at full speed, so the ease-out always starts at the speed the wheel has.
        if (outcome !== undefined && elapsed >= wheelRampMs) {
          const index = outcome ? segments.findIndex((s) => s.id === outcome?.segmentId) : -1;
          stop =
            index >= 0
              ? planWheelStop({ currentDeg: angleRef.current, speedDegPerMs: wheelTopSpeedDegPerMs, index, count, offset: Math.random() * 2 - 1 })
              : // no outcome: coast to a stop wherever the wheel is after one more turn
                { fromDeg: angleRef.current, targetDeg: angleRef.current + 360, durationMs: (3 * 360) / wheelTopSpeedDegPerMs };
          stopStartedAt = now;
          setPhase('stopping');
        }
      } else {
        const stopElapsed = now - stopStartedAt;
        paint(getStopAngle(stop, stopElapsed));
        if (stopElapsed >= stop.durationMs) {
          frameRef.current = null;
          isBusyRef.current = false;
          if (outcome) finish(outcome.segmentId, landedHoldMs);
          else setPhase('idle');
          return;
        }
      }
      frameRef.current = requestAnimationFrame(frame);
    };
    frameRef.current = requestAnimationFrame(frame);
  }

  const isBusy = phase === 'spinning' || phase === 'stopping';
  const labels = segments.map((s) => s.label).join(', ');
  // One size for every label, the longest fitting between the hub and the rim (and the width of a narrow segment).
  const longest = Math.max(4, ...segments.map((s) => s.label.length));
  const labelSizePx = Math.min(13, 70 / (longest * 0.56), radius * 0.6 * Math.tan((Math.PI * step) / 360) * 0.9);

  return (
    <div className="wheel-game">
      <div className="wheel-stage">
        <svg className="wheel-pointer" viewBox="0 0 40 48" aria-hidden="true">
          <path d="M20 46 L4 10 A17 17 0 1 1 36 10 Z" fill="var(--brand)" stroke="#fff" strokeWidth="3" strokeLinejoin="round" />
          <circle cx="20" cy="17" r="6" fill="#fff" />
        </svg>
        {/* The shadow sits on a disc that does not turn: a shadow drawn by the wheel would turn with it. */}
        <div className="wheel-disc">
          <svg
            ref={wheelRef}
            className={`wheel${fade === 'out' ? ' is-fading-out' : fade === 'in' ? ' is-fading-in' : ''}`}
            viewBox={`${-radius - 4} ${-radius - 4} ${2 * radius + 8} ${2 * radius + 8}`}
            role="img"
            aria-label={t('wheel_label', { count, labels })}
            data-testid="wheel"
            data-landed-segment={landedIndex === null ? undefined : segments[landedIndex]?.id}
          >
            <circle r={radius + 3} fill="var(--brand)" />
            {segments.map((segment, i) => {
              const a0 = (i * step * Math.PI) / 180;
              const a1 = ((i + 1) * step * Math.PI) / 180;
              const point = (a: number, r = radius) => `${(r * Math.sin(a)).toFixed(3)} ${(-r * Math.cos(a)).toFixed(3)}`;
              const middle = getSegmentMiddleDeg(i, count);
              const textColor = pickReadableColor('#ffffff', segment.color, 3);
              return (
                <g key={segment.id} className={landedIndex === i ? 'segment is-landed' : 'segment'}>
                  <path d={`M0 0 L${point(a0)} A${radius} ${radius} 0 ${step > 180 ? 1 : 0} 1 ${point(a1)} Z`} fill={segment.color} stroke="#fff" strokeWidth="1.5" />
                  <text
                    transform={`rotate(${middle - 90}) translate(${radius * 0.6} 0)`}
                    textAnchor="middle"
                    dominantBaseline="central"
                    fill={textColor}
                    fontSize={labelSizePx}
                    fontWeight={700}
                    direction={locale === 'ar' ? 'rtl' : 'ltr'}
                  >
                    {segment.label}
                  </text>
                </g>
              );
            })}
            <circle r="15" fill="#fff" stroke="var(--brand)" strokeWidth="4" />
          </svg>
        </div>
      </div>
      {/* aria-disabled rather than disabled while the wheel turns: the button keeps the keyboard's focus. */}
      <button
        type="button"
        className="button primary big wheel-spin"
        onClick={() => void spin()}
        disabled={isDisabled}
        aria-disabled={isBusy || phase === 'landed'}
        aria-describedby="wheel-hint"
        data-testid="spin"
        data-phase={phase}
        autoFocus
      >
        {isBusy ? t('wheel_spinning') : t('wheel_spin')}
      </button>
      <p id="wheel-hint" className="muted small center">
        {t('wheel_hint')}
      </p>
    </div>
  );
}
