/**
 * The answer to `app:start`, written into the page that loads the renderer, so the first draft
 * is on screen without a round trip after the script starts. The renderer asks over IPC as
 * before when the block is missing or unreadable.
 */
export const START_DATA_ELEMENT_ID = 'newsroom-start';

/**
 * The JSON data block for `payload`: never executed, so the content security policy allows it.
 * Every `<` is escaped, so no text in a draft can close the block.
 */
export function startDataBlock(payload: unknown): string {
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${START_DATA_ELEMENT_ID}">${json}</script>`;
}

/**
 * The page before and after the place of the block (the end of its body). The part before can be
 * sent while the start data is still being read: the browser starts fetching the scripts, which,
 * being modules, run only once the whole page, block included, has arrived.
 */
export function splitForStartData(html: string): [string, string] {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? [html, ''] : [html.slice(0, at), html.slice(at)];
}
