/** Who said a quote: the attributes of a quote node or mark, read without TipTap. */
export interface QuoteAttrs {
  /** A name ("Елі Ратнер") or a description ("представник Пентагону"). */
  speaker: string;
  role: string;
  /** The id of one of the article's sources, or null. */
  sourceId: string | null;
  /** When it was said, as the journalist writes it ("14 листопада", "2026-11-14"). */
  saidAt: string;
}

export const EMPTY_QUOTE_ATTRS: QuoteAttrs = { speaker: '', role: '', sourceId: null, saidAt: '' };

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Reads quote attributes from a node or mark, tolerating missing or mistyped ones. */
export function readQuoteAttrs(attrs: Record<string, unknown> | undefined): QuoteAttrs {
  return {
    speaker: text(attrs?.speaker),
    role: text(attrs?.role),
    sourceId: typeof attrs?.sourceId === 'string' && attrs.sourceId !== '' ? attrs.sourceId : null,
    saidAt: text(attrs?.saidAt),
  };
}
