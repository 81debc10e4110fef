/**
 * The answer to `app:start`, written into the page that loads the renderer, so the first draft
 * is on screen without a round trip after the script starts. The renderer asks over IPC as
 * before when the block is missing or unreadable.
 */
export const START_DATA_ELEMENT_ID = 'newsroom-start';

/**
 * Adds `payload` to the page as a JSON data block (never executed, so the content security
 * policy allows it). Every `<` is escaped, so no text in a draft can close the block.
 */
export function embedStartData(html: string, payload: unknown): string {
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  const block = `<script type="application/json" id="${START_DATA_ELEMENT_ID}">${json}</script>`;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + block : html.slice(0, at) + block + html.slice(at);
}
