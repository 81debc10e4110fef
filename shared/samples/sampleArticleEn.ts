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

/** A whole English news story, invented for trying the editor: every part of an article is filled. */
export function sampleArticleEn(id: string, now: Date): Article {
  return {
    ...newArticle({ id, now, language: 'en' }),
    headline: 'Night bus returns to the Alder Valley after two years',
    standfirst:
      'The late-evening service linking Alderford with three hill villages restarts on Monday, the Northgate News Agency reports.',
    byline: [
      { name: 'Helen Marsh', role: 'transport correspondent' },
      { name: 'Owen Pryce', role: 'data reporter' },
    ],
    dateline: { place: 'Alderford', localTime: '2026-09-14T08:05', timeZone: 'Europe/London' },
    section: 'Local news',
    tags: ['transport', 'buses', 'Alder Valley', 'rural services'],
    slug: 'night-bus-returns-alder-valley',
    editorNote: 'Check the fare figure with the county before this goes to review.',
    sources: [
      {
        id: 'src-agency',
        name: 'Northgate News Agency',
        kind: 'agency',
        url: 'https://example.org/northgate',
        note: 'Agency copy of 12 September; may be quoted with credit.',
      },
      {
        id: 'src-county',
        name: 'County transport office',
        kind: 'official',
        url: 'https://example.com/county/transport',
        note: 'Statement emailed by the press desk.',
      },
    ],
    body: doc(
      p(
        'The route, numbered ',
        t('N7', bold),
        ', will run every hour until half past midnight on weekdays and until two in the morning at weekends, according to ',
        t('Northgate News Agency', { type: 'link', attrs: { href: 'https://example.org/northgate/night-bus' } }),
        '.',
      ),
      quote(
        { speaker: 'a spokesperson for the county transport office', role: '', sourceId: 'src-agency', saidAt: '' },
        '“The valley asked for this loudly and often. We found the money by merging two daytime routes that were running half empty.”',
      ),
      p(
        'Driver Tom Fenwick, who worked the last night bus before it was cut, said the first test run felt ',
        t('like coming home after a long trip', {
          type: QUOTE_MARK,
          attrs: { speaker: 'Tom Fenwick', role: 'bus driver', sourceId: null, saidAt: '' },
        }),
        '.',
      ),
      { type: 'heading', attrs: { level: 2 }, content: [t('What changes for passengers')] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p('hourly departures from Alderford bus station from 8 pm;')] },
          { type: 'listItem', content: [p('a request stop at the hospital, ', t('added after a petition', italic), ';')] },
          { type: 'listItem', content: [p('the same fares as the daytime buses, with travel passes accepted.')] },
        ],
      },
      quote(
        { speaker: 'Priya Holloway', role: 'chair of the Alder Valley Riders’ Association', sourceId: null, saidAt: '12 September' },
        '“Nurses, bar staff and students have been stuck paying for taxis or not going out at all.”',
        '“Two years is a long time to wait, but this timetable is better than the one we lost.”',
      ),
      p(
        'The county will review passenger numbers in ',
        t('six months', bold),
        ' before deciding whether to add a Sunday service.',
      ),
    ),
    background: [
      {
        id: 'bg-cut',
        title: 'Why the service stopped',
        body: doc(
          p('The old night route was withdrawn when its operator lost the county contract and no other company bid for the evening hours.'),
          p('Daytime buses carried on, but the last departure from Alderford moved to a quarter past seven.'),
          p('A petition asking for late buses gathered more than four thousand signatures in the valley’s three villages.'),
        ),
      },
      {
        id: 'bg-today',
        title: 'How the valley travels today',
        body: doc(
          p('Most households in the hill villages rely on a car, and a taxi to Alderford costs about as much as a week of bus fares.'),
          p('A volunteer car scheme has filled some of the gaps, mainly for hospital appointments.'),
        ),
      },
    ],
    related: [
      {
        id: 'rel-fares',
        title: 'County freezes bus fares for another year',
        url: 'https://example.com/news/fares-frozen',
        teaser: 'Single tickets stay at their current price until next autumn.',
      },
      {
        id: 'rel-station',
        title: 'Alderford bus station gets new shelters',
        url: 'https://example.org/alderford/station-shelters',
        teaser: 'The covered waiting area doubles in size and gains live departure boards.',
      },
      {
        id: 'rel-rail',
        title: 'Campaigners renew call to reopen valley railway',
        url: 'https://example.com/news/valley-railway',
        teaser: 'A feasibility study is due to be published in the spring.',
      },
      {
        id: 'rel-cars',
        title: 'Volunteer drivers wanted for hospital runs',
        url: 'https://example.org/community/volunteer-drivers',
        teaser: 'The scheme needs a dozen more drivers to keep up with demand.',
      },
      {
        id: 'rel-roads',
        title: 'Hill road resurfacing to finish before winter',
        url: 'https://example.com/news/hill-road-works',
        teaser: 'Overnight closures continue on the route to the upper villages.',
      },
    ],
  };
}
