import { describe, expect, it } from 'vitest';
import { countLabel, pluralForm, type PluralForms } from '../../shared/i18n/plural';

const WORD: PluralForms = { one: 'слово', few: 'слова', many: 'слів', other: 'слова' };
const CHARACTER: PluralForms = { one: 'символ', few: 'символи', many: 'символів', other: 'символу' };
const MINUTE: PluralForms = { one: 'хвилина', few: 'хвилини', many: 'хвилин', other: 'хвилини' };
const ENGLISH_WORD: PluralForms = { one: 'word', other: 'words' };

describe('pluralForm', () => {
  it.each([
    [0, 'many'], [1, 'one'], [2, 'few'], [3, 'few'], [4, 'few'], [5, 'many'], [10, 'many'],
    [11, 'many'], [12, 'many'], [14, 'many'], [19, 'many'], [20, 'many'], [21, 'one'], [22, 'few'],
    [24, 'few'], [25, 'many'], [101, 'one'], [111, 'many'], [112, 'many'], [122, 'few'], [1001, 'one'],
    [1.5, 'other'], [0.5, 'other'],
  ] as const)('Ukrainian %d is "%s"', (count, form) => {
    expect(pluralForm(count, 'uk')).toBe(form);
  });

  it.each([
    [0, 'other'], [1, 'one'], [2, 'other'], [21, 'other'], [1.5, 'other'],
  ] as const)('English %d is "%s"', (count, form) => {
    expect(pluralForm(count, 'en')).toBe(form);
  });
});

describe('countLabel', () => {
  it.each([
    [0, '0 слів', '0 символів', '0 хвилин'],
    [1, '1 слово', '1 символ', '1 хвилина'],
    [2, '2 слова', '2 символи', '2 хвилини'],
    [4, '4 слова', '4 символи', '4 хвилини'],
    [5, '5 слів', '5 символів', '5 хвилин'],
    [11, '11 слів', '11 символів', '11 хвилин'],
    [12, '12 слів', '12 символів', '12 хвилин'],
    [14, '14 слів', '14 символів', '14 хвилин'],
    [21, '21 слово', '21 символ', '21 хвилина'],
    [22, '22 слова', '22 символи', '22 хвилини'],
    [25, '25 слів', '25 символів', '25 хвилин'],
    [101, '101 слово', '101 символ', '101 хвилина'],
    [111, '111 слів', '111 символів', '111 хвилин'],
  ])('Ukrainian %d: %s, %s, %s', (count, word, character, minute) => {
    expect(countLabel(count, WORD, 'uk')).toBe(word);
    expect(countLabel(count, CHARACTER, 'uk')).toBe(character);
    expect(countLabel(count, MINUTE, 'uk')).toBe(minute);
  });

  it('writes numbers the Ukrainian way: a decimal comma and a no-break space between thousands', () => {
    expect(countLabel(1.5, WORD, 'uk')).toBe('1,5 слова');
    expect(countLabel(2.5, MINUTE, 'uk')).toBe('2,5 хвилини');
    expect(countLabel(1000, WORD, 'uk')).toBe('1\u00A0000 слів');
    expect(countLabel(12_341, CHARACTER, 'uk')).toBe('12\u00A0341 символ');
  });

  it('needs only "one" and "other" in English', () => {
    expect(countLabel(0, ENGLISH_WORD, 'en')).toBe('0 words');
    expect(countLabel(1, ENGLISH_WORD, 'en')).toBe('1 word');
    expect(countLabel(2, ENGLISH_WORD, 'en')).toBe('2 words');
    expect(countLabel(21, ENGLISH_WORD, 'en')).toBe('21 words');
    expect(countLabel(1.5, ENGLISH_WORD, 'en')).toBe('1.5 words');
    expect(countLabel(1000, ENGLISH_WORD, 'en')).toBe('1,000 words');
  });

  it('falls back to "other" for a form that is not given', () => {
    expect(countLabel(2, { one: 'one', other: 'rest' }, 'uk')).toBe('2 rest');
    expect(countLabel(5, { one: 'one', other: 'rest' }, 'uk')).toBe('5 rest');
  });
});
