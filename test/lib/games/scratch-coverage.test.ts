import { describe, expect, it } from 'vitest';
import { createScratchGrid, getScratchedPercent, scratchStroke } from '@/lib/games/scratch-coverage';

const size = { width: 200, height: 100 };

describe('the scratched share of a card', () => {
  it.each([
    { label: 'nothing scratched', strokes: [], expected: 0 },
    { label: 'a dot in a corner covers one cell of 200', strokes: [{ from: { x: 5, y: 5 }, to: { x: 5, y: 5 }, radius: 4 }], expected: 0.5 },
    { label: 'a line along the top row', strokes: [{ from: { x: 0, y: 5 }, to: { x: 200, y: 5 }, radius: 4 }], expected: 10 },
    { label: 'a wide brush across the middle', strokes: [{ from: { x: 0, y: 50 }, to: { x: 200, y: 50 }, radius: 30 }], expected: 60 },
    { label: 'strokes beyond the card count nothing', strokes: [{ from: { x: -100, y: -100 }, to: { x: -50, y: -60 }, radius: 20 }], expected: 0 },
    { label: 'the same stroke twice counts once', strokes: [{ from: { x: 0, y: 5 }, to: { x: 200, y: 5 }, radius: 4 }, { from: { x: 200, y: 5 }, to: { x: 0, y: 5 }, radius: 4 }], expected: 10 },
    { label: 'a brush bigger than the card covers it all', strokes: [{ from: { x: 100, y: 50 }, to: { x: 100, y: 50 }, radius: 500 }], expected: 100 },
  ])('$label → $expected%', ({ strokes, expected }) => {
    // 20 × 10 cells of 10 × 10 pixels
    const grid = createScratchGrid(20, 10);
    for (const stroke of strokes) scratchStroke(grid, stroke.from, stroke.to, stroke.radius, size);
    expect(getScratchedPercent(grid)).toBeCloseTo(expected);
  });
});
