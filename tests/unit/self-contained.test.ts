import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

// A clone in any folder must pass `npm test`: fixtures live under tests/fixtures, never beside the repo.
describe('the test suite is self-contained', () => {
  it('no test, bench or script reads a path above the repository', () => {
    const offenders = ['tests', 'bench', 'scripts']
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => file !== import.meta.filename)
      .filter((file) => /\.\.\/\.\.\/\.\.\/|['"`]\.\.\/shared\/|\bshared\/fixtures\//.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('the official prayer-times fixture is in the repository', () => {
    const rows = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/prayer-times/habous-reference.json'), 'utf8')) as unknown[];
    expect(rows.length).toBeGreaterThan(70);
  });
});
