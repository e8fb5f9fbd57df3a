import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DailyMetrics } from '@/lib/analytics/dashboard-types';
import { toCsv, toCsvCell, toCsvRow, utf8Bom } from '@/lib/csv';
import { dailyCsvHeader, playerExportColumns, toDailyCsvValues, toPlayerCsvValues, toPlayerJson, type PlayerExportRow } from '@/lib/exports';

/** A small RFC 4180 reader, to check that what is written reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let isQuoted = false;
  while (i < text.length) {
    const char = text.charAt(i);
    if (isQuoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') isQuoted = false;
      else cell += char;
      i += 1;
      continue;
    }
    if (char === '"') isQuoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text.charAt(i + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
    i += 1;
  }
  return rows;
}

describe('toCsvCell', () => {
  it.each([
    { label: 'plain text stays as it is', value: 'Explorer', expected: 'Explorer' },
    { label: 'Arabic text stays as it is', value: 'المستكشف', expected: 'المستكشف' },
    { label: 'a comma is quoted', value: 'Paris, France', expected: '"Paris, France"' },
    { label: 'a quote is doubled and quoted', value: 'the "bold" one', expected: '"the ""bold"" one"' },
    { label: 'a line break is quoted', value: 'two\nlines', expected: '"two\nlines"' },
    { label: 'CRLF inside is quoted', value: 'two\r\nlines', expected: '"two\r\nlines"' },
    { label: 'a formula with = gets an apostrophe', value: '=HYPERLINK("http://evil.example","x")', expected: `"'=HYPERLINK(""http://evil.example"",""x"")"` },
    { label: 'a formula with + gets an apostrophe', value: '+1+2', expected: "'+1+2" },
    { label: 'text starting with - gets an apostrophe', value: '-2+3', expected: "'-2+3" },
    { label: 'a DDE payload with @ gets an apostrophe', value: '@SUM(A1:A2)', expected: "'@SUM(A1:A2)" },
    { label: 'a leading tab gets an apostrophe', value: '\t=1', expected: "'\t=1" },
    { label: 'a leading CR gets an apostrophe and quotes', value: '\r=1', expected: `"'\r=1"` },
    { label: 'an = later in the text is harmless', value: 'a=b', expected: 'a=b' },
    { label: 'a negative number stays a number', value: -3, expected: '-3' },
    { label: 'a fraction', value: 0.25, expected: '0.25' },
    { label: 'NaN is an empty cell', value: Number.NaN, expected: '' },
    { label: 'null is an empty cell', value: null, expected: '' },
    { label: 'undefined is an empty cell', value: undefined, expected: '' },
    { label: 'a boolean', value: true, expected: 'true' },
    { label: 'the empty string', value: '', expected: '' },
  ])('$label', ({ value, expected }) => {
    expect(toCsvCell(value)).toBe(expected);
  });
});

describe('toCsvRow and toCsv', () => {
  it('joins cells with commas and ends each record with CRLF', () => {
    expect(toCsvRow(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
    expect(toCsv(['x', 'y'], [[1, 2], ['=3', 'four']])).toBe("x,y\r\n1,2\r\n'=3,four\r\n");
  });

  it('reads back as the same cells for any text (only formula starts gain their apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme-composite' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]?.length ?? 1;
        const even = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
        const parsed = parseCsv(toCsv(Array.from({ length: width }, (_, i) => `c${i}`), even));
        expect(parsed.slice(1)).toEqual(even.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))));
      }),
    );
  });

  it('never lets a written cell start with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = toCsvCell(text);
        const content = cell.startsWith('"') ? cell.slice(1) : cell;
        expect(/^[=+\-@\t\r]/.test(content)).toBe(false);
      }),
    );
  });

  it('has a byte order mark for Excel that is the one character U+FEFF', () => {
    expect(utf8Bom).toBe('\uFEFF');
    expect(Buffer.from(utf8Bom, 'utf8')).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

const player: PlayerExportRow = { player: 12, parent: 3, generation: 2, channel: 'whatsapp', source: 'newsletter', hostPage: 'https://blog.example/post', outcome: '=cmd|calc', startedAt: Date.UTC(2025, 5, 15, 8), completedAt: null, descendants: 4, children: 1 };

describe('the players export rows', () => {
  it('writes the columns in order, ISO times in UTC, empty cells for no parent and not completed', () => {
    expect(toCsv(playerExportColumns, [toPlayerCsvValues(player), toPlayerCsvValues({ ...player, parent: null, completedAt: Date.UTC(2025, 5, 15, 8, 3), outcome: 'Explorer' })])).toBe(
      'player,parent,generation,channel,source,host_page,outcome,started_at,completed_at,descendants,children\r\n' +
        "12,3,2,whatsapp,newsletter,https://blog.example/post,'=cmd|calc,2025-06-15T08:00:00.000Z,,4,1\r\n" +
        '12,,2,whatsapp,newsletter,https://blog.example/post,Explorer,2025-06-15T08:00:00.000Z,2025-06-15T08:03:00.000Z,4,1\r\n',
    );
  });

  it('gives JSON the same keys, nulls where the CSV is empty, and the text unguarded (JSON runs no formulas)', () => {
    expect(toPlayerJson(player)).toEqual({ player: 12, parent: 3, generation: 2, channel: 'whatsapp', source: 'newsletter', host_page: 'https://blog.example/post', outcome: '=cmd|calc', started_at: '2025-06-15T08:00:00.000Z', completed_at: null, descendants: 4, children: 1 });
    expect(Object.keys(toPlayerJson(player))).toEqual([...playerExportColumns]);
  });
});

describe('the daily metrics rows', () => {
  const day: DailyMetrics = {
    day: '2025-06-15',
    views: null,
    players: 3,
    seeds: 1,
    referredArrivals: 2,
    completers: 3,
    sharers: 1,
    shareIntents: 2,
    confirmedShares: 1,
    clicks: 3,
    crawlerFetches: 1,
    referred: 2,
    referredCompleted: 2,
    k: 2 / 3,
    shareRate: 1 / 3,
    clicksPerSharer: 3,
    playersPerClick: 2 / 3,
  };

  it('names every figure in the header and rounds ratios to 6 decimals; a view count a filter cannot give is empty', () => {
    expect(dailyCsvHeader).toEqual(['day', 'views', 'players', 'seeds', 'referred_arrivals', 'completers', 'sharers', 'share_intents', 'confirmed_shares', 'clicks', 'crawler_fetches', 'referred', 'referred_completed', 'k', 'share_rate', 'clicks_per_sharer', 'players_per_click']);
    expect(toCsvRow(toDailyCsvValues(day))).toBe('2025-06-15,,3,1,2,3,1,2,1,3,1,2,2,0.666667,0.333333,3,0.666667\r\n');
    expect(toDailyCsvValues({ ...day, views: 40 })[1]).toBe(40);
  });
});
