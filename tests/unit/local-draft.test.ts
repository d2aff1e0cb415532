import { describe, expect, it } from 'vitest';
import { afterSave, canonicalJson, draftKey, onOpen, sameContent, type DraftContent, type LocalDraft } from '@/lib/editor/local-draft';

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', attrs: { dir: null }, content: [{ type: 'text', text }] }] });
const content = (summary: string, body: string): DraftContent => ({ fields: { title: 'Titre', summary, authorIds: [2, 1] }, body: paragraph(body) });
const copy = (of: DraftContent, baseVersion = 3): LocalDraft => ({ key: draftKey(7, 42), userId: 7, articleId: 42, baseVersion, writtenAt: 1_000, content: of });

describe('the local copy of unsaved editor work', () => {
  it('is kept per person and article', () => {
    expect(draftKey(7, 42)).toBe('7:42');
    expect(draftKey(7, 42)).not.toBe(draftKey(42, 7));
  });

  it('compares contents whatever order their keys were written in, but not arrays', () => {
    const a = { fields: { summary: 'x', title: 'y' }, body: { type: 'doc', attrs: { b: 1, a: 2 } } };
    const b = { body: { attrs: { a: 2, b: 1 }, type: 'doc' }, fields: { title: 'y', summary: 'x' } };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(sameContent(a, b)).toBe(true);
    expect(sameContent(content('s', 'b'), { ...content('s', 'b'), fields: { ...content('s', 'b').fields, authorIds: [1, 2] } })).toBe(false);
  });

  it('is offered on opening only when it holds text the server does not have', () => {
    const server = content('Chapeau', 'Texte');
    expect(onOpen(null, server)).toBe('none');
    expect(onOpen(copy(content('Chapeau', 'Texte')), server)).toBe('drop');
    expect(onOpen(copy(content('Chapeau', 'Texte et la suite')), server)).toBe('offer');
    expect(onOpen(copy(content('Chapeau modifié', 'Texte')), server)).toBe('offer');
  });

  it('goes when the server confirms the same text, and stays when more was typed while the save was on its way', () => {
    const sent = content('Chapeau', 'Texte');
    expect(afterSave(content('Chapeau', 'Texte'), sent)).toBe('drop');
    expect(afterSave(content('Chapeau', 'Texte, puis un mot'), sent)).toBe('rewrite');
  });
});
