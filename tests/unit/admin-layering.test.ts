import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * One data-access layer: pages, actions and route handlers call lib/admin and lib/data, which own
 * their connections; only those layers touch the database, and they never reach a browser bundle.
 */

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(tsx?|mjs)$/.test(file))
    .map((file) => path.join(dir, file));
}

const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const importsDb = (source: string) => /(?:from|import\()\s*'@\/db(?:\/[^']*)?'/.test(source);
const isServerOnly = (source: string) => /^import 'server-only';$/m.test(source);

describe('the data-access layer', () => {
  it('no file under app/ imports the database module', () => {
    expect(sources('app').filter((file) => importsDb(read(file)))).toEqual([]);
  });

  it('every file in lib/admin is server-only', () => {
    expect(sources('lib/admin').filter((file) => !isServerOnly(read(file)))).toEqual([]);
  });

  it('every file in lib/data that imports the database module is server-only', () => {
    const data = sources('lib/data').filter((file) => file.endsWith('.ts'));
    expect(data.filter((file) => importsDb(read(file)) && !isServerOnly(read(file)))).toEqual([]);
  });

  it('no client component imports lib/admin or the database module', () => {
    const client = [...sources('app'), ...sources('components'), ...sources('lib')].filter((file) => /^['"]use client['"];?$/m.test(read(file)));
    expect(client.length).toBeGreaterThan(5);
    // A type-only import is erased from the bundle: a client component may name a DTO's type.
    const runtimeImports = (file: string) => read(file).replace(/^import type .*$/gm, '');
    expect(client.filter((file) => importsDb(runtimeImports(file)) || /from '@\/lib\/admin\//.test(runtimeImports(file)))).toEqual([]);
  });

  it('every admin server action is built with the action wrappers (origin, session, parsing, errors)', () => {
    const files = sources('app/admin').filter((file) => /^'use server';$/m.test(read(file)));
    const exported = files.flatMap((file) => [...read(file).matchAll(/^export (?:async function|function|const) (\w+)(.*)$/gm)].map(([, name, rest = '']) => ({ file, name, rest })));
    expect(exported.length).toBeGreaterThan(30);
    // A collection's create/update/delete come from lib/admin/collections.ts, where collectionActions builds them with formAction.
    const collections = read('lib/admin/collections.ts');
    const fromCollection = (file: string, rest: string) => {
      const member = /^ = collections\.(\w+)\.(?:create|update|remove);$/.exec(rest);
      return (
        member !== null &&
        /^import \{ collections \} from '@\/lib\/admin\/collections';$/m.test(read(file)) &&
        new RegExp(`^  ${member[1]}: collectionActions\\(`, 'm').test(collections)
      );
    };
    const unwrapped = exported.filter(({ file, rest }) => !/^ = (formAction|jsonAction|plainFormAction)\(/.test(rest) && !fromCollection(file, rest));
    expect(unwrapped.map(({ file, name }) => `${file}: ${name}`)).toEqual([]);
  });
});
