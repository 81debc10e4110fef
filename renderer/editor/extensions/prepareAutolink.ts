import { Extension } from '@tiptap/core';
import { tokenize } from 'linkifyjs';
import { whenIdle } from '../../whenIdle';

let scheduled = false;

/** Builds linkify's scanner now, in idle time, unless already asked. */
function prepareSoon(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(() => {
    scheduled = false;
    tokenize('');
  }, 2000);
}

/**
 * Link detection ready before the writer types. TipTap's autolink reads the word before each space
 * with linkify, which builds its URL scanner (every top-level domain) the first time it reads
 * anything: 10–20 ms, and it fell on the first space typed after opening a draft. TipTap's Link
 * also throws that scanner away whenever any editor is destroyed (a background section removed,
 * another draft opened). The scanner is built in idle time after an editor is made or destroyed.
 */
export const PrepareAutolink = Extension.create({
  name: 'prepareAutolink',

  onCreate() {
    prepareSoon();
  },

  onDestroy() {
    prepareSoon();
  },
});
