import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/analytics/random';
import { checkWinCode, codeAlphabet, generateWinCode, normalizeWinCode, parseWinCodes } from '@/lib/games/codes';

describe('generated codes', () => {
  it('look like PREFIX-XXXX-XXXX, from symbols nobody misreads', () => {
    const random = createRandom(42);
    const code = generateWinCode(random.float, 'WAY20');
    expect(code).toMatch(/^WAY20-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(generateWinCode(random.float)).toMatch(/^[^-]{4}-[^-]{4}$/);
    expect(codeAlphabet).not.toMatch(/[01ILO]/);
    expect(checkWinCode(code)).toEqual({ ok: true });
  });

  it('are the same for the same random numbers, and different for different ones', () => {
    expect(generateWinCode(createRandom(1).float, 'A')).toBe(generateWinCode(createRandom(1).float, 'A'));
    const random = createRandom(2);
    const codes = new Set(Array.from({ length: 20_000 }, () => generateWinCode(random.float)));
    expect(codes.size).toBe(20_000);
  });

  it('use every symbol of the alphabet, even with a random number just under 1', () => {
    expect(generateWinCode(() => 0)).toBe('2222-2222');
    expect(generateWinCode(() => 0.9999999999)).toBe('ZZZZ-ZZZZ');
  });
});

describe('normalising and checking codes', () => {
  it.each([
    { raw: '  spring-7kq2 ', code: 'SPRING-7KQ2' },
    { raw: 'ＡＢＣ１２３', code: 'ABC123' },
    { raw: 'save 20', code: 'SAVE20' },
    { raw: '-abc_', code: 'ABC' },
  ])('$raw → $code', ({ raw, code }) => {
    expect(normalizeWinCode(raw)).toBe(code);
  });

  it.each([
    { code: '', problem: 'empty' },
    { code: 'A'.repeat(65), problem: 'too_long' },
    { code: '=HYPERLINK("x")', problem: 'bad_characters' },
    { code: 'CAFÉ', problem: 'bad_characters' },
    { code: 'A,B', problem: 'bad_characters' },
  ])('refuses "$code" ($problem)', ({ code, problem }) => {
    expect(checkWinCode(code)).toEqual({ ok: false, problem });
  });

  it('a normalised code either passes the check or is refused, never anything else (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (raw) => {
        const code = normalizeWinCode(raw);
        const check = checkWinCode(code);
        if (check.ok) expect(code).toMatch(/^[A-Z0-9][A-Z0-9_-]{0,63}$/);
        expect(normalizeWinCode(code)).toBe(code);
      }),
    );
  });
});

describe('parsing imported codes', () => {
  it('reads one code per line or a CSV’s first column, skips a header, blanks and repeats, and reports bad lines', () => {
    const parsed = parseWinCodes('code,value\r\nabc-1,10%\n\n"ABC-2";x\nabc-1\nbad code!\n  \nZZ9\n');
    expect(parsed.codes).toEqual(['ABC-1', 'ABC-2', 'ZZ9']);
    expect(parsed.duplicates).toEqual(['ABC-1']);
    expect(parsed.invalid).toEqual([{ line: 6, value: 'bad code!', problem: 'bad_characters' }]);
  });

  it('reads a list as it is', () => {
    expect(parseWinCodes(['a1', 'a1', 'b,2']).codes).toEqual(['A1']);
    expect(parseWinCodes(['a1', 'b,2']).invalid).toEqual([{ line: 2, value: 'b,2', problem: 'bad_characters' }]);
  });
});
