import type { NodeViewRendererProps } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { readQuoteAttrs } from '../../../../shared/article/quoteAttrs';
import type { QuoteAttrs } from '../../../../shared/article/quoteAttrs';
import type { AttributedQuoteOptions } from './attributedQuote';
import { sameQuoteAttrs, speakerLine } from './quoteAttributes';

/**
 * A plain DOM view of a quote (no React root: an article may hold dozens of quotes):
 *
 *   <figure class="attributed-quote" data-type="attributed-quote">
 *     <blockquote>…paragraphs (contentDOM)…</blockquote>
 *     <figcaption contenteditable="false">
 *       <button type="button" aria-label="Edit speaker: Speaker, role">— Speaker, role</button>
 *     </figcaption>
 *   </figure>
 *
 * The caption button shows the speaker, or a warning while there is none, and asks the app
 * to edit the attributes through `options.onEditAttributes`.
 */
const liveViews = new Set<QuoteView>();

/** Re-draws every quote caption, e.g. after the interface language changed its labels. */
export function refreshQuoteCaptions(): void {
  for (const view of liveViews) view.refresh();
}

export class QuoteView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly button: HTMLButtonElement;
  private node: PMNode;
  private attrs: QuoteAttrs;

  constructor(
    private readonly props: Pick<NodeViewRendererProps, 'node' | 'view' | 'getPos' | 'editor'>,
    private readonly options: Pick<AttributedQuoteOptions, 'onEditAttributes' | 'labels'>,
  ) {
    const document = props.view.dom.ownerDocument;
    this.node = props.node;
    this.attrs = readQuoteAttrs(props.node.attrs);

    this.dom = document.createElement('figure');
    this.dom.className = 'attributed-quote';
    this.dom.setAttribute('data-type', 'attributed-quote');

    this.contentDOM = document.createElement('blockquote');

    this.caption = document.createElement('figcaption');
    this.caption.className = 'attributed-quote-caption';
    this.caption.contentEditable = 'false';

    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'attributed-quote-speaker';
    this.button.addEventListener('click', this.onClick);

    this.caption.append(this.button);
    this.dom.append(this.contentDOM, this.caption);
    this.renderCaption();
    liveViews.add(this);
  }

  refresh(): void {
    this.renderCaption();
  }

  private readonly onClick = (event: Event): void => {
    event.preventDefault();
    const { onEditAttributes } = this.options;
    if (!onEditAttributes || !this.props.editor.isEditable) return;
    const pos = this.props.getPos();
    if (typeof pos !== 'number') return;
    onEditAttributes(pos, this.attrs);
  };

  private renderCaption(): void {
    const line = speakerLine(this.attrs);
    const { labels } = this.options;
    const missing = line === '';
    this.button.textContent = missing ? labels.noSpeaker : `\u2014 ${line}`;
    this.button.setAttribute('aria-label', `${labels.edit}: ${missing ? labels.noSpeaker : line}`);
    this.button.classList.toggle('missing-speaker', missing);
    this.dom.classList.toggle('has-missing-speaker', missing);
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    const attrs = readQuoteAttrs(node.attrs);
    if (!sameQuoteAttrs(attrs, this.attrs)) {
      this.attrs = attrs;
      this.renderCaption();
    }
    return true;
  }

  /** Changes inside the caption are ours, not the document's. */
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return this.caption.contains(mutation.target);
  }

  /** Clicks and keys on the caption button belong to the button, not to the editor. */
  stopEvent(event: Event): boolean {
    const target = event.target as Node | null;
    return !!target && typeof target.nodeType === 'number' && this.caption.contains(target);
  }

  destroy(): void {
    liveViews.delete(this);
    this.button.removeEventListener('click', this.onClick);
  }
}
