import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formValues } from '@/lib/forms/form-state';
import { diffSnapshots } from '@/lib/admin/revision-diff';
import { isInLocaleScript, slugify } from '@/lib/admin/slug';
import { fields, localizeIssues } from '@/lib/admin/validation';
import type { ArticleSnapshot } from '@/lib/admin/articles/queries';
import { formatDateTimeLocalInput, parseDateTimeLocalInput } from '@/lib/time/format';

describe('slugify', () => {
  it('folds French accents and punctuation into dashes', () => {
    expect(slugify("L'économie marocaine : croissance à 3,5 % en 2026 !")).toBe('leconomie-marocaine-croissance-a-3-5-en-2026');
  });
  it('keeps Arabic letters and drops diacritics and tatweel', () => {
    expect(slugify('الاقتصادُ المغربـي ينمو')).toBe('الاقتصاد-المغربي-ينمو');
  });
  it('keeps hamza and madda letters, normalises presentation forms, digits and invisible marks', () => {
    expect(slugify('أخبارٌ: إصلاحُ مدوّنة الأسرة؟')).toBe('أخبار-إصلاح-مدونة-الأسرة');
    expect(slugify('ﻻ\u200f مؤتمر ٢٠٢٦ في آسفي، «هيئة»')).toBe('لا-مؤتمر-2026-في-آسفي-هيئة');
    expect(slugify('رئيس ۱۲')).toBe('رئيس-12');
  });
  it('never starts or ends with a dash and stays short', () => {
    const slug = slugify(`--${'mot '.repeat(80)}--`);
    expect(slug.startsWith('-') || slug.endsWith('-')).toBe(false);
    expect(slug.length).toBeLessThanOrEqual(100);
  });
});

describe('isInLocaleScript', () => {
  it('tells an Arabic title from a French one', () => {
    expect(isInLocaleScript('مشروع الترامواي', 'ar')).toBe(true);
    expect(isInLocaleScript('Le tramway de Rabat', 'ar')).toBe(false);
    expect(isInLocaleScript('Le tramway de Rabat', 'fr')).toBe(true);
    expect(isInLocaleScript('مشروع الترامواي', 'fr')).toBe(false);
    expect(isInLocaleScript('2026', 'fr')).toBe(false);
  });
});

describe('admin form helpers', () => {
  it('collects repeated keys as arrays and skips framework fields', () => {
    const data = new FormData();
    data.append('title', 'Un titre');
    data.append('tag', 'a');
    data.append('tag', 'b');
    data.append('$ACTION_ID_123', '');
    expect(formValues(data)).toEqual({ title: 'Un titre', tag: ['a', 'b'] });
  });

  it('localizes zod issues per field, including custom message keys', () => {
    const schema = z.object({ title: fields.requiredText(10), slug: fields.slug(), email: z.email() });
    const result = schema.safeParse({ title: '', slug: 'Pas un slug!', email: 'nope' });
    expect(result.success).toBe(false);
    const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ''}`;
    const errors = localizeIssues(result.error!.issues, t);
    expect(errors.title).toEqual(['required']);
    expect(errors.slug).toEqual(['slugFormat']);
    expect(errors.email).toEqual(['email']);
  });

  it('reads ids from single or repeated form values', () => {
    expect(fields.ids().parse('3')).toEqual([3]);
    expect(fields.ids().parse(['3', '4'])).toEqual([3, 4]);
    expect(fields.ids().parse(undefined)).toEqual([]);
    expect(fields.ids().safeParse(['x']).success).toBe(false);
  });
});

describe('datetime-local values are Moroccan legal time', () => {
  it('round-trips through UTC+0 (since 2026-09-20)', () => {
    const instant = parseDateTimeLocalInput('2026-11-23T12:53');
    expect(instant?.toISOString()).toBe('2026-11-23T12:53:00.000Z');
    expect(formatDateTimeLocalInput(instant!)).toBe('2026-11-23T12:53');
  });
  it('reads summer time as UTC+1 before the change', () => {
    expect(parseDateTimeLocalInput('2026-06-01T10:00')?.toISOString()).toBe('2026-06-01T09:00:00.000Z');
  });
  it('refuses malformed values', () => {
    for (const value of ['', '2026-13-01T10:00', '2026-11-23 10:00', '2026-11-23T25:00', 'demain']) {
      expect(parseDateTimeLocalInput(value)).toBeNull();
    }
  });
});

describe('revision diff', () => {
  const base: ArticleSnapshot = {
    title: 'Le port de Tanger accélère',
    summary: 'Trafic record.',
    slug: 'port-tanger',
    sectionId: 1,
    authorIds: [1],
    tagNames: ['ports'],
    coverId: null,
    coverAlt: '',
    coverCaption: '',
    coverCredit: '',
    seoTitle: '',
    seoDescription: '',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Les conteneurs affluent.' }] }] },
    status: 'draft',
    publishedAt: null,
  };

  it('lists only changed fields, word by word', () => {
    const changed = { ...base, title: 'Le port de Tanger ralentit', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Les conteneurs repartent.' }] }] } };
    const diff = diffSnapshots(base, changed);
    expect(diff.map((field) => field.field)).toEqual(['title', 'body']);
    const title = diff[0]!.parts;
    expect(title.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(['accélère']);
    expect(title.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['ralentit']);
  });

  it('is empty for identical versions', () => {
    expect(diffSnapshots(base, { ...base })).toEqual([]);
  });
});
