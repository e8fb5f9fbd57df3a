/** The longest slug made from a title: long enough to read, short enough for a link in a chat. */
export const slugMaxLength = 48;

/**
 * Makes the readable part of a quiz's link from its title: lower-case ASCII letters, digits and single dashes,
 * accents folded ("Café" → "cafe"), at most `slugMaxLength` characters and never cut in the middle of a word
 * when a dash is near. A title with no Latin letters or digits (an Arabic one, say) gives '' and the caller uses
 * a random slug instead.
 */
export function makeSlugBase(title: string): string {
  const folded = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= slugMaxLength) return folded;
  const cut = folded.slice(0, slugMaxLength);
  if (folded[slugMaxLength] === '-') return cut;
  const lastDash = cut.lastIndexOf('-');
  return (lastDash >= slugMaxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/**
 * Picks a slug nobody has yet: the base itself, then base-2, base-3 … base-99, and past that (or when the base
 * is empty) a random one, which `isTaken` is asked about too. `randomPart` gives short random [a-z0-9] text.
 */
export function pickFreeSlug(base: string, isTaken: (slug: string) => boolean, randomPart: () => string): string {
  if (base) {
    if (!isTaken(base)) return base;
    for (let n = 2; n < 100; n++) {
      const candidate = `${base}-${n}`;
      if (!isTaken(candidate)) return candidate;
    }
  }
  for (;;) {
    const candidate = base ? `${base}-${randomPart()}` : randomPart();
    if (!isTaken(candidate)) return candidate;
  }
}

/**
 * Short random text for slugs and the ids of new questions, answers and results: `length` characters of
 * [a-z0-9] drawn from the given random bytes (crypto in the app, fixed bytes in tests). A leading digit is
 * fine: ids and slugs only need to start with a letter or digit.
 */
export function makeRandomSlugPart(randomBytes: Uint8Array, length = 7): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[(randomBytes[i % randomBytes.length] ?? 0) % alphabet.length];
  return text;
}

/**
 * An id for a new question, answer, result or tier: `prefix-xxxxx`, unlike any id in `taken` (ids are unique
 * within their list, and a duplicate would make the quiz invalid).
 */
export function makeItemId(prefix: string, taken: ReadonlySet<string>, randomPart: () => string): string {
  for (;;) {
    const id = `${prefix}-${randomPart()}`;
    if (!taken.has(id)) return id;
  }
}
