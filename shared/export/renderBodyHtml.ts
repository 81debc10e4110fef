import type { BodyMark, BodyNode } from '../article/article';
import { escapeHtml } from './escapeHtml';
import { isSafeLinkUrl } from './isSafeLinkUrl';

interface Output {
  parts: string[];
  /** The level of the last heading written; the headline is the h1. */
  heading: number;
}

interface MarkTag {
  key: string;
  open: string;
  close: string;
}

const MARK_ORDER = ['link', 'bold', 'italic', 'underline', 'strike', 'code'];
const SIMPLE_MARKS: Record<string, string> = { bold: 'strong', italic: 'em', underline: 'u', strike: 's', code: 'code' };
const KNOWN_BLOCKS = new Set(['doc', 'paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'codeBlock', 'horizontalRule']);
const LIST_TYPES = new Set(['a', 'A', 'i', 'I']);
const CODE_LANGUAGE = /^[\w#+.-]{1,64}$/;
const NOT_IN_URL = /[\s"<>\\^`{|}]|%(?![0-9a-fA-F]{2})/gu;

/**
 * Renders TipTap (ProseMirror) JSON to HTML. Headings keep their level (the editor offers h2 to h4),
 * become at least h2 and never skip a level, so the outline under the headline's h1 stays valid.
 */
export function renderBodyHtml(doc: BodyNode): string {
  const out: Output = { parts: [], heading: 1 };
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
      out.heading = Math.min(headingLevel(node.attrs?.level), out.heading + 1);
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
    default:
      if (content.length === 0) return;
      parts.push('<div>');
      renderBlocks(content, out);
      parts.push('</div>\n');
  }
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
      syncMarks(open, resolveMarks(node.marks), parts);
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

function resolveMarks(marks: readonly BodyMark[] | undefined): MarkTag[] {
  const tags: { rank: number; tag: MarkTag }[] = [];
  const seen = new Set<string>();
  for (const mark of marks ?? []) {
    if (seen.has(mark.type)) continue;
    const tag = markTag(mark);
    if (tag === null) continue;
    seen.add(mark.type);
    tags.push({ rank: MARK_ORDER.indexOf(mark.type), tag });
  }
  return tags.sort((a, b) => a.rank - b.rank).map(({ tag }) => tag);
}

function markTag(mark: BodyMark): MarkTag | null {
  if (mark.type === 'link') {
    const href = safeHref(mark.attrs?.href);
    if (href === null) return null;
    return { key: `link ${href}`, open: `<a href="${escapeHtml(href)}" rel="noopener noreferrer">`, close: '</a>' };
  }
  const name = SIMPLE_MARKS[mark.type];
  return name === undefined ? null : { key: mark.type, open: `<${name}>`, close: `</${name}>` };
}

/**
 * The editor's link policy, plus what a valid href needs: no credentials, "scheme://" spelled out,
 * and nothing a URL may not contain left unencoded. Anything else loses its link and keeps its text.
 */
function safeHref(value: unknown): string | null {
  if (typeof value !== 'string' || !isSafeLinkUrl(value)) return null;
  const href = value.trim();
  const colon = href.indexOf(':');
  const scheme = href.slice(0, colon).toLowerCase();
  const rest = href.slice(colon + 1);
  if (scheme === 'mailto') return `mailto:${encodeUnsafe(rest)}`;
  const url = new URL(href);
  if (url.username !== '' || url.password !== '') return null;
  return encodeUnsafe(rest.startsWith('//') && !rest.includes('\\') ? `${scheme}:${rest}` : url.href);
}

function encodeUnsafe(text: string): string {
  return text.replace(NOT_IN_URL, (char) => encodeURIComponent(char));
}

function headingLevel(level: unknown): number {
  return typeof level === 'number' && Number.isInteger(level) ? Math.min(Math.max(level, 2), 6) : 2;
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
