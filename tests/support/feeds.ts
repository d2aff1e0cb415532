import { parseFeed } from '@rowanmanning/feed-parser';
import { expect } from 'vitest';

/**
 * Parses a feed with a real feed reader's parser and checks what every reader needs: the type
 * and language, and for each item a title, link, date and id.
 */
export function expectReadableFeed(xml: string, expected: { type: 'rss' | 'atom'; language: string; minItems?: number }) {
  const feed = parseFeed(xml);
  expect(feed.meta.type).toBe(expected.type);
  expect(feed.language).toBe(expected.language);
  expect(feed.title).toBeTruthy();
  expect(feed.url).toMatch(/^https?:\/\//);
  expect(feed.items.length).toBeGreaterThanOrEqual(expected.minItems ?? 1);
  const ids = new Set<string>();
  for (const item of feed.items) {
    expect(item.title, 'item title').toBeTruthy();
    expect(item.url, `link of ${item.title}`).toMatch(/^https?:\/\//);
    expect(item.published, `date of ${item.title}`).toBeInstanceOf(Date);
    expect(Number.isNaN(item.published!.getTime())).toBe(false);
    expect(item.id, `id of ${item.title}`).toBeTruthy();
    ids.add(item.id!);
  }
  expect(ids.size, 'ids are unique').toBe(feed.items.length);
  return feed;
}
