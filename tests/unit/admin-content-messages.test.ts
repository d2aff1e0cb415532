import { describe, expect, it } from 'vitest';
import arMedia from '@/messages/admin/ar/media.json';
import arTaxonomy from '@/messages/admin/ar/taxonomy.json';
import frMedia from '@/messages/admin/fr/media.json';
import frTaxonomy from '@/messages/admin/fr/taxonomy.json';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value as Record<string, unknown>).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));
}

// Plain arguments only: Arabic phrasing avoids plural forms, so `{count, plural, …}` reduces to `count`.
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\s*[,}]/g)].map((match) => match[1]!))].sort();

describe.each([
  ['media', frMedia, arMedia],
  ['taxonomy', frTaxonomy, arTaxonomy],
])('admin %s messages', (_area, fr, ar) => {
  const frFlat = flatten(fr);
  const arFlat = flatten(ar);

  it('French and Arabic have the same keys, none empty', () => {
    expect(Object.keys(arFlat).sort()).toEqual(Object.keys(frFlat).sort());
    for (const [key, text] of [...Object.entries(frFlat), ...Object.entries(arFlat)]) expect(text.trim(), key).not.toBe('');
  });

  it('both use the same placeholders', () => {
    for (const key of Object.keys(frFlat)) expect(placeholders(arFlat[key] ?? ''), key).toEqual(placeholders(frFlat[key]!));
  });
});
