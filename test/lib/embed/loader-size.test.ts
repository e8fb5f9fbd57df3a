import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const source = readFileSync(join(process.cwd(), 'public', 'embed.js'), 'utf8');

// The loader runs on companies' pages: small, plain, self-contained. Its behaviour is tested in the browser
// (test/browser/embed.test.ts); here, what can be read off the file.
describe('public/embed.js', () => {
  it('is at most 6 KB gzipped', () => {
    const gzippedBytes = gzipSync(source, { level: 9 }).length;
    console.info(`embed.js: ${source.length} bytes, ${gzippedBytes} bytes gzipped`);
    expect(gzippedBytes).toBeLessThanOrEqual(6 * 1024);
  });

  it('is plain script: it parses as a classic script, with no import, export or require', () => {
    expect(() => new Script(source)).not.toThrow();
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).not.toMatch(/\brequire\(/);
  });

  it('is one function expression called at once, so none of its variables are global', () => {
    const code = source.replace(/^\/\*![\s\S]*?\*\/\s*/, '');
    expect(code.startsWith('(function (w, d) {')).toBe(true);
    expect(code.trimEnd().endsWith('})(window, document);')).toBe(true);
  });
});
