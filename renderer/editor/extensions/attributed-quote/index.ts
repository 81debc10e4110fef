import { AttributedQuote } from './attributedQuote';

export * from './attributedQuote';
export { QuoteView, refreshQuoteCaptions } from './quoteView';
export { pickQuoteAttrs, quoteAttributeSpecs, speakerLine } from './quoteAttributes';

export default AttributedQuote;
