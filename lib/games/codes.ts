/**
 * Win codes: the unique codes winners redeem. Ripple generates them from an alphabet people cannot misread, or
 * the author imports their own (from a shop system); both are normalised the same way so a code typed back at a
 * till matches the stored one.
 */

/** Digits and capitals without 0/O, 1/I/L: 31 symbols, no two of which look alike on a phone screen or a receipt. */
export const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The longest code accepted, prefix and dashes included. */
export const maxCodeLength = 64;

/**
 * A new code: `prefix-` (when given) then `groups` groups of 4 symbols of codeAlphabet joined by dashes, e.g.
 * SPRING-7KQ2-M9XD. Each symbol takes one call of `random` (a uniform float in [0, 1); crypto-backed in
 * production, so codes cannot be guessed from each other). Two groups hold 31⁸ ≈ 8.5·10¹¹ codes.
 */
export function generateWinCode(random: () => number, prefix = '', groups = 2): string {
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) {
    let part = '';
    for (let i = 0; i < 4; i++) part += codeAlphabet[Math.min(codeAlphabet.length - 1, Math.floor(random() * codeAlphabet.length))];
    parts.push(part);
  }
  const cleanPrefix = normalizeWinCode(prefix);
  return cleanPrefix ? `${cleanPrefix}-${parts.join('-')}` : parts.join('-');
}

/**
 * A code as it is stored and compared: Unicode-normalised (NFKC, so full-width "ＡＢＣ" is "ABC"), capitals, no
 * spaces, and no dashes or underscores at either end. "  spring-7kq2 " → "SPRING-7KQ2".
 */
export function normalizeWinCode(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/^[-_]+|[-_]+$/g, '');
}

export type CodeProblem = 'empty' | 'too_long' | 'bad_characters';

/**
 * Whether a normalised code can be stored: 1 to 64 of A–Z, 0–9, dash and underscore. Anything else (a quote,
 * a comma, an emoji, a formula sign) would break CSV exports or be hard to type at a till.
 */
export function checkWinCode(code: string): { ok: true } | { ok: false; problem: CodeProblem } {
  if (code === '') return { ok: false, problem: 'empty' };
  if (code.length > maxCodeLength) return { ok: false, problem: 'too_long' };
  if (!/^[A-Z0-9][A-Z0-9_-]*$/.test(code)) return { ok: false, problem: 'bad_characters' };
  return { ok: true };
}

export type ParsedCodes = {
  /** the valid codes, normalised, each once, in the order given */
  codes: string[];
  /** lines that are not codes (1-based line numbers of the text; index + 1 of a list) */
  invalid: { line: number; value: string; problem: CodeProblem }[];
  /** codes given more than once (kept once) */
  duplicates: string[];
};

/**
 * Reads the codes an author pastes or uploads: one per line (a CSV's first column also works: anything after a
 * comma, semicolon or tab is ignored), or a list. Blank lines are skipped; each code is normalised, checked, and
 * kept once. A first line reading "code" (or codes, coupon, voucher) is taken for a spreadsheet's header.
 */
export function parseWinCodes(input: string | readonly string[]): ParsedCodes {
  const lines = typeof input === 'string' ? input.split(/\r\n|\r|\n/) : input;
  const codes: string[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  const invalid: ParsedCodes['invalid'] = [];
  lines.forEach((line, index) => {
    const first = (typeof input === 'string' ? line.split(/[,;\t]/)[0] : line) ?? '';
    if (first.trim() === '') return;
    const code = normalizeWinCode(first.replace(/^"|"$/g, ''));
    // A spreadsheet's header row is not a code.
    if (index === 0 && /^(CODES?|COUPONS?|VOUCHERS?)$/.test(code)) return;
    const check = checkWinCode(code);
    if (!check.ok) {
      invalid.push({ line: index + 1, value: first.slice(0, 80), problem: check.problem });
      return;
    }
    if (seen.has(code)) {
      duplicates.add(code);
      return;
    }
    seen.add(code);
    codes.push(code);
  });
  return { codes, invalid, duplicates: [...duplicates] };
}
