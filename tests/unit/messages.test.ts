import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import fr from '@/messages/fr.json';
import { ERROR_MESSAGES } from '@/lib/i18n/error-messages';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

// ICU arguments ({name} or {count, plural, …}), not the text inside plural branches.
function placeholders(value: string): string[] {
  return [...value.matchAll(/\{(\w+)\s*[,}]/g)].map((match) => match[1]!).sort();
}

describe('messages', () => {
  it('French and Arabic define exactly the same keys', () => {
    expect(keys(ar).sort()).toEqual(keys(fr).sort());
  });

  it('every translation uses the same ICU placeholders as French', () => {
    const lookup = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
    for (const key of keys(fr)) {
      expect(placeholders(lookup(ar, key)), key).toEqual(placeholders(lookup(fr, key)));
    }
  });

  it("the error boundary's built-in strings match the Error messages", () => {
    expect(ERROR_MESSAGES.fr).toEqual(fr.Error);
    expect(ERROR_MESSAGES.ar).toEqual(ar.Error);
  });

  it('no translation is empty', () => {
    const lookup = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
    for (const key of keys(fr)) {
      expect(lookup(fr, key).trim(), `fr ${key}`).not.toBe('');
      expect(lookup(ar, key).trim(), `ar ${key}`).not.toBe('');
    }
  });
});

const adminDir = path.resolve(import.meta.dirname, '../../messages/admin');
const read = (locale: string, file: string) => JSON.parse(fs.readFileSync(path.join(adminDir, locale, file), 'utf8')) as unknown;
const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;

describe('admin messages', () => {
  const files = fs.readdirSync(path.join(adminDir, 'fr')).filter((file) => file.endsWith('.json'));

  it('every French area file has an Arabic twin', () => {
    expect(fs.readdirSync(path.join(adminDir, 'ar')).filter((file) => file.endsWith('.json')).sort()).toEqual(files.sort());
  });

  for (const file of files) {
    it(`${file}: same keys, same placeholders, nothing empty`, () => {
      const frTree = read('fr', file);
      const arTree = read('ar', file);
      expect(keys(arTree).sort()).toEqual(keys(frTree).sort());
      for (const key of keys(frTree).filter(Boolean)) {
        expect(placeholders(lookup(arTree, key)), key).toEqual(placeholders(lookup(frTree, key)));
        expect(lookup(frTree, key).trim(), `fr ${key}`).not.toBe('');
        expect(lookup(arTree, key).trim(), `ar ${key}`).not.toBe('');
      }
    });
  }
});
