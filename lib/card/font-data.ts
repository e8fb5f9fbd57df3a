import { inflateSync } from 'node:zlib';

/**
 * Unpacks a WOFF (1.0) font into the plain TrueType/OpenType bytes inside it: each table is inflated if it was
 * compressed and laid out again behind a fresh table directory. Table checksums are copied as they were; the
 * shaper and the glyph reader do not check them. Not for WOFF2, which satori does not take either.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    return {
      tag: woff.toString('latin1', entry, entry + 4),
      offset: woff.readUInt32BE(entry + 4),
      compressedLength: woff.readUInt32BE(entry + 8),
      length: woff.readUInt32BE(entry + 12),
      checksum: woff.readUInt32BE(entry + 16),
    };
  });
  const padded = (length: number) => (length + 3) & ~3;
  const directoryBytes = 12 + 16 * numTables;
  const sfnt = Buffer.alloc(directoryBytes + tables.reduce((sum, table) => sum + padded(table.length), 0));
  const searchRange = 2 ** Math.floor(Math.log2(numTables)) * 16;
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(searchRange, 6);
  sfnt.writeUInt16BE(Math.floor(Math.log2(numTables)), 8);
  sfnt.writeUInt16BE(numTables * 16 - searchRange, 10);
  let position = directoryBytes;
  tables.forEach((table, i) => {
    const stored = woff.subarray(table.offset, table.offset + table.compressedLength);
    const data = table.compressedLength < table.length ? inflateSync(stored) : stored;
    const entry = 12 + 16 * i;
    sfnt.write(table.tag, entry, 'latin1');
    sfnt.writeUInt32BE(table.checksum, entry + 4);
    sfnt.writeUInt32BE(position, entry + 8);
    sfnt.writeUInt32BE(table.length, entry + 12);
    data.copy(sfnt, position, 0, table.length);
    position += padded(table.length);
  });
  return sfnt;
}

/**
 * Negates every vertical offset in a font's GPOS table (the y of every anchor, every YPlacement), in a copy.
 * Why: satori 0.63.2 draws each glyph at `baseline + dy` where HarfBuzz's `dy` points up and SVG's y points
 * down (src/font.ts, `gY = cursorY + shapedGlyph.dy * scale`), so every mark lands mirrored about where it
 * belongs: the dots under an Arabic yeh end up inside the letter, a kasra above it. The offsets HarfBuzz
 * computes are linear in these values, so negating them in the font cancels the sign error exactly, for
 * mark-to-base, mark-to-ligature, mark-to-mark and cursive attachment alike. Horizontal values are untouched.
 * The card tests check that marks sit where HarfBuzz puts them; when satori is fixed, they fail and this goes.
 */
export function negateGposVerticalOffsets(sfnt: Buffer): Buffer {
  const font = Buffer.from(sfnt);
  const gpos = findTable(font, 'GPOS');
  if (gpos === undefined) return font;
  const lookupList = gpos + font.readUInt16BE(gpos + 8);
  const visitedSubtables = new Set<number>();
  const visitedAnchors = new Set<number>();
  const negateAt = (offset: number) => font.writeInt16BE(-font.readInt16BE(offset), offset);
  const negateAnchor = (offset: number) => {
    if (visitedAnchors.has(offset)) return;
    visitedAnchors.add(offset);
    negateAt(offset + 4);
  };
  const negateAnchorAt = (table: number, offsetField: number) => {
    const relative = font.readUInt16BE(offsetField);
    if (relative !== 0) negateAnchor(table + relative);
  };
  const negateValueRecord = (record: number, valueFormat: number) => {
    if (valueFormat & 0x0002) negateAt(record + (valueFormat & 0x0001 ? 2 : 0));
  };
  const markArray = (array: number) => {
    const count = font.readUInt16BE(array);
    for (let i = 0; i < count; i++) negateAnchorAt(array, array + 2 + i * 4 + 2);
  };
  const anchorMatrix = (array: number, classCount: number) => {
    const rows = font.readUInt16BE(array);
    for (let i = 0; i < rows * classCount; i++) negateAnchorAt(array, array + 2 + i * 2);
  };

  const visitSubtable = (type: number, subtable: number): void => {
    if (visitedSubtables.has(subtable)) return;
    visitedSubtables.add(subtable);
    const format = font.readUInt16BE(subtable);
    if (type === 9) {
      visitSubtable(font.readUInt16BE(subtable + 2), subtable + font.readUInt32BE(subtable + 4));
    } else if (type === 1) {
      const valueFormat = font.readUInt16BE(subtable + 4);
      const size = valueRecordSize(valueFormat);
      const count = format === 1 ? 1 : font.readUInt16BE(subtable + 6);
      const first = subtable + (format === 1 ? 6 : 8);
      for (let i = 0; i < count; i++) negateValueRecord(first + i * size, valueFormat);
    } else if (type === 2) {
      const format1 = font.readUInt16BE(subtable + 4);
      const format2 = font.readUInt16BE(subtable + 6);
      const size1 = valueRecordSize(format1);
      const size2 = valueRecordSize(format2);
      if (format === 1) {
        const pairSets = font.readUInt16BE(subtable + 8);
        for (let i = 0; i < pairSets; i++) {
          const pairSet = subtable + font.readUInt16BE(subtable + 10 + i * 2);
          const pairs = font.readUInt16BE(pairSet);
          for (let j = 0; j < pairs; j++) {
            const record = pairSet + 2 + j * (2 + size1 + size2);
            negateValueRecord(record + 2, format1);
            negateValueRecord(record + 2 + size1, format2);
          }
        }
      } else if (format === 2) {
        const class1Count = font.readUInt16BE(subtable + 12);
        const class2Count = font.readUInt16BE(subtable + 14);
        for (let i = 0; i < class1Count * class2Count; i++) {
          const record = subtable + 16 + i * (size1 + size2);
          negateValueRecord(record, format1);
          negateValueRecord(record + size1, format2);
        }
      }
    } else if (type === 3) {
      const count = font.readUInt16BE(subtable + 4);
      for (let i = 0; i < count; i++) {
        negateAnchorAt(subtable, subtable + 6 + i * 4);
        negateAnchorAt(subtable, subtable + 6 + i * 4 + 2);
      }
    } else if (type === 4 || type === 5 || type === 6) {
      const classCount = font.readUInt16BE(subtable + 6);
      markArray(subtable + font.readUInt16BE(subtable + 8));
      const second = subtable + font.readUInt16BE(subtable + 10);
      if (type === 5) {
        const ligatures = font.readUInt16BE(second);
        for (let i = 0; i < ligatures; i++) anchorMatrix(second + font.readUInt16BE(second + 2 + i * 2), classCount);
      } else {
        anchorMatrix(second, classCount);
      }
    }
  };

  const lookupCount = font.readUInt16BE(lookupList);
  for (let i = 0; i < lookupCount; i++) {
    const lookup = lookupList + font.readUInt16BE(lookupList + 2 + i * 2);
    const type = font.readUInt16BE(lookup);
    const subtableCount = font.readUInt16BE(lookup + 4);
    for (let j = 0; j < subtableCount; j++) visitSubtable(type, lookup + font.readUInt16BE(lookup + 6 + j * 2));
  }
  return font;
}

function findTable(font: Buffer, tag: string): number | undefined {
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const entry = 12 + 16 * i;
    if (font.toString('latin1', entry, entry + 4) === tag) return font.readUInt32BE(entry + 8);
  }
  return undefined;
}

function valueRecordSize(valueFormat: number): number {
  let size = 0;
  for (let bit = 0; bit < 8; bit++) if (valueFormat & (1 << bit)) size += 2;
  return size;
}
