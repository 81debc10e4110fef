import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from '../../electron/main/mimeTypeFor';
import { rendererFilePath } from '../../electron/main/rendererFilePath';

const root = resolve('/srv/newsroom/dist/renderer');

describe('rendererFilePath', () => {
  it('maps app://newsroom/ paths into the renderer folder', () => {
    expect(rendererFilePath(root, 'app://newsroom/')).toBe(join(root, 'index.html'));
    expect(rendererFilePath(root, 'app://newsroom/index.html')).toBe(join(root, 'index.html'));
    expect(rendererFilePath(root, 'app://newsroom/assets/index-abc.js?v=1')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(rendererFilePath(root, 'app://newsroom/assets/Some%20Font.woff2')).toBe(join(root, 'assets', 'Some Font.woff2'));
  });

  it('refuses anything outside it', () => {
    for (const url of [
      'app://newsroom/../package.json',
      'app://newsroom/%2e%2e/package.json',
      'app://newsroom/assets/..%2f..%2f..%2fpackage.json',
      'app://newsroom/..%5c..%5cpackage.json',
      'app://newsroom//etc/passwd',
      'app://newsroom/%00index.html',
      'app://newsroom/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      const file = rendererFilePath(root, url);
      if (file !== null) expect(file.startsWith(root)).toBe(true);
    }
    expect(rendererFilePath(root, 'app://newsroom/..%2f..%2fpackage.json')).toBeNull();
    expect(rendererFilePath(root, 'app://other/index.html')).toBeNull();
    expect(rendererFilePath(root, 'app://newsroom/%E0%A4%A')).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('names the types the renderer build contains', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('assets/index-abc.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('assets/logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('assets/font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('LICENSE')).toBe('application/octet-stream');
  });
});
