import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultBlockedWords, findBlockedWord, foldForMatching, isNameBlocked, maxBlockedWordLength, maxBlockedWords, parseBlockedWordsInput } from '@/lib/blocked-words';

describe('findBlockedWord with the default list', () => {
  it.each([
    { label: 'the word alone', name: 'shit', word: 'shit' },
    { label: 'upper case', name: 'SHIT', word: 'shit' },
    { label: 'mixed case in a full name', name: 'Sara Bitch', word: 'bitch' },
    { label: 'accents', name: 'Fück', word: 'fuck' },
    { label: 'letters stretched', name: 'fuuuuck', word: 'fuck' },
    { label: 'a digit for a letter', name: 'sh1t', word: 'shit' },
    { label: 'signs for letters', name: 'b!tch', word: 'bitch' },
    { label: 'a dollar for an s', name: '$hit', word: 'shit' },
    { label: 'letters spelled apart', name: 'f u c k', word: 'fuck' },
    { label: 'letters with dots between', name: 'f.u.c.k', word: 'fuck' },
    { label: 'full-width letters', name: 'ｆｕｃｋ', word: 'fuck' },
    { label: 'a Cyrillic look-alike', name: 'shіt', word: 'shit' },
    { label: 'an invisible character inside', name: 'fu\u200bck', word: 'fuck' },
    { label: 'a soft hyphen inside', name: 'sh\u00adit', word: 'shit' },
    { label: 'punctuation around', name: '«nazi»', word: 'nazi' },
    { label: 'Arabic', name: 'حمار', word: 'حمار' },
    { label: 'Arabic with vowel marks', name: 'حِمَار', word: 'حمار' },
    { label: 'Arabic with tatweel', name: 'حمــار', word: 'حمار' },
    { label: 'Arabic with ta marbuta written as ha', name: 'قحبه', word: 'قحبة' },
    { label: 'Arabic with "the" joined', name: 'الحمار', word: 'حمار' },
    { label: 'Arabic with "and the" joined', name: 'والكلب', word: 'كلب' },
    { label: 'Arabic with the vocative joined', name: 'ياحمار', word: 'حمار' },
    { label: 'Arabic after a real name', name: 'سارة حمار', word: 'حمار' },
    { label: 'Arabic presentation forms', name: 'ﺣﻤﺎﺭ', word: 'حمار' },
  ])('catches $label: "$name"', ({ name, word }) => {
    expect(findBlockedWord(name, defaultBlockedWords)).toBe(word);
  });

  it.each([
    { label: 'a word inside a name', name: 'Cassandra' },
    { label: 'another word inside a name', name: 'Scunthorpe' },
    { label: 'a town with a word inside', name: 'Shitterton' },
    { label: 'an ordinary name', name: 'Sara' },
    { label: 'a name that is also a word', name: 'Dick Smith' },
    { label: 'an Arabic name', name: 'سارة' },
    { label: 'an Arabic name starting with ya', name: 'ياسمين' },
    { label: 'an Arabic name with "abd"', name: 'عبد الرحمن' },
    { label: 'nothing', name: '' },
    { label: 'digits only', name: '1234' },
  ])('lets $label through: "$name"', ({ name }) => {
    expect(findBlockedWord(name, defaultBlockedWords)).toBeUndefined();
  });

  it('holds words in English and in Arabic', () => {
    expect(defaultBlockedWords.some((w) => /^[a-z]+$/.test(w))).toBe(true);
    expect(defaultBlockedWords.some((w) => /\p{Script=Arabic}/u.test(w))).toBe(true);
  });
});

describe('findBlockedWord with a workspace list', () => {
  it.each([
    { label: 'a competitor', words: ['Acme'], name: 'acme fan', blocked: true },
    { label: 'a phrase of two words', words: ['big boss'], name: 'The BIG   boss', blocked: true },
    { label: 'a phrase whose words are apart', words: ['big boss'], name: 'big happy boss', blocked: false },
    { label: 'an accented word typed plain', words: ['café'], name: 'CAFE', blocked: true },
    { label: 'a word typed with vowel marks', words: ['مُدِير'], name: 'مدير', blocked: true },
    { label: 'a word with letters stretched', words: ['ass'], name: 'asssss', blocked: true },
    { label: 'a shorter word than the blocked one', words: ['ass'], name: 'As', blocked: false },
    { label: 'an empty list', words: [], name: 'shit', blocked: false },
    { label: 'a blank entry', words: ['  '], name: 'anything', blocked: false },
  ])('$label: blocked = $blocked', ({ words, name, blocked }) => {
    expect(isNameBlocked(name, words)).toBe(blocked);
  });

  it('catches any blocked word however its case and marks are written (property)', () => {
    const word = fc.constantFrom(...defaultBlockedWords.filter((w) => /^[a-z]+$/.test(w)));
    fc.assert(
      fc.property(word, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), fc.constantFrom('', 'Sara ', 'Dr. '), (w, upper, before) => {
        const written = [...w].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join('');
        expect(isNameBlocked(`${before}${written}`, defaultBlockedWords)).toBe(true);
      }),
    );
  });

  it('never blocks a name made only of letters that no blocked word is spelled with (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[qjvz ]{0,24}$/), (name) => {
        expect(isNameBlocked(name, defaultBlockedWords)).toBe(false);
      }),
    );
  });
});

describe('foldForMatching', () => {
  it.each([
    { text: 'ÉCOLE', folded: 'ecole' },
    { text: 'أحمد', folded: 'احمد' },
    { text: 'إسلام', folded: 'اسلام' },
    { text: 'مُحَمَّد', folded: 'محمد' },
    { text: 'مستشفى', folded: 'مستشفي' },
  ])('folds "$text" to "$folded"', ({ text, folded }) => {
    expect(foldForMatching(text)).toBe(folded);
  });
});

describe('parseBlockedWordsInput', () => {
  it.each([
    { label: 'one per line', text: 'acme\nglobex\n', words: ['acme', 'globex'] },
    { label: 'commas, Arabic commas and blanks', text: ' acme , globex،  , initech ', words: ['acme', 'globex', 'initech'] },
    { label: 'duplicates by case and accents', text: 'Café\ncafe\nCAFÉ', words: ['Café'] },
    { label: 'nothing', text: '  \n ', words: [] },
  ])('reads $label', ({ text, words }) => {
    expect(parseBlockedWordsInput(text)).toEqual({ ok: true, words });
  });

  it('refuses a word that is too long, naming it', () => {
    const long = 'x'.repeat(maxBlockedWordLength + 1);
    expect(parseBlockedWordsInput(`ok\n${long}`)).toEqual({ ok: false, reason: 'too_long', word: long });
  });

  it('refuses too many words', () => {
    const text = Array.from({ length: maxBlockedWords + 1 }, (_, i) => `word${i}`).join('\n');
    expect(parseBlockedWordsInput(text)).toEqual({ ok: false, reason: 'too_many' });
  });
});
