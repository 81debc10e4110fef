import { describe, expect, it } from 'vitest';
import { slugify } from '../../shared/article/slugify';

const OFFICIAL_TABLE: [string, string][] = [
  ['Алушта', 'alushta'], ['Андрій', 'andrii'], ['Борщагівка', 'borshchahivka'], ['Борисенко', 'borysenko'],
  ['Вінниця', 'vinnytsia'], ['Володимир', 'volodymyr'], ['Гадяч', 'hadiach'], ['Богдан', 'bohdan'],
  ['Згурський', 'zghurskyi'], ['Ґалаґан', 'galagan'], ['Ґорґани', 'gorgany'], ['Горгани', 'horhany'],
  ['Донецьк', 'donetsk'], ['Дмитро', 'dmytro'], ['Рівне', 'rivne'], ['Олег', 'oleh'], ['Есмань', 'esman'],
  ['Єнакієве', 'yenakiieve'], ['Гаєвич', 'haievych'], ["Короп'є", 'koropie'], ['Житомир', 'zhytomyr'],
  ['Жанна', 'zhanna'], ['Жежелів', 'zhezheliv'], ['Закарпаття', 'zakarpattia'], ['Казимирчук', 'kazymyrchuk'],
  ['Медвин', 'medvyn'], ['Михайленко', 'mykhailenko'], ['Іванків', 'ivankiv'], ['Іващенко', 'ivashchenko'],
  ['Їжакевич', 'yizhakevych'], ['Кадиївка', 'kadyivka'], ["Мар'їне", 'marine'], ['Йосипівка', 'yosypivka'],
  ['Стрий', 'stryi'], ['Олексій', 'oleksii'], ['Київ', 'kyiv'], ['Коваленко', 'kovalenko'], ['Лебедин', 'lebedyn'],
  ['Леонід', 'leonid'], ['Миколаїв', 'mykolaiv'], ['Маринич', 'marynych'], ['Ніжин', 'nizhyn'],
  ['Наталія', 'nataliia'], ['Одеса', 'odesa'], ['Онищенко', 'onyshchenko'], ['Полтава', 'poltava'],
  ['Петро', 'petro'], ['Решетилівка', 'reshetylivka'], ['Рибчинський', 'rybchynskyi'], ['Суми', 'sumy'],
  ['Соломія', 'solomiia'], ['Тернопіль', 'ternopil'], ['Троць', 'trots'], ['Ужгород', 'uzhhorod'],
  ['Уляна', 'uliana'], ['Фастів', 'fastiv'], ['Філіпчук', 'filipchuk'], ['Харків', 'kharkiv'],
  ['Христина', 'khrystyna'], ['Біла Церква', 'bila-tserkva'], ['Стеценко', 'stetsenko'], ['Чернівці', 'chernivtsi'],
  ['Шевченко', 'shevchenko'], ['Шостка', 'shostka'], ['Кишеньки', 'kyshenky'], ['Щербухи', 'shcherbukhy'],
  ['Гоща', 'hoshcha'], ['Гаращенко', 'harashchenko'], ['Юрій', 'yurii'], ['Корюківка', 'koriukivka'],
  ['Яготин', 'yahotyn'], ['Ярошенко', 'yaroshenko'], ['Костянтин', 'kostiantyn'], ["Знам'янка", 'znamianka'],
  ['Феодосія', 'feodosiia'], ['Згорани', 'zghorany'], ['Розгон', 'rozghon'],
];

describe('slugify', () => {
  it.each(OFFICIAL_TABLE)('transliterates %s as %s (resolution No. 55)', (text, slug) => {
    expect(slugify(text, 'uk')).toBe(slug);
  });

  it.each([
    ['Відносини США та Китаю', 'vidnosyny-ssha-ta-kytaiu'],
    ['КИЇВ', 'kyiv'],
    ['ЮРІЙ ЯРОШЕНКО', 'yurii-yaroshenko'],
    ['зграя', 'zghraia'],
    ['з гори', 'z-hory'],
    ['пів-Європи', 'piv-yevropy'],
    ['Знам’янка і Знамʼянка', 'znamianka-i-znamianka'],
    ['«Юрій»', 'yurii'],
    ['бульйон', 'bulion'],
  ])('applies word-initial, зг and apostrophe rules: %s', (text, slug) => {
    expect(slugify(text, 'uk')).toBe(slug);
  });

  it('handles mixed English and Ukrainian', () => {
    expect(slugify('NATO і Україна: саміт у Вільнюсі 2023', 'uk')).toBe('nato-i-ukraina-samit-u-vilniusi-2023');
    expect(slugify('Zelensky meets Байден in Київ', 'en')).toBe('zelensky-meets-baiden-in-kyiv');
  });

  it('turns punctuation and symbols into single dashes', () => {
    expect(slugify('  Hello, World!!! — «Привіт» (2024) / #1?  ')).toBe('hello-world-pryvit-2024-1');
    expect(slugify('Tom & Jerry', 'en')).toBe('tom-jerry');
    expect(slugify('It’s here', 'en')).toBe('its-here');
    expect(slugify('a---b___c...d')).toBe('a-b-c-d');
    expect(slugify('Ціни 📈 зросли')).toBe('tsiny-zrosly');
  });

  it('folds Latin diacritics', () => {
    expect(slugify('Café déjà vu à Zürich, Łódź, Straße', 'en')).toBe('cafe-deja-vu-a-zurich-lodz-strasse');
    expect(slugify('Crème brûlée', 'en')).toBe('creme-brulee');
  });

  it('ignores combining stress marks and decomposed letters', () => {
    expect(slugify('за́мок')).toBe('zamok');
    expect(slugify('Київ'.normalize('NFD'))).toBe('kyiv');
    expect(slugify('Йосипівка'.normalize('NFD'))).toBe('yosypivka');
  });

  it('cuts long headlines at a dash, at most 80 characters', () => {
    const headline =
      'Верховна Рада ухвалила в першому читанні законопроєкт про реформу місцевого самоврядування та децентралізацію влади';
    const slug = slugify(headline, 'uk');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const full = 'verkhovna-rada-ukhvalyla-v-pershomu-chytanni-zakonoproiekt-pro-reformu-mistsevoho-samovriaduvannia';
    expect(full.startsWith(`${slug}-`)).toBe(true);
    expect(slug).toBe('verkhovna-rada-ukhvalyla-v-pershomu-chytanni-zakonoproiekt-pro-reformu');
  });

  it('keeps a word that ends exactly at 80 characters', () => {
    const words = `${'a'.repeat(39)} ${'b'.repeat(40)} ccc`;
    expect(slugify(words)).toBe(`${'a'.repeat(39)}-${'b'.repeat(40)}`);
  });

  it('hard-cuts a single word longer than 80 characters', () => {
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(80));
  });

  it('returns "untitled" when nothing is left', () => {
    expect(slugify('')).toBe('untitled');
    expect(slugify('   ')).toBe('untitled');
    expect(slugify('!!! — ???')).toBe('untitled');
    expect(slugify('中文标题')).toBe('untitled');
  });

  it('only ever produces lower-case ASCII letters, digits and dashes', () => {
    for (const text of ['Ґ ґ Є є Ї ї Й й Щ щ Ь ь', 'Ärger über Öl', 'Ω ≈ ç √ ∫', "'''", 'ǅ ǈ Ĳ']) {
      expect(slugify(text)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});
