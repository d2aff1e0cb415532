import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const FORBIDDEN = [
  /\.toLocale(Date|Time)?String\(/,
  /new Intl\.DateTimeFormat\(/,
  /\buseFormatter\(/,
  /\bgetFormatter\(/,
  /\.get(Hours|Minutes|Date|Day|Month|FullYear)\(\)/,
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

// Runtime tz data is wrong for Morocco since 2026-09-20, so only lib/time may turn instants into wall-clock text.
describe('time formatting goes through lib/time', () => {
  it('no component, page or data module formats dates on its own', () => {
    const offenders: string[] = [];
    for (const dir of ['app', 'components', 'lib']) {
      for (const file of sourceFiles(path.join(root, dir))) {
        if (file.includes(`${path.sep}lib${path.sep}time${path.sep}`)) continue;
        const text = fs.readFileSync(file, 'utf8');
        for (const pattern of FORBIDDEN) if (pattern.test(text)) offenders.push(`${path.relative(root, file)}: ${pattern}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
