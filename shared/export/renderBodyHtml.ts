import type { BodyMark, BodyNode, Source } from '../article/article';
import { readQuoteAttrs } from '../article/quoteAttrs';
import { QUOTE_MARK, QUOTE_NODE } from '../article/vocabulary';
import { escapeHtml } from './escapeHtml';
import { exportLabels, type ExportLabels } from './exportLabels';
import { safeHref } from './safeHref';

export interface BodyHtmlOptions {
  /** The article's language: the words of a quote's caption. */
  language?: string;
  /** The article's sources, named in the caption of a quote that cites one. */
  sources?: readonly Source[];
  /** The level of the heading the body sits under: 1 for the headline, 2 for a background section's title. */
  under?: number;
}

interface Output {
  parts: string[];
  /** The level of the last heading written. */
  heading: number;
  /** The lowest level a heading may take. */
  top: number;
  labels: ExportLabels;
  sources: readonly Source[];
}

interface MarkTag {
  key: string;
  open: string;
  close: string;
}

const MARK_ORDER = [QUOTE_MARK, 'link', 'bold', 'italic', 'underline', 'strike', 'code'];
const SIMPLE_MARKS: Record<string, string> = { bold: 'strong', italic: 'em', underline: 'u', strike: 's', code: 'code' };
const KNOWN_BLOCKS = new Set(['doc', 'paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'codeBlock', 'horizontalRule', QUOTE_NODE]);
const LIST_TYPES = new Set(['a', 'A', 'i', 'I']);
const CODE_LANGUAGE = /^[\w#+.-]{1,64}$/;
/** Text that opens with its own quotation mark is not wrapped in <q>, whose marks the browser adds. */
const OPENS_WITH_QUOTE = /^\s*["'«»“”„‘’‚‹›]/u;

/**
 * Renders TipTap (ProseMirror) JSON to HTML. Headings keep their level (the editor offers h2 to h4),
 * go at least one below the heading the body sits under and never skip a level, so the outline stays
 * valid. A quote block becomes a figure captioned with its speaker; a quote inside a sentence, <q>.
 */
export function renderBodyHtml(doc: BodyNode, options: BodyHtmlOptions = {}): string {
  const under = options.under ?? 1;
  const out: Output = {
    parts: [],
    heading: under,
    top: Math.min(under + 1, 6),
    labels: exportLabels(options.language ?? 'en'),
    sources: options.sources ?? [],
  };
  renderBlocks([doc], out);
  return out.parts.join('');
}

function renderBlocks(nodes: readonly BodyNode[], out: Output): void {
  let run: BodyNode[] = [];
  for (const node of nodes) {
    if (isInline(node)) {
      run.push(node);
      continue;
    }
    if (run.length > 0) {
      renderInline(run, out);
      run = [];
    }
    renderBlock(node, out);
  }
  if (run.length > 0) renderInline(run, out);
}

function isInline(node: BodyNode): boolean {
  if (node.type === 'text' || node.type === 'hardBreak') return true;
  return !KNOWN_BLOCKS.has(node.type) && (typeof node.text === 'string' || (node.marks?.length ?? 0) > 0);
}

function renderBlock(node: BodyNode, out: Output): void {
  const content = node.content ?? [];
  const parts = out.parts;
  switch (node.type) {
    case 'doc':
      renderBlocks(content, out);
      return;
    case 'paragraph':
      parts.push('<p>');
      renderInline(content, out);
      parts.push('</p>\n');
      return;
    case 'heading': {
      out.heading = Math.min(headingLevel(node.attrs?.level, out.top), out.heading + 1);
      const tag = `h${out.heading}`;
      parts.push('<', tag, '>');
      renderInline(content, out);
      parts.push('</', tag, '>\n');
      return;
    }
    case 'bulletList':
      parts.push('<ul>\n');
      renderItems(content, out);
      parts.push('</ul>\n');
      return;
    case 'orderedList':
      parts.push('<ol', orderedListAttributes(node.attrs), '>\n');
      renderItems(content, out);
      parts.push('</ol>\n');
      return;
    case 'blockquote':
      parts.push('<blockquote>\n');
      renderBlocks(content, out);
      parts.push('</blockquote>\n');
      return;
    case 'codeBlock':
      parts.push('<pre><code', codeLanguageClass(node.attrs?.language), '>');
      renderCode(content, parts);
      parts.push('</code></pre>\n');
      return;
    case 'horizontalRule':
      parts.push('<hr>\n');
      return;
    case QUOTE_NODE:
      if (content.length === 0) return;
      parts.push('<figure class="quote">\n<blockquote>\n');
      renderBlocks(content, out);
      parts.push('</blockquote>\n', quoteCaption(node.attrs, out), '</figure>\n');
      return;
    default:
      if (content.length === 0) return;
      parts.push('<div>');
      renderBlocks(content, out);
      parts.push('</div>\n');
  }
}

/** "— Speaker, role, via <cite>Source</cite>, when": nothing when neither a speaker, a role nor a known source is given. */
function quoteCaption(attrs: Record<string, unknown> | undefined, out: Output): string {
  const { speaker, role, sourceId, saidAt } = readQuoteAttrs(attrs);
  const source = out.sources.find((candidate) => candidate.id === sourceId && candidate.name.trim() !== '');
  const parts = [speaker, role].map((part) => part.trim()).filter((part) => part !== '').map(escapeHtml);
  if (parts.length === 0 && !source) return '';
  if (source) parts.push(`${escapeHtml(out.labels.via)} <cite>${escapeHtml(source.name.trim())}</cite>`);
  if (saidAt.trim() !== '') parts.push(escapeHtml(saidAt.trim()));
  return `<figcaption>— ${parts.join(', ')}</figcaption>\n`;
}

function renderItems(items: readonly BodyNode[], out: Output): void {
  for (const item of items) {
    out.parts.push('<li>');
    renderBlocks(item.type === 'listItem' ? (item.content ?? []) : [item], out);
    out.parts.push('</li>\n');
  }
}

function renderInline(nodes: readonly BodyNode[], out: Output): void {
  const open: MarkTag[] = [];
  walkInline(nodes, open, out.parts);
  closeMarks(open, 0, out.parts);
}

function walkInline(nodes: readonly BodyNode[], open: MarkTag[], parts: string[]): void {
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      parts.push('<br>');
      continue;
    }
    if (typeof node.text === 'string' && node.text.length > 0) {
      syncMarks(open, resolveMarks(node.marks, node.text), parts);
      parts.push(escapeHtml(node.text));
    }
    if (node.content) walkInline(node.content, open, parts);
  }
}

function renderCode(nodes: readonly BodyNode[], parts: string[]): void {
  for (const node of nodes) {
    if (node.type === 'hardBreak') parts.push('\n');
    else if (typeof node.text === 'string') parts.push(escapeHtml(node.text));
    if (node.content) renderCode(node.content, parts);
  }
}

function syncMarks(open: MarkTag[], wanted: readonly MarkTag[], parts: string[]): void {
  let keep = 0;
  while (keep < open.length && keep < wanted.length && open[keep]?.key === wanted[keep]?.key) keep += 1;
  closeMarks(open, keep, parts);
  for (const tag of wanted.slice(keep)) {
    parts.push(tag.open);
    open.push(tag);
  }
}

function closeMarks(open: MarkTag[], keep: number, parts: string[]): void {
  while (open.length > keep) parts.push(open.pop()?.close ?? '');
}

function resolveMarks(marks: readonly BodyMark[] | undefined, text: string): MarkTag[] {
  const tags: { rank: number; tag: MarkTag }[] = [];
  const seen = new Set<string>();
  for (const mark of marks ?? []) {
    if (seen.has(mark.type)) continue;
    const tag = markTag(mark, text);
    if (tag === null) continue;
    seen.add(mark.type);
    tags.push({ rank: MARK_ORDER.indexOf(mark.type), tag });
  }
  return tags.sort((a, b) => a.rank - b.rank).map(({ tag }) => tag);
}

/** The tag a mark opens; a quote's is chosen by the text where it starts and kept while the quote goes on. */
function markTag(mark: BodyMark, text: string): MarkTag | null {
  if (mark.type === QUOTE_MARK) {
    const key = `${QUOTE_MARK} ${JSON.stringify(readQuoteAttrs(mark.attrs))}`;
    return OPENS_WITH_QUOTE.test(text)
      ? { key, open: '<span class="quote">', close: '</span>' }
      : { key, open: '<q>', close: '</q>' };
  }
  if (mark.type === 'link') {
    const href = safeHref(mark.attrs?.href);
    if (href === null) return null;
    return { key: `link ${href}`, open: `<a href="${escapeHtml(href)}" rel="noopener noreferrer">`, close: '</a>' };
  }
  const name = SIMPLE_MARKS[mark.type];
  return name === undefined ? null : { key: mark.type, open: `<${name}>`, close: `</${name}>` };
}

function headingLevel(level: unknown, top: number): number {
  return typeof level === 'number' && Number.isInteger(level) ? Math.min(Math.max(level, top), 6) : top;
}

function orderedListAttributes(attrs: Record<string, unknown> | undefined): string {
  let result = '';
  const start = attrs?.start;
  if (typeof start === 'number' && Number.isSafeInteger(start) && start !== 1) result += ` start="${start}"`;
  const type = attrs?.type;
  if (typeof type === 'string' && LIST_TYPES.has(type)) result += ` type="${type}"`;
  return result;
}

function codeLanguageClass(language: unknown): string {
  return typeof language === 'string' && CODE_LANGUAGE.test(language) ? ` class="language-${escapeHtml(language)}"` : '';
}
