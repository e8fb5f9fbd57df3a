/**
 * How much of a scratch card's surface has been scratched away, kept as a coarse grid of cells in memory rather
 * than read back from the canvas's pixels (a read-back stalls the GPU on every stroke). A cell counts as
 * scratched once a stroke's brush covered its centre.
 */

export type ScratchGrid = { cols: number; rows: number; cells: Uint8Array };

/** A grid of `cols` × `rows` cells, none scratched. */
export function createScratchGrid(cols: number, rows: number): ScratchGrid {
  return { cols, rows, cells: new Uint8Array(cols * rows) };
}

type Point = { x: number; y: number };

/**
 * Marks the cells whose centre lies within `radius` of the stroke from `from` to `to`. Points and radius are in
 * the surface's own pixels, `size` being the surface's width and height; the cells divide it evenly.
 */
export function scratchStroke(grid: ScratchGrid, from: Point, to: Point, radius: number, size: { width: number; height: number }): void {
  const cellW = size.width / grid.cols;
  const cellH = size.height / grid.rows;
  const colMin = Math.max(0, Math.floor((Math.min(from.x, to.x) - radius) / cellW));
  const colMax = Math.min(grid.cols - 1, Math.floor((Math.max(from.x, to.x) + radius) / cellW));
  const rowMin = Math.max(0, Math.floor((Math.min(from.y, to.y) - radius) / cellH));
  const rowMax = Math.min(grid.rows - 1, Math.floor((Math.max(from.y, to.y) + radius) / cellH));
  for (let row = rowMin; row <= rowMax; row++) {
    for (let col = colMin; col <= colMax; col++) {
      const centre = { x: (col + 0.5) * cellW, y: (row + 0.5) * cellH };
      if (distanceToSegment(centre, from, to) <= radius) grid.cells[row * grid.cols + col] = 1;
    }
  }
}

/** The share of the grid's cells scratched, in percent: 100 · scratched cells / all cells. */
export function getScratchedPercent(grid: ScratchGrid): number {
  let scratched = 0;
  for (const cell of grid.cells) scratched += cell;
  return grid.cells.length === 0 ? 0 : (100 * scratched) / grid.cells.length;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
