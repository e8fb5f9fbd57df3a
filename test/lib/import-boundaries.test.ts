import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listSources(path) : /\.(ts|tsx)$/.test(entry) ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

// The one-way import rule of STYLE.md: app → components, lib, db; components → lib; db → lib; lib → nothing of ours.
describe('import boundaries', () => {
  const root = process.cwd();
  it.each(listSources(join(root, 'lib')).map((file) => ({ file: relative(root, file) })))('$file imports nothing of next, react, db, app or components', ({ file }) => {
    const forbidden = importsOf(join(root, file)).filter((spec) => /^(next|react|react-dom)(\/|$)|^@\/(db|app|components)(\/|$)|^\.\.\/(\.\.\/)*(db|app|components)\//.test(spec));
    expect(forbidden).toEqual([]);
  });

  it.each(listSources(join(root, 'components')).map((file) => ({ file: relative(root, file) })))('$file does not import db or app', ({ file }) => {
    expect(importsOf(join(root, file)).filter((spec) => /^@\/(db|app)(\/|$)/.test(spec))).toEqual([]);
  });
});
