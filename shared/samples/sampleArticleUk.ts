import { type Article, type BodyMark, type BodyNode } from '../article/article';
import { newArticle } from '../article/newArticle';
import type { QuoteAttrs } from '../article/quoteAttrs';
import { QUOTE_MARK, QUOTE_NODE } from '../article/vocabulary';

function t(text: string, ...marks: BodyMark[]): BodyNode {
  return marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
}

function p(...content: (BodyNode | string)[]): BodyNode {
  return { type: 'paragraph', content: content.map((part) => (typeof part === 'string' ? t(part) : part)) };
}

function quote(attrs: QuoteAttrs, ...paragraphs: string[]): BodyNode {
  return { type: QUOTE_NODE, attrs: { ...attrs }, content: paragraphs.map((text) => p(text)) };
}

function doc(...content: BodyNode[]): BodyNode {
  return { type: 'doc', content };
}

const bold: BodyMark = { type: 'bold' };
const italic: BodyMark = { type: 'italic' };

/** A whole Ukrainian news story, invented for trying the editor: every part of an article is filled. */
export function sampleArticleUk(id: string, now: Date): Article {
  return {
    ...newArticle({ id, now, language: 'uk' }),
    headline: 'У Сулинівці після ремонту знову відкрили пішохідний міст через Сулу',
    standfirst:
      'Переправу, яку два роки тому пошкодила весняна повінь, відновили коштом громади та обласного фонду розвитку, повідомляє інформаційна агенція «Сульський вісник».',
    byline: [
      { name: 'Марта Гайова', role: 'кореспондентка' },
      { name: 'Денис Кравчук', role: 'фотокореспондент' },
    ],
    dateline: { place: 'Сулинівка', localTime: '2026-05-18T14:20', timeZone: 'Europe/Kyiv' },
    section: 'Регіони',
    tags: ['Сулинівка', 'Полтавщина', 'інфраструктура', 'відновлення'],
    slug: 'sulynivka-mist-cherez-sulu',
    editorNote: 'Звірити суму ремонту з кошторисом міськради; фото з відкриття Денис надішле до 16:00.',
    sources: [
      {
        id: 'src-agency',
        name: 'Сульський вісник',
        kind: 'agency',
        url: 'https://example.org/sulskyi-visnyk',
        note: 'Матеріал агенції від 18 травня; передрук дозволено з посиланням.',
      },
      {
        id: 'src-council',
        name: 'Сулинівська міська рада',
        kind: 'official',
        url: 'https://example.com/sulynivka-rada',
        note: 'Коментар прес-служби, отриманий телефоном.',
      },
    ],
    body: doc(
      p(
        'Міст завдовжки 140 метрів з’єднує середмістя із Засуллям. Перші перехожі пройшли ним у понеділок зранку, ще до офіційного відкриття, – пише ',
        t('«Сульський вісник»', bold, { type: 'link', attrs: { href: 'https://example.org/sulskyi-visnyk/mist-cherez-sulu' } }),
        '.',
      ),
      quote(
        { speaker: 'представник міської ради', role: '', sourceId: 'src-agency', saidAt: '' },
        '«Ми перевірили кожну опору й повністю замінили настил. Тепер переправа витримає навіть велику воду».',
      ),
      p(
        'Учителька Галина Проценко, яка щодня ходить мостом на роботу, каже, що дорога тепер забирає ',
        t('«десять хвилин замість сорока»', {
          type: QUOTE_MARK,
          attrs: { speaker: 'Галина Проценко', role: 'вчителька', sourceId: null, saidAt: '' },
        }),
        '. Раніше їй доводилося йти в обхід – через автомобільний міст на околиці.',
      ),
      { type: 'heading', attrs: { level: 2 }, content: [t('Що змінилося')] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p('ширший настил із протиковзким покриттям;')] },
          { type: 'listItem', content: [p('нове освітлення ', t('на сонячних панелях', italic), ';')] },
          { type: 'listItem', content: [p('пандуси з обох берегів для візочків і велосипедів.')] },
        ],
      },
      quote(
        { speaker: 'Оксана Дерев’янко', role: 'інженерка проєкту', sourceId: null, saidAt: '18 травня' },
        '«Найважче було взимку: кригу біля опор доводилося розбивати вручну, щоб не зупиняти роботи».',
        '«Та ми вклалися в графік і здали міст до початку літнього сезону».',
      ),
      p(
        'Ремонт обійшовся в ',
        t('12,4 млн грн', bold),
        '. Наступного року громада планує так само відновити ще одну переправу — через протоку біля стадіону.',
      ),
    ),
    background: [
      {
        id: 'bg-history',
        title: 'Історія переправи',
        body: doc(
          p('Перший дерев’яний місток на цьому місці з’явився ще тоді, коли Засулля було окремим селом, і щовесни його доводилося лагодити.'),
          p('Згодом переправу замінили металевою конструкцією на бетонних опорах, і відтоді її здебільшого лише латали.'),
          p('Для мешканців лівого берега міст залишався найкоротшим шляхом до ринку, лікарні та шкіл.'),
        ),
      },
      {
        id: 'bg-flood',
        title: 'Як повінь пошкодила міст',
        body: doc(
          p('Два роки тому навесні рівень води в Сулі піднявся майже на два метри, а крига зсунула дві опори.'),
          p('Відтоді міст був закритий, а між берегами курсував тимчасовий пором, який працював лише вдень.'),
        ),
      },
    ],
    related: [
      {
        id: 'rel-stops',
        title: 'У Миргороді оновили зупинки громадського транспорту',
        url: 'https://example.org/news/myrhorod-zupynky',
        teaser: 'Нові павільйони мають лавки, освітлення й розклад руху великим шрифтом.',
      },
      {
        id: 'rel-clinics',
        title: 'Область отримає ще три пересувні амбулаторії',
        url: 'https://example.com/oblast/ambulatorii',
        teaser: 'Лікарі виїжджатимуть у села, де немає власних медичних пунктів.',
      },
      {
        id: 'rel-flood',
        title: 'Громади готуються до весняного паводку',
        url: 'https://example.org/news/pavodok',
        teaser: 'Рятувальники перевіряють дамби й укріплюють береги малих річок.',
      },
      {
        id: 'rel-kayak',
        title: 'На Сулі відкрили сезон байдаркових сплавів',
        url: 'https://example.com/dozvillia/splav-sula',
        teaser: 'Маршрут завдовжки 20 кілометрів розрахований на новачків.',
      },
      {
        id: 'rel-bike',
        title: 'До Засулля прокладуть велодоріжку',
        url: 'https://example.org/news/velodorizhka',
        teaser: 'Її облаштують уздовж набережної до кінця року.',
      },
    ],
  };
}
