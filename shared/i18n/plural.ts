export type PluralForm = 'one' | 'few' | 'many' | 'other';
export type PluralLocale = 'uk' | 'en';

export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<PluralLocale, Intl.PluralRules>();
const numbers = new Map<PluralLocale, Intl.NumberFormat>();

/** The CLDR plural category: Ukrainian 1, 21 → one; 2–4, 22 → few; 0, 5–20, 25 → many; fractions → other. */
export function pluralForm(count: number, locale: PluralLocale): PluralForm {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const form = rule.select(count);
  return form === 'one' || form === 'few' || form === 'many' ? form : 'other';
}

/**
 * The count, written the local way, and the word in the form it takes: "1 слово", "5 слів", "1,5 слова".
 * A form left out falls back to `other`, so English needs only { one, other }.
 */
export function countLabel(count: number, forms: PluralForms, locale: PluralLocale): string {
  let format = numbers.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numbers.set(locale, format);
  }
  const form = pluralForm(count, locale);
  return `${format.format(count)} ${forms[form] ?? forms.other}`;
}
