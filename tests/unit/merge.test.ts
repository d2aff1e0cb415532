import { describe, expect, it } from 'vitest';
import { fieldText, MERGE_FIELDS, mergeArticle, sameValue, splitTags, wordDiff, type MergeValues } from '@/lib/editor/merge';

const doc = (...paragraphs: string[]) => ({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

const base: MergeValues = {
  title: 'Le port de Tanger agrandi',
  summary: 'Un nouveau quai ouvre en juin.',
  slug: 'port-tanger-agrandi',
  sectionId: 1,
  authorIds: [3, 4],
  tagNames: ['Économie', 'Tanger'],
  coverId: 10,
  coverAlt: 'Le quai vu du ciel',
  coverCaption: 'Le nouveau quai.',
  coverCredit: 'MAP',
  seoTitle: '',
  seoDescription: '',
  body: doc('Premier paragraphe.', 'Second paragraphe.'),
};

describe('mergeArticle', () => {
  it('takes what only I changed and what only they changed, with no conflict', () => {
    const mine = { ...base, title: 'Le port de Tanger double sa capacité' };
    const theirs = { ...base, summary: 'Le quai ouvre le 2 juin.' };
    const result = mergeArticle(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.theirs).toEqual(['summary']);
    expect(result.merged.title).toBe('Le port de Tanger double sa capacité');
    expect(result.merged.summary).toBe('Le quai ouvre le 2 juin.');
  });

  it('reports a field both changed to different values as a conflict, keeping mine until the editor chooses', () => {
    const mine = { ...base, title: 'Titre A' };
    const theirs = { ...base, title: 'Titre B', coverCredit: 'AFP' };
    const result = mergeArticle(base, mine, theirs);
    expect(result.conflicts).toEqual(['title']);
    expect(result.theirs).toEqual(['coverCredit']);
    expect(result.merged.title).toBe('Titre A');
    expect(result.merged.coverCredit).toBe('AFP');
  });

  it('is no conflict when both made the same change', () => {
    const mine = { ...base, title: 'Même titre' };
    const theirs = { ...base, title: 'Même titre' };
    expect(mergeArticle(base, mine, theirs)).toEqual({ merged: mine, theirs: [], conflicts: [] });
  });

  it('keeps mine when they changed nothing', () => {
    const mine = { ...base, summary: 'Changé ici', authorIds: [4, 3] };
    expect(mergeArticle(base, mine, base)).toEqual({ merged: mine, theirs: [], conflicts: [] });
  });

  it('merges every kind of field: ids, lists, the cover and the body', () => {
    const mine = { ...base, sectionId: 2, tagNames: ['Économie', 'Tanger', 'Ports'] };
    const theirs = { ...base, authorIds: [5], coverId: null, body: doc('Premier paragraphe.', 'Second paragraphe, corrigé.') };
    const result = mergeArticle(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.theirs).toEqual(['body', 'authorIds', 'coverId']);
    expect(result.merged).toEqual({ ...base, sectionId: 2, tagNames: ['Économie', 'Tanger', 'Ports'], authorIds: [5], coverId: null, body: theirs.body });
  });

  it('treats the body as one field: both changing it, even different paragraphs, is a conflict', () => {
    const mine = { ...base, body: doc('Premier paragraphe, revu.', 'Second paragraphe.') };
    const theirs = { ...base, body: doc('Premier paragraphe.', 'Second paragraphe, revu.') };
    expect(mergeArticle(base, mine, theirs).conflicts).toEqual(['body']);
  });

  it('lists conflicts in the editor’s field order', () => {
    const mine = { ...base, seoTitle: 'a', title: 'a', body: doc('a') };
    const theirs = { ...base, seoTitle: 'b', title: 'b', body: doc('b') };
    expect(mergeArticle(base, mine, theirs).conflicts).toEqual(['title', 'body', 'seoTitle']);
  });

  it('without a base (its revision is gone), shows every difference as a conflict rather than guess', () => {
    const mine = { ...base, title: 'A' };
    const theirs = { ...base, summary: 'B' };
    const result = mergeArticle(null, mine, theirs);
    expect(result.conflicts).toEqual(['title', 'summary']);
    expect(result.theirs).toEqual([]);
  });

  it('never drops a change: every field that differs between mine and theirs is either taken or a conflict', () => {
    // Each field changed by me, by them, by both or by nobody, in every combination over two fields.
    const variants = ['none', 'mine', 'theirs', 'both'] as const;
    for (const a of variants) {
      for (const b of variants) {
        const mine = { ...base, title: a === 'mine' || a === 'both' ? 'T-mine' : base.title, summary: b === 'mine' || b === 'both' ? 'S-mine' : base.summary };
        const theirs = { ...base, title: a === 'theirs' || a === 'both' ? 'T-theirs' : base.title, summary: b === 'theirs' || b === 'both' ? 'S-theirs' : base.summary };
        const result = mergeArticle(base, mine, theirs);
        for (const field of ['title', 'summary'] as const) {
          const change = field === 'title' ? a : b;
          if (change === 'both') expect(result.conflicts).toContain(field);
          else expect(result.merged[field]).toBe(change === 'theirs' ? theirs[field] : mine[field]);
          if (result.merged[field] !== theirs[field]) expect(change === 'mine' || change === 'both').toBe(true);
        }
      }
    }
  });

  it('does not take what the save would erase for a change (spaces, tag order and case, sanitised body attributes)', () => {
    const mine = {
      ...base,
      title: `  ${base.title} `,
      tagNames: ['tanger', 'Économie', ''],
      // The editor's JSON carries attributes and marks the server drops or normalises.
      body: { type: 'doc', content: [{ type: 'paragraph', attrs: { dir: null, textAlign: 'left' }, content: [{ type: 'text', text: 'Premier paragraphe.' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Second paragraphe.' }] }] },
    };
    const theirs = { ...base, title: 'Nouveau titre', tagNames: ['Sport'], body: doc('Tout autre chose.') };
    const result = mergeArticle(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.theirs).toEqual(['title', 'body', 'tagNames']);
  });

  it('keeps byline order significant', () => {
    expect(sameValue('authorIds', [3, 4], [4, 3])).toBe(false);
    expect(sameValue('authorIds', [3, 4], [3, 4, 3])).toBe(true);
    const result = mergeArticle(base, { ...base, authorIds: [4, 3] }, { ...base, authorIds: [3] });
    expect(result.conflicts).toEqual(['authorIds']);
  });

  it('covers every field of the article', () => {
    expect([...MERGE_FIELDS].sort()).toEqual(Object.keys(base).sort());
  });
});

describe('merge helpers', () => {
  it('splits tags on Latin and Arabic commas', () => {
    expect(splitTags(' Maroc, économie ،الرباط,, ')).toEqual(['Maroc', 'économie', 'الرباط']);
  });

  it('shows a field as text: the body’s paragraphs, tags as a list', () => {
    expect(fieldText('body', doc('Un.', 'Deux.'))).toBe('Un.\nDeux.');
    expect(fieldText('tagNames', ['a', 'b'])).toBe('a, b');
    expect(fieldText('coverId', null)).toBe('');
    expect(fieldText('sectionId', 7)).toBe('7');
  });

  it('diffs word by word, in Arabic too', () => {
    expect(wordDiff('le port de Tanger', 'le grand port de Tanger')).toEqual([
      { kind: 'same', text: 'le ' },
      { kind: 'added', text: 'grand ' },
      { kind: 'same', text: 'port de Tanger' },
    ]);
    const parts = wordDiff('ميناء طنجة الجديد', 'ميناء طنجة المتوسط');
    expect(parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(['الجديد']);
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['المتوسط']);
  });
});
