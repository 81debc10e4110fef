import type { Attributes } from '@tiptap/core';
import type { QuoteAttrs } from '../../../../shared/article/quoteAttrs';

/** The HTML attribute that stores each quote attribute. */
export const QUOTE_DATA_ATTRIBUTES: Record<keyof QuoteAttrs, string> = {
  speaker: 'data-speaker',
  role: 'data-role',
  sourceId: 'data-source-id',
  saidAt: 'data-said-at',
};

const QUOTE_ATTR_NAMES = Object.keys(QUOTE_DATA_ATTRIBUTES) as (keyof QuoteAttrs)[];

/**
 * Keeps only the quote attributes of `attrs`, with their proper types, so a command never
 * stores an unknown key or a number where a string belongs. Missing keys stay missing.
 */
export function pickQuoteAttrs(attrs: Partial<QuoteAttrs> | Record<string, unknown> | undefined): Partial<QuoteAttrs> {
  const picked: Partial<QuoteAttrs> = {};
  if (!attrs) return picked;
  const source = attrs as Record<string, unknown>;
  for (const name of QUOTE_ATTR_NAMES) {
    if (!(name in source)) continue;
    const value = source[name];
    if (name === 'sourceId') picked.sourceId = typeof value === 'string' && value !== '' ? value : null;
    else picked[name] = typeof value === 'string' ? value : '';
  }
  return picked;
}

/**
 * The TipTap attribute specs shared by the quote node and the quote mark: each one is
 * stored as a data-* attribute and left out of the HTML when empty.
 * `fallback` reads a value from elsewhere in the element when the data-* attribute is absent.
 */
export function quoteAttributeSpecs(fallback?: (element: HTMLElement) => Partial<QuoteAttrs>): Attributes {
  const specs: Attributes = {};
  for (const name of QUOTE_ATTR_NAMES) {
    const html = QUOTE_DATA_ATTRIBUTES[name];
    const empty = name === 'sourceId' ? null : '';
    specs[name] = {
      default: empty,
      parseHTML: (element: HTMLElement) => {
        const value = element.getAttribute(html);
        if (value !== null) return name === 'sourceId' ? value || null : value;
        return fallback?.(element)[name] ?? empty;
      },
      renderHTML: (attributes: Record<string, unknown>) => {
        const value = attributes[name];
        return typeof value === 'string' && value !== '' ? { [html]: value } : {};
      },
    };
  }
  return specs;
}

/** "Speaker, role", "Speaker", or '' when there is no speaker. */
export function speakerLine(attrs: Pick<QuoteAttrs, 'speaker' | 'role'>): string {
  const speaker = attrs.speaker.trim();
  const role = attrs.role.trim();
  if (!speaker) return '';
  return role ? `${speaker}, ${role}` : speaker;
}

/** Whether two attribute sets show and store the same quote attributes. */
export function sameQuoteAttrs(a: QuoteAttrs, b: QuoteAttrs): boolean {
  return a.speaker === b.speaker && a.role === b.role && a.sourceId === b.sourceId && a.saidAt === b.saidAt;
}
