import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getSegmentAtPointer, getSegmentMiddleDeg, getSpinUpAngle, getStopAngle, planWheelStop, wheelMinStopDistanceDeg, wheelRampMs, wheelTopSpeedDegPerMs } from '@/lib/games/wheel-motion';

describe('getSegmentAtPointer', () => {
  it.each([
    { label: 'at rest, the first segment is just right of the pointer… under it', rotation: -1, count: 8, expected: 0 },
    { label: 'a wheel turned by −the middle of segment 0', rotation: -22.5, count: 8, expected: 0 },
    { label: 'turned a quarter clockwise: the segment at 270° comes up', rotation: 90, count: 4, expected: 3 },
    { label: 'turned half a turn', rotation: 180, count: 4, expected: 2 },
    { label: 'many turns later', rotation: 3600 - 45, count: 8, expected: 1 },
  ])('$label', ({ rotation, count, expected }) => {
    expect(getSegmentAtPointer(rotation, count)).toBe(expected);
  });
});

describe('planWheelStop', () => {
  it('always lands on the asked segment, well inside it, at least the minimum distance on, at the speed the wheel had', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 12 }), fc.nat(11), fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (count, rawIndex, currentDeg, offset) => {
        const index = rawIndex % count;
        const stop = planWheelStop({ currentDeg, speedDegPerMs: wheelTopSpeedDegPerMs, index, count, offset });
        expect(getSegmentAtPointer(stop.targetDeg, count)).toBe(index);
        const distance = stop.targetDeg - currentDeg;
        expect(distance).toBeGreaterThanOrEqual(wheelMinStopDistanceDeg - 1e-6);
        expect(distance).toBeLessThan(wheelMinStopDistanceDeg + 360 + 1e-6);
        // Within 35% of half a segment of its middle, so never on a line between two segments.
        const step = 360 / count;
        const fromMiddle = Math.abs(((((-stop.targetDeg - getSegmentMiddleDeg(index, count)) % 360) + 540) % 360) - 180);
        expect(fromMiddle).toBeLessThanOrEqual(step * 0.35 + 1e-6);
        // The ease-out starts at the wheel's speed: (angle(ε) − angle(0)) / ε ≈ speed.
        const epsilon = 0.01;
        expect((getStopAngle(stop, epsilon) - getStopAngle(stop, 0)) / epsilon).toBeCloseTo(wheelTopSpeedDegPerMs, 2);
        expect(getStopAngle(stop, stop.durationMs)).toBe(stop.targetDeg);
        expect(getStopAngle(stop, stop.durationMs + 1000)).toBe(stop.targetDeg);
      }),
    );
  });

  it('moves a wheel at rest straight to the segment (the reduced-motion path)', () => {
    const stop = planWheelStop({ currentDeg: 0, speedDegPerMs: 0, index: 2, count: 8, offset: 0 });
    expect(stop.durationMs).toBe(0);
    expect(getStopAngle(stop, 0)).toBe(stop.targetDeg);
    expect(getSegmentAtPointer(stop.targetDeg, 8)).toBe(2);
    expect(stop.targetDeg).toBeLessThan(360);
  });

  it('turns for a few seconds, not forever and not in a flash', () => {
    const stop = planWheelStop({ currentDeg: 123, speedDegPerMs: wheelTopSpeedDegPerMs, index: 5, count: 8, offset: 0.5 });
    expect(stop.durationMs).toBeGreaterThan(3000);
    expect(stop.durationMs).toBeLessThan(5000);
  });
});

describe('getSpinUpAngle', () => {
  it('speeds up evenly, then turns at the top speed, without a jump', () => {
    expect(getSpinUpAngle(10, 0)).toBe(10);
    const atRamp = getSpinUpAngle(0, wheelRampMs);
    expect(atRamp).toBeCloseTo((wheelTopSpeedDegPerMs * wheelRampMs) / 2);
    expect(getSpinUpAngle(0, wheelRampMs + 1000) - atRamp).toBeCloseTo(wheelTopSpeedDegPerMs * 1000);
    expect(getSpinUpAngle(0, wheelRampMs - 1e-6)).toBeCloseTo(atRamp, 4);
  });
});
