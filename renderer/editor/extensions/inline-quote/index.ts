import { InlineQuote } from './inlineQuote';

export * from './inlineQuote';

export default InlineQuote;
