const MAX_SLUG_LENGTH = 80;

/** Cabinet of Ministers of Ukraine resolution No. 55 (2010); the first form is used at the start of a word. */
const CYRILLIC: Record<string, string | readonly [string, string]> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: ['ye', 'ie'], ж: 'zh', з: 'z',
  и: 'y', і: 'i', ї: ['yi', 'i'], й: ['y', 'i'], к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ь: '', ю: ['yu', 'iu'], я: ['ya', 'ia'], ъ: '', ы: 'y', э: 'e',
};

const LATIN_EXTRA: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŧ: 't',
};

const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘', '`']);
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const ASCII_ALNUM = /^[a-z0-9]+$/;

/**
 * A lower-case ASCII slug for a file name or URL: Cyrillic follows the official Ukrainian
 * transliteration, accented Latin is folded, anything else separates words.
 * The language is accepted for callers; every Cyrillic text is read as Ukrainian.
 */
export function slugify(text: string, language?: string): string {
  const parts: string[] = [];
  let inWord = false;
  let previous = '';
  for (const char of text.normalize('NFC')) {
    if (APOSTROPHES.has(char) || MARK.test(char)) continue;
    const lower = char.toLowerCase();
    const latin = transliterate(lower, inWord, previous);
    if (latin === null) {
      if (parts[parts.length - 1] !== '-') parts.push('-');
    } else {
      parts.push(latin);
    }
    inWord = LETTER.test(char);
    previous = lower;
  }
  return shorten(parts.join('').replace(/^-+|-+$/g, '')) || 'untitled';
}

function transliterate(lower: string, inWord: boolean, previous: string): string | null {
  if (lower === 'г' && previous === 'з') return 'gh';
  const cyrillic = CYRILLIC[lower];
  if (cyrillic !== undefined) return typeof cyrillic === 'string' ? cyrillic : cyrillic[inWord ? 1 : 0];
  if (ASCII_ALNUM.test(lower)) return lower;
  const extra = LATIN_EXTRA[lower];
  if (extra !== undefined) return extra;
  const folded = lower.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded !== lower && folded.length > 0) {
    if (ASCII_ALNUM.test(folded)) return folded;
    const base = CYRILLIC[folded];
    if (typeof base === 'string') return base;
  }
  return null;
}

function shorten(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : slug.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
