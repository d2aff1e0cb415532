import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodePage } from '@/lib/data/cache-handlers/page-entry.mjs';
import { mergeTags } from '@/lib/data/cache-handlers/page-store.mjs';
import { openStore, samplePage } from '../support/page-cache';

// Inside the repository (test-results/ is ignored by git).
const root = path.resolve('test-results/page-store');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let folders = 0;
const freshDir = () => path.join(root, `store-${process.pid}-${folders++}`);
const pageFiles = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.page'));

describe('page store on disk (lib/data/cache-handlers/page-store.mjs)', () => {
  it('gives back every part of a page after a restart of the process', async () => {
    const dir = freshDir();
    const page = samplePage('le-marche-couvert', { lastModified: 1_700_000_000_000 });
    await (await openStore({ dir })).set('/route-cache/APP_PAGE/x/$/fr/article/le-marche-couvert', page);

    // A new store on the same folder is what the next process opens.
    const restarted = await openStore({ dir });
    const read = await restarted.get('/route-cache/APP_PAGE/x/$/fr/article/le-marche-couvert');
    expect(read).not.toBeNull();
    expect(read!.lastModified).toBe(1_700_000_000_000);
    expect(read!.cacheControl).toEqual({ revalidate: 300, expire: 2_592_000 });
    expect(read!.value.html).toBe(page.value.html);
    expect(Buffer.compare(read!.value.rscData, page.value.rscData)).toBe(0);
    expect([...read!.value.segmentData.keys()]).toEqual(['/_tree', '/_full']);
    expect(read!.value.segmentData.get('/_full').toString()).toBe(page.value.segmentData.get('/_full')!.toString());
    expect(read!.value.headers).toEqual(page.value.headers);
    expect(await restarted.get('/route-cache/APP_PAGE/x/$/fr/article/jamais-rendu')).toBeNull();
  });

  it('stores pages compressed', async () => {
    const dir = freshDir();
    const page = samplePage('compression');
    const raw = page.value.html.length + page.value.rscData.byteLength + [...page.value.segmentData.values()].reduce((sum, b) => sum + b.byteLength, 0);
    await (await openStore({ dir })).set('compression', page);
    const [file] = pageFiles(dir);
    expect(fs.statSync(path.join(dir, file!)).size).toBeLessThan(raw / 5);
  });

  it('keeps its total size under the bound, evicting the least recently used page first', async () => {
    const dir = freshDir();
    const size = (await encodePage('page-0', samplePage('page-0'))).byteLength;
    // Room for three pages; no memory tier, so every read goes to the folder.
    const store = await openStore({ dir, maxBytes: Math.floor(size * 3.5), memoryBytes: 0 });
    for (const n of [0, 1, 2]) await store.set(`page-${n}`, samplePage(`page-${n}`));
    expect(await store.get('page-0')).not.toBeNull(); // page-1 is now the least recently used
    await store.set('page-3', samplePage('page-3'));
    await store.set('page-4', samplePage('page-4'));
    expect(await store.get('page-1')).toBeNull();
    expect(await store.get('page-2')).toBeNull();
    for (const kept of ['page-0', 'page-3', 'page-4']) expect(await store.get(kept), kept).not.toBeNull();
    expect(pageFiles(dir)).toHaveLength(3);
    expect((await store.durable.stats()).bytes).toBeLessThanOrEqual(Math.floor(size * 3.5));
  });

  it('keeps decoded pages in memory within its own bound', async () => {
    const store = await openStore({ dir: freshDir(), memoryBytes: 600_000 });
    for (let n = 0; n < 20; n++) await store.set(`memory-${n}`, samplePage(`memory-${n}`));
    expect(store.memoryTotal).toBeLessThanOrEqual(600_000);
    expect(store.memory.size).toBeGreaterThan(0);
    expect(store.memory.size).toBeLessThan(20);
    // What memory let go of still comes from the folder.
    expect((await store.get('memory-0'))?.value.html).toContain('memory-0');
  });

  it('keeps pages per build: a new build renders its own', async () => {
    const dir = freshDir();
    await (await openStore({ dir, buildId: 'build-a' })).set('per-build', samplePage('per-build'));
    expect(await (await openStore({ dir, buildId: 'build-b' })).get('per-build')).toBeNull();
    expect(await (await openStore({ dir, buildId: 'build-a' })).get('per-build')).not.toBeNull();
    // A third build keeps the previous one (still serving during a rolling deploy), not older ones.
    // "Previous" is the folder opened last (its mtime): apart by more than the few milliseconds
    // a clock adjustment can move the wall clock back, or the two opens could swap order.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await openStore({ dir, buildId: 'build-b' });
    await openStore({ dir, buildId: 'build-c' });
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('build-')).sort()).toEqual(['build-b', 'build-c']);
  });

  it('serves pages while it lists the folder, then knows them all', async () => {
    const dir = freshDir();
    const writer = await openStore({ dir });
    for (let n = 0; n < 30; n++) await writer.set(`listed-${n}`, samplePage(`listed-${n}`, { paragraphs: 5 }));
    const restarted = await openStore({ dir });
    expect((await restarted.get('listed-29'))?.value.html).toContain('listed-29');
    await restarted.durable.ready!();
    expect((await restarted.durable.stats()).entries).toBe(30);
    expect(await restarted.durable.has('listed-0')).toBe(true);
    expect(await restarted.durable.has('never-written')).toBe(false);
  });

  it('treats a damaged file as a miss', async () => {
    const dir = freshDir();
    await (await openStore({ dir })).set('damaged', samplePage('damaged'));
    const [file] = pageFiles(dir);
    fs.writeFileSync(path.join(dir, file!), 'JPC1\u0001not zstd at all');
    expect(await (await openStore({ dir })).get('damaged')).toBeNull();
  });

  it('remembers expired tags across restarts, and forgets those older than any page', async () => {
    const dir = freshDir();
    const now = Date.now();
    const store = await openStore({ dir });
    await store.durable.saveTags({ 'article:7': { expired: now - 1000 }, 'article:8': { stale: now - 40 * 86_400_000 } }, now - 31 * 86_400_000);
    const manifest = new Map<string, { stale?: number; expired?: number }>();
    await openStore({ dir, tagsManifest: manifest });
    expect(manifest.get('article:7')).toEqual({ expired: now - 1000 });
    expect(manifest.has('article:8')).toBe(false);
  });

  it('merges persisted expirations without undoing a later one this process knows', () => {
    const manifest = new Map([['front:fr', { expired: 2_000 }]]);
    mergeTags(manifest, { 'front:fr': { expired: 1_000, stale: 1_500 }, 'tag:3': { expired: 900 } });
    expect(manifest.get('front:fr')).toEqual({ expired: 2_000, stale: 1_500 });
    expect(manifest.get('tag:3')).toEqual({ expired: 900 });
  });
});
