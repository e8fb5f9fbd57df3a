/**
 * The motion of the spin-the-wheel, as pure functions of time so the browser only renders angles. The wheel
 * turns clockwise; the pointer sits at the top; angles are in degrees, clockwise from the top. A segment whose
 * middle is at `m` on the wheel is under the pointer when the wheel has turned by R with (m + R) mod 360 = 0.
 */

/** The top speed of a spin, in degrees per millisecond (2.5 turns a second). */
export const wheelTopSpeedDegPerMs = 0.9;
/** How long the wheel takes to reach its top speed. */
export const wheelRampMs = 600;
/** The least distance the wheel still travels once the outcome is known: almost three turns. */
export const wheelMinStopDistanceDeg = 1000;

/** The middle of segment `index` of `count` equal segments, in degrees clockwise from the top of the wheel. */
export function getSegmentMiddleDeg(index: number, count: number): number {
  return ((index + 0.5) * 360) / count;
}

/**
 * The angle of a wheel spinning up from `startDeg`, `elapsedMs` after the press: speeding up evenly to the top
 * speed v over the ramp time r, then turning at v:
 *   angle(t) = start + v·t²/(2r) for t < r,   start + v·r/2 + v·(t − r) after.
 */
export function getSpinUpAngle(startDeg: number, elapsedMs: number): number {
  const v = wheelTopSpeedDegPerMs;
  if (elapsedMs < wheelRampMs) return startDeg + (v * elapsedMs * elapsedMs) / (2 * wheelRampMs);
  return startDeg + (v * wheelRampMs) / 2 + v * (elapsedMs - wheelRampMs);
}

export type WheelStop = { fromDeg: number; targetDeg: number; durationMs: number };

/**
 * Where a wheel turning at `speedDegPerMs` from `currentDeg` stops so the pointer lands on segment `index` of
 * `count`, `offset` (−1 to 1) of 35% of a segment's width from its middle (so not every spin stops dead
 * centre, and never near an edge), and how long the slowing down takes. The stop eases out cubically,
 *   angle(t) = from + d·(1 − (1 − t/T)³),  whose speed at t = 0 is 3d/T,
 * so T = 3d / speed keeps the speed the wheel had: no jolt when the answer arrives. d is the smallest distance of
 * at least `minDistanceDeg` that ends on the segment. A wheel at rest (speed 0) jumps: T = 0.
 */
export function planWheelStop(input: { currentDeg: number; speedDegPerMs: number; index: number; count: number; offset: number; minDistanceDeg?: number }): WheelStop {
  const step = 360 / input.count;
  const offset = Math.max(-1, Math.min(1, input.offset)) * step * 0.35;
  const landing = getSegmentMiddleDeg(input.index, input.count) + offset;
  const base = input.currentDeg + (input.speedDegPerMs > 0 ? (input.minDistanceDeg ?? wheelMinStopDistanceDeg) : 0);
  const targetDeg = base + mod(-landing - base, 360);
  const distance = targetDeg - input.currentDeg;
  return { fromDeg: input.currentDeg, targetDeg, durationMs: input.speedDegPerMs > 0 ? (3 * distance) / input.speedDegPerMs : 0 };
}

/** The angle of a stopping wheel `elapsedMs` after its stop was planned (see planWheelStop); the target from T on. */
export function getStopAngle(stop: WheelStop, elapsedMs: number): number {
  if (stop.durationMs <= 0 || elapsedMs >= stop.durationMs) return stop.targetDeg;
  const s = 1 - elapsedMs / stop.durationMs;
  return stop.fromDeg + (stop.targetDeg - stop.fromDeg) * (1 - s * s * s);
}

/** The index of the segment under the pointer when the wheel has turned by `rotationDeg`. */
export function getSegmentAtPointer(rotationDeg: number, count: number): number {
  const step = 360 / count;
  return Math.min(count - 1, Math.floor(mod(-rotationDeg, 360) / step));
}

const mod = (a: number, n: number) => ((a % n) + n) % n;
