import fs from 'node:fs/promises';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { auditLog, authors, houseAds, media } from '@/db/schema';
import { ExpectedError, InvalidInputError } from '@/lib/admin/errors';
import { deleteMedia, getMedia, listMedia, mediaUsage, updateMediaText, uploadMedia, type MediaVariant } from '@/lib/admin/media-queries';
import { AppError } from '@/lib/errors';
import { MAX_UPLOAD_BYTES, MediaRejectedError, REJECTION_STATUS } from '@/lib/media/image';
import { readUploadForm } from '@/lib/media/upload-request';
import { localStorage } from '@/lib/storage/storage';
import { rejectionOf } from './support/articles';
import { contentTestDb, jpeg, makeArticle, makeSection, png, pngClaiming, uploadText } from './support/content';

const { db, actors, mediaRoot } = contentTestDb();

const rejection = (promise: Promise<unknown>) => rejectionOf(promise, MediaRejectedError);

const onDisk = (key: string) => fs.readFile(path.join(mediaRoot(), key));
const fileCount = async () => (await fs.readdir(mediaRoot(), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;

describe(`media uploads (${inject('databaseKind')})`, () => {
  it('keeps a PNG named .jpg as a PNG: the type comes from the bytes', async () => {
    const item = await uploadMedia(db, actors.contributor, { ...uploadText, bytes: await png(500, 300), originalName: 'photo.jpg' });
    const row = await getMedia(db, item.id);
    expect(row!.mimeType).toBe('image/png');
    expect(item.url).toMatch(/^\/media\/uploads\/\d{4}-\d{2}\/[0-9a-f]{24}\/original\.png$/);
    expect((await sharp(await onDisk(item.url.replace('/media/', ''))).metadata()).format).toBe('png');
    expect(row!.originalName).toBe('photo.jpg');
  });

  it('refuses HTML, SVG and text files dressed up as images with 415, leaving nothing behind', async () => {
    const before = await fileCount();
    const [{ value: rowsBefore }] = (await db.select({ value: count() }).from(media)) as [{ value: number }];
    const impostors = [
      ['cover.jpg', '<!doctype html><html><script>alert(1)</script></html>'],
      ['logo.png', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'],
      ['notes.webp', 'just some text, long enough to sniff'],
    ] as const;
    for (const [name, text] of impostors) {
      const error = await rejection(uploadMedia(db, actors.editor, { ...uploadText, bytes: new TextEncoder().encode(text), originalName: name }));
      expect(error.reason, name).toBe('unsupported_type');
      expect(REJECTION_STATUS[error.reason]).toBe(415);
    }
    // A JPEG header on garbage: the magic number alone does not make an image.
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    expect(REJECTION_STATUS[(await rejection(uploadMedia(db, actors.editor, { ...uploadText, bytes: broken, originalName: 'x.jpg' }))).reason]).toBe(415);
    expect(await fileCount()).toBe(before);
    const [{ value: rowsAfter }] = (await db.select({ value: count() }).from(media)) as [{ value: number }];
    expect(rowsAfter).toBe(rowsBefore);
  });

  it('refuses oversize files (413) and pixel bombs before decoding them', async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(await png(2, 2));
    const tooLarge = await rejection(uploadMedia(db, actors.editor, { ...uploadText, bytes: big, originalName: 'big.png' }));
    expect([tooLarge.reason, REJECTION_STATUS[tooLarge.reason]]).toEqual(['too_large', 413]);

    const bomb = await rejection(uploadMedia(db, actors.editor, { ...uploadText, bytes: await pngClaiming(20_000, 20_000), originalName: 'bomb.png' }));
    expect([bomb.reason, REJECTION_STATUS[bomb.reason]]).toEqual(['too_many_pixels', 413]);
  });

  it('stops reading a multipart body past the limit', async () => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(4096)], 'a.png'));
    const body = new Request('http://localhost/api/admin/media', { method: 'POST', body: form });
    const chunked = new Request('http://localhost/api/admin/media', {
      method: 'POST',
      body: body.body,
      headers: { 'content-type': body.headers.get('content-type')! },
      duplex: 'half',
    } as RequestInit);
    expect((await rejection(readUploadForm(chunked, 1024))).reason).toBe('too_large');

    const declared = new Request('http://localhost/api/admin/media', { method: 'POST', body: 'x', headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(MAX_UPLOAD_BYTES * 2) } });
    expect((await rejection(readUploadForm(declared))).reason).toBe('too_large');

    const small = new Request('http://localhost/api/admin/media', { method: 'POST', body: form });
    expect((await readUploadForm(small)).get('file')).toBeInstanceOf(File);
  });

  it('requires alt text in both languages and a credit', async () => {
    const error = await uploadMedia(db, actors.editor, { altFr: ' ', altAr: '', credit: '', bytes: await png(10, 10), originalName: 'a.png' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((issue) => issue.path.join('.')).sort()).toEqual(['altAr', 'altFr', 'credit']);
    expect((error as AppError).status).toBe(400);
  });

  it('writes AVIF and WebP renditions at the standard widths, capped at the original, and a blur placeholder', async () => {
    const item = await uploadMedia(db, actors.editor, { ...uploadText, bytes: await jpeg(2000, 1000), originalName: 'wide.jpg' });
    expect([item.width, item.height]).toEqual([2000, 1000]);
    const widths = [320, 640, 1024, 1320, 1600];
    // The full picture's renditions; the crops (cards, thumbnails, share card) are tested in media-renditions.test.ts.
    const full = item.variants.filter((variant) => !variant.crop);
    expect(full.map((variant) => `${variant.format}@${variant.width}`).sort()).toEqual(widths.flatMap((width) => [`avif@${width}`, `webp@${width}`]).sort());
    for (const variant of full) {
      const file = await onDisk(variant.key);
      const meta = await sharp(file).metadata();
      expect(meta.format).toBe(variant.format === 'avif' ? 'heif' : 'webp');
      expect([meta.width, meta.height]).toEqual([variant.width, variant.height]);
      expect(variant.height).toBe(variant.width / 2);
      expect(variant.bytes).toBe(file.byteLength);
      expect(variant.url).toBe(`/media/${variant.key}`);
    }
    const small = await uploadMedia(db, actors.editor, { ...uploadText, bytes: await jpeg(800, 600), originalName: 'small.jpg' });
    expect([...new Set(small.variants.filter((variant) => !variant.crop).map((variant) => variant.width))]).toEqual([320, 640, 800]);
    const row = await getMedia(db, item.id);
    expect(row!.blurDataUrl).toMatch(/^data:image\/webp;base64,/);
    // The row keeps keys, not URLs: a change of storage backend needs no data migration.
    const [raw] = await db.select({ variants: media.variants }).from(media).where(eq(media.id, item.id));
    expect((raw!.variants as MediaVariant[]).filter((variant) => !variant.crop).map((variant) => Object.keys(variant).sort())).toEqual(
      Array.from({ length: widths.length * 2 }, () => ['bytes', 'format', 'height', 'key', 'width']),
    );
  });

  it('turns the picture upright and strips EXIF (camera, copyright, orientation) from every stored file', async () => {
    const source = await jpeg(600, 400, { orientation: 6, exif: true });
    const sourceMeta = await sharp(source).metadata();
    expect([sourceMeta.orientation, Boolean(sourceMeta.exif)]).toEqual([6, true]);
    const item = await uploadMedia(db, actors.editor, { ...uploadText, bytes: source, originalName: 'phone.jpg' });
    expect([item.width, item.height]).toEqual([400, 600]);
    for (const key of [item.url.replace('/media/', ''), ...item.variants.map((variant) => variant.key)]) {
      const bytes = await onDisk(key);
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, key).toBeUndefined();
      expect(meta.orientation ?? 1, key).toBe(1);
      expect(bytes.includes(Buffer.from('Secret owner')), key).toBe(false);
    }
  });

  it('keeps the first frame of a GIF, as a PNG', async () => {
    const gif = await sharp({ create: { width: 40, height: 30, channels: 4, background: '#0a0' } }).gif().toBuffer();
    const item = await uploadMedia(db, actors.contributor, { ...uploadText, bytes: gif, originalName: 'anim.gif' });
    expect(item.url).toMatch(/original\.png$/);
    expect([item.width, item.height]).toEqual([40, 30]);
  });

  it('audits every upload', async () => {
    const item = await uploadMedia(db, actors.contributor, { ...uploadText, bytes: await png(20, 20), originalName: 'audited.png' });
    const rows = await db.select().from(auditLog).where(eq(auditLog.entityId, String(item.id)));
    expect(rows.find((row) => row.action === 'media.upload' && row.entityType === 'media')?.userId).toBe(actors.contributor.id);
  });
});

describe(`media storage (${inject('databaseKind')})`, () => {
  it('refuses keys that would escape the root, and writes nothing outside it', async () => {
    const storage = localStorage(mediaRoot());
    const outside = path.join(path.dirname(mediaRoot()), 'escaped.png');
    for (const key of ['../escaped.png', 'uploads/../../escaped.png', `/${outside}`, '..\\escaped.png']) {
      await expect(storage.put(key, new Uint8Array([1]), 'image/png'), key).rejects.toThrow(/Invalid media key/);
      await expect(storage.open(key), key).rejects.toThrow(/Invalid media key/);
      await expect(storage.stat(key), key).rejects.toThrow(/Invalid media key/);
      await expect(storage.delete(key), key).rejects.toThrow(/Invalid media key/);
    }
    await expect(fs.access(outside)).rejects.toThrow();
  });

  it('stores, serves and deletes by key', async () => {
    const storage = localStorage(mediaRoot());
    await storage.put('uploads/test/x/original.png', await png(3, 3), 'image/png');
    const file = await storage.open('uploads/test/x/original.png');
    expect(file?.contentType).toBe('image/png');
    expect(Buffer.from(await new Response(file!.body).arrayBuffer()).equals(await png(3, 3))).toBe(true);
    expect(storage.url('uploads/test/x/original.png')).toBe('/media/uploads/test/x/original.png');
    await storage.delete('uploads/test/x/original.png');
    expect(await storage.open('uploads/test/x/original.png')).toBeNull();
    expect(await storage.stat('uploads/test/x/original.png')).toBeNull();
    await storage.delete('uploads/test/x/original.png');
  });
});

describe(`media library (${inject('databaseKind')})`, () => {
  it('searches by file name, alt text and credit, and paginates', async () => {
    const marker = `zq${Date.now()}`;
    for (let i = 0; i < 3; i++) {
      await uploadMedia(db, actors.editor, { altFr: `Souk ${marker} ${i}`, altAr: 'سوق', credit: i === 2 ? `Agence ${marker}` : 'AFP', bytes: await png(8, 8), originalName: `souk-${i}.png` });
    }
    await uploadMedia(db, actors.editor, { altFr: 'Autre', altAr: `مدينة ${marker}`, credit: 'MAP', bytes: await png(8, 8), originalName: `${marker}-file.png` });
    expect((await listMedia(db, { q: marker })).total).toBe(4);
    expect((await listMedia(db, { q: `Agence ${marker}` })).items.map((item) => item.originalName)).toEqual(['souk-2.png']);
    expect((await listMedia(db, { q: `${marker}-file` })).total).toBe(1);
    const page1 = await listMedia(db, { q: marker, pageSize: 3 });
    const page2 = await listMedia(db, { q: marker, pageSize: 3, page: 2 });
    expect([page1.pages, page1.items.length, page2.items.length]).toEqual([2, 3, 1]);
    // Newest first; a page past the end gives the last page.
    expect(page1.items[0]!.id).toBeGreaterThan(page2.items[0]!.id);
    expect((await listMedia(db, { q: marker, pageSize: 3, page: 99 })).page).toBe(2);
    // LIKE wildcards typed by the editor are literal.
    expect((await listMedia(db, { q: '%%%' })).total).toBe(0);
  });

  it('lets the uploader or an editor fix alt text and credit, and names the covers to expire', async () => {
    const item = await uploadMedia(db, actors.contributor, { ...uploadText, bytes: await png(16, 9), originalName: 'mine.png' });
    const sectionId = await makeSection(db);
    const articleId = await makeArticle(db, { sectionId, coverId: item.id });
    const result = await updateMediaText(db, actors.contributor, item.id, { altFr: 'Nouveau', altAr: 'جديد', credit: 'Moi' });
    expect(result.coverArticleIds).toEqual([articleId]);
    expect((await getMedia(db, item.id))!.credit).toBe('Moi');

    const someoneElses = await uploadMedia(db, actors.admin, { ...uploadText, bytes: await png(16, 9), originalName: 'theirs.png' });
    await expect(updateMediaText(db, actors.contributor, someoneElses.id, uploadText)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateMediaText(db, actors.editor, someoneElses.id, { ...uploadText, credit: 'Rédaction' })).resolves.toEqual({ coverArticleIds: [] });
  });

  it('refuses to delete a picture used as a cover, an avatar or a house ad, then deletes it with its files', async () => {
    const item = await uploadMedia(db, actors.editor, { ...uploadText, bytes: await jpeg(700, 400), originalName: 'used.jpg' });
    const sectionId = await makeSection(db);
    const articleId = await makeArticle(db, { sectionId, coverId: item.id });
    const [author] = await db.insert(authors).values({ slug: `a-${item.id}`, nameFr: 'A', nameAr: 'أ', avatarId: item.id }).returning();
    const [ad] = await db.insert(houseAds).values({ name: 'used', kind: 'rectangle', imageId: item.id, alt: 'x', href: '/' }).returning();

    const refusal = await deleteMedia(db, actors.editor, item.id).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ExpectedError);
    expect(refusal).toMatchObject({ code: 'conflict', messageKey: 'media.inUse', values: { articles: 1, authors: 1, ads: 1 } });
    expect(await getMedia(db, item.id)).not.toBeNull();
    expect((await mediaUsage(db, item.id)).articles.map((article) => article.id)).toEqual([articleId]);

    const { articles } = await import('@/db/schema');
    await db.update(articles).set({ coverId: null }).where(eq(articles.id, articleId));
    await db.update(authors).set({ avatarId: null }).where(eq(authors.id, author!.id));
    await expect(deleteMedia(db, actors.editor, item.id)).rejects.toMatchObject({ values: { articles: 0, authors: 0, ads: 1 } });
    await db.delete(houseAds).where(eq(houseAds.id, ad!.id));

    await deleteMedia(db, actors.editor, item.id);
    expect(await getMedia(db, item.id)).toBeNull();
    for (const key of [item.url.replace('/media/', ''), ...item.variants.map((variant) => variant.key)]) {
      await expect(fs.access(path.join(mediaRoot(), key)), key).rejects.toThrow();
    }
    await expect(deleteMedia(db, actors.editor, item.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});
