// Type-checked by tsconfig.node.json (no JSX, no DOM lib): hence createElement and the one DOM call declared here.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { EditorContent, useEditor, type Content } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';

declare const document: { getElementById(id: string): Element | null };

function Bare({ content }: { content: Content }) {
  const editor = useEditor({ extensions: [StarterKit], content });
  return createElement('div', null, createElement(EditorContent, { editor }));
}

const content = (await (await fetch('./article.json')).json()) as Content;
createRoot(document.getElementById('root')!).render(createElement(Bare, { content }));
