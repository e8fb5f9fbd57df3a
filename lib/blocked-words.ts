/**
 * Words that may never be printed on a card as a player's name. A workspace starts with the defaults below and
 * can edit its own list; a name that contains one of its words is dropped (the card then shows no name).
 */

/**
 * The default list, in English and Arabic: common profanity and slurs people type as a "name" to get them printed
 * on a branded card. A starting point, deliberately short: words that are also given names or surnames
 * ("Dick", "Cock") are left out, since a name is matched as whole words. Each workspace extends it for its audience.
 */
export const defaultBlockedWords: readonly string[] = [
  // English
  'fuck',
  'fucking',
  'fucker',
  'motherfucker',
  'shit',
  'bullshit',
  'bitch',
  'bitches',
  'bastard',
  'asshole',
  'cunt',
  'pussy',
  'whore',
  'slut',
  'wanker',
  'twat',
  'nigger',
  'nigga',
  'faggot',
  'retard',
  'rapist',
  'nazi',
  'hitler',
  // Arabic
  'كس',
  'زب',
  'طيز',
  'نيك',
  'منيوك',
  'شرموطة',
  'شرموط',
  'قحبة',
  'عاهرة',
  'عرص',
  'خول',
  'لوطي',
  'خرا',
  'كلب',
  'حمار',
  'حقير',
  'حيوان',
];

/** The most words a workspace's list may hold, and the longest word, in characters. */
export const maxBlockedWords = 500;
export const maxBlockedWordLength = 40;

// Look-alike letters from other scripts, and digits and signs standing in for letters ("sh1t", "$hit", "b!tch").
const lookAlikes: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', к: 'k', м: 'm', т: 't', ѕ: 's' };
const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l' };
// Arabic letters written several ways: ta marbuta and ha, alef maqsura and ya, Persian ya and kaf, alef wasla.
const arabicFolds: Record<string, string> = { ة: 'ه', ى: 'ي', ی: 'ي', ک: 'ك', ٱ: 'ا' };
// Arabic joins "and", "the", "with the", "for the" and the vocative "ya" to the next word.
const arabicPrefixes = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'يا', 'و', 'ف'];
const tokenPattern = /[\p{L}\p{N}@$!|]+/gu;

/**
 * Folds a text for comparison: compatibility forms to plain letters (full-width, ligatures, Arabic presentation
 * forms), lowercase, accents and Arabic vowel marks (harakat, hamza marks) removed, tatweel and invisible format
 * characters removed, Arabic letter variants merged (أ إ آ ٱ → ا, ة → ه, ى → ي) and common look-alike Cyrillic
 * letters mapped to Latin. Digits and signs are kept here; `findBlockedWord` also tries them as letters.
 */
export function foldForMatching(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}\u0640]/gu, '')
    .toLowerCase();
  return [...folded].map((char) => lookAlikes[char] ?? arabicFolds[char] ?? char).join('');
}

/**
 * The blocked word a name contains, or undefined. A word matches a whole word of the name, never part of one
 * ("Cassandra" is fine), after `foldForMatching` on both sides, so case, accents, Arabic vowel marks and letter
 * variants do not hide it. Also caught: letters stretched by repetition ("fuuuck"), digits and signs for letters
 * ("sh1t", "b!tch"), letters spelled apart ("f u c k", "f.u.c.k"), Arabic words with "and", "the" or "ya" joined
 * in front ("والكلب", "ياحمار"), and blocked phrases of several words.
 */
export function findBlockedWord(name: string, words: readonly string[]): string | undefined {
  const tokens = tokenize(name);
  if (tokens.length === 0) return undefined;
  const candidates = expandCandidates(tokens);
  for (const word of words) {
    const target = tokenize(word).map((t) => t.plain);
    if (target.length === 0) continue;
    if (target.length === 1) {
      const [only] = target as [string];
      if (candidates.some((candidate) => isStretchedForm(candidate, only))) return word;
      continue;
    }
    for (let start = 0; start + target.length <= tokens.length; start++) {
      if (target.every((part, i) => tokenForms(tokens[start + i]).some((form) => isStretchedForm(form, part)))) return word;
    }
  }
  return undefined;
}

/** Whether a name contains a blocked word (see `findBlockedWord`); such a name is never printed on a card. */
export function isNameBlocked(name: string, words: readonly string[]): boolean {
  return findBlockedWord(name, words) !== undefined;
}

/**
 * The name to print on a card: the cleaned name itself, or '' when it contains a blocked word. The name is
 * dropped, not censored: "Sara ****" would still put the word in people's minds, and the card reads fine without.
 */
export function dropBlockedName(name: string, words: readonly string[]): string {
  return name && isNameBlocked(name, words) ? '' : name;
}

/**
 * Reads a list of blocked words as an editor types it (one per line or separated by commas): trimmed, blank
 * entries dropped, duplicates (after folding) dropped, each at most `maxBlockedWordLength` characters and the
 * list at most `maxBlockedWords` long. Returns the first problem otherwise.
 */
export function parseBlockedWordsInput(text: string): { ok: true; words: string[] } | { ok: false; reason: 'too_many' | 'too_long'; word?: string } {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of text.split(/[\n,،]/u)) {
    const word = raw.replace(/\s+/gu, ' ').trim();
    if (!word) continue;
    if ([...word].length > maxBlockedWordLength) return { ok: false, reason: 'too_long', word };
    const key = foldForMatching(word);
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words.length > maxBlockedWords ? { ok: false, reason: 'too_many' } : { ok: true, words };
}

type Token = { plain: string; leet: string };

function tokenize(text: string): Token[] {
  return (foldForMatching(text).match(tokenPattern) ?? []).map((raw) => {
    const plain = raw.replace(/[@$!|]/g, '');
    return { plain, leet: [...raw].map((char) => leet[char] ?? char).join('') };
  }).filter((token) => token.plain || token.leet);
}

function tokenForms(token: Token | undefined): string[] {
  if (!token) return [];
  const forms = new Set([token.plain, token.leet]);
  for (const form of [...forms]) {
    for (const prefix of arabicPrefixes) if (form.startsWith(prefix) && form.length > prefix.length + 1) forms.add(form.slice(prefix.length));
  }
  return [...forms].filter(Boolean);
}

// Every word of the name in each of its forms, plus runs of letters spelled one by one joined back together.
function expandCandidates(tokens: Token[]): string[] {
  const candidates = tokens.flatMap(tokenForms);
  let run: Token[] = [];
  const flush = () => {
    if (run.length >= 2) candidates.push(run.map((t) => t.leet).join(''), run.map((t) => t.plain).join(''));
    run = [];
  };
  for (const token of tokens) {
    if ([...token.leet].length === 1) run.push(token);
    else flush();
  }
  flush();
  return candidates;
}

// "fuuuck" is "fuck" with letters repeated: the same letters in order once runs are squeezed, and at least as long.
function isStretchedForm(candidate: string, word: string): boolean {
  if (candidate === word) return true;
  return candidate.length > word.length && squeeze(candidate) === squeeze(word);
}

function squeeze(text: string): string {
  return [...text].filter((char, i, all) => char !== all[i - 1]).join('');
}
