import 'server-only';
import { diffWords } from 'diff';
import { documentText, parseRichDocument } from '@/lib/rich-text';
import type { ArticleSnapshot } from './articles/queries';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface FieldDiff {
  field: 'title' | 'summary' | 'slug' | 'body' | 'tags' | 'seo' | 'cover';
  parts: DiffPart[];
}

function comparable(snapshot: ArticleSnapshot): Record<FieldDiff['field'], string> {
  return {
    title: snapshot.title,
    summary: snapshot.summary,
    slug: snapshot.slug,
    body: documentText(parseRichDocument(snapshot.body)),
    tags: snapshot.tagNames.join(', '),
    seo: [snapshot.seoTitle, snapshot.seoDescription].filter(Boolean).join('\n'),
    cover: [snapshot.coverId ? `#${snapshot.coverId}` : '', snapshot.coverAlt, snapshot.coverCaption, snapshot.coverCredit].filter(Boolean).join(' · '),
  };
}

/** Word-level differences between two versions, field by field; unchanged fields are left out. */
export function diffSnapshots(older: ArticleSnapshot, newer: ArticleSnapshot): FieldDiff[] {
  const a = comparable(older);
  const b = comparable(newer);
  const result: FieldDiff[] = [];
  for (const field of Object.keys(a) as FieldDiff['field'][]) {
    if (a[field] === b[field]) continue;
    result.push({
      field,
      parts: diffWords(a[field], b[field]).map((change) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value })),
    });
  }
  return result;
}
