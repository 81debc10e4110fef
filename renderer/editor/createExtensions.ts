import { Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { isSafeLinkUrl } from '../../shared/export/isSafeLinkUrl';

export function createExtensions({ onLinkShortcut }: { onLinkShortcut: () => void }) {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isSafeLinkUrl(url),
        HTMLAttributes: { rel: 'noopener noreferrer', target: null },
      },
    }),
    Extension.create({
      name: 'linkShortcut',
      addKeyboardShortcuts: () => ({
        'Mod-k': () => {
          onLinkShortcut();
          return true;
        },
      }),
    }),
  ];
}
