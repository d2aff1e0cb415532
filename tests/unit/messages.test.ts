import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import fr from '@/messages/fr.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(value: string): string[] {
  return [...value.matchAll(/\{(\w+)/g)].map((match) => match[1]!).sort();
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

  it('no translation is empty', () => {
    const lookup = (tree: unknown, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
    for (const key of keys(fr)) {
      expect(lookup(fr, key).trim(), `fr ${key}`).not.toBe('');
      expect(lookup(ar, key).trim(), `ar ${key}`).not.toBe('');
    }
  });
});
