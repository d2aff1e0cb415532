import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Server code logs through lib/observability/log.mjs (JSON lines with the request id, levels, no
 * personal data), never straight to the console. Client components ('use client') are browser
 * code and are left out; so are the logger itself and demo data.
 */
const ROOTS = ['app', 'lib', 'db', 'proxy.ts', 'instrumentation.ts'];
const SOURCE = /\.(ts|tsx|mjs|js)$/;
const CONSOLE = /\bconsole\s*\.\s*(log|info|warn|error|debug|trace|dir|table)\b/;

function files(entry: string): string[] {
  const stat = fs.statSync(entry);
  if (stat.isFile()) return SOURCE.test(entry) ? [entry] : [];
  return fs.readdirSync(entry).flatMap((name) => (name === 'node_modules' ? [] : files(path.join(entry, name))));
}

function isClientComponent(source: string): boolean {
  return /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(source);
}

describe('server code logs through the logger', () => {
  const sources = ROOTS.filter((root) => fs.existsSync(root)).flatMap(files);

  it('finds the server sources', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources).toContain(path.join('lib', 'data', 'cache-handlers', 'route-cache.mjs'));
  });

  it('no server file calls console.* directly', () => {
    const offenders = sources.flatMap((file) => {
      const source = fs.readFileSync(file, 'utf8');
      if (isClientComponent(source)) return [];
      return source
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => CONSOLE.test(line) && !/^\s*(\*|\/\/)/.test(line))
        .map(({ line, index }) => `${file}:${index + 1}: ${line.trim()}`);
    });
    expect(offenders).toEqual([]);
  });

  it('the scan would see a call', () => {
    expect(CONSOLE.test("  console.warn(`[db] ${label}`);")).toBe(true);
    expect(isClientComponent("'use client';\nconsole.error('x');")).toBe(true);
    expect(isClientComponent("import x from 'y';\n'use client';")).toBe(false);
  });
});
