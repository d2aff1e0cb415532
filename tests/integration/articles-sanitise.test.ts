import { Node, type JSONContent } from '@tiptap/core';
import { generateJSON } from '@tiptap/html/server';
import StarterKit from '@tiptap/starter-kit';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ArticleBody } from '@/components/site/article-body';
import { createArticle, getArticleForEdit, getRevision, listRevisions } from '@/lib/admin/articles';
import { editorExtensions } from '@/lib/admin/editor-extensions';
import { documentText, parseRichDocument, type BlockNode, type RichDocument } from '@/lib/rich-text';
import { testDb } from './db';
import { createNewsroom, edit, removeNewsroom, type Newsroom } from './articles-fixtures';

/*
 * Article bodies come from the browser as Tiptap JSON and are never trusted: saveArticle runs
 * them through parseRichDocument. These tests paste hostile HTML through a Tiptap extension set
 * (as the editor would), and also post hand-written hostile JSON (as a forged request would),
 * then read back what was stored.
 */

const handle = testDb();
const db = handle.db;
let room: Newsroom;

beforeAll(async () => {
  room = await createNewsroom(db, 'clean');
});
afterAll(async () => {
  await removeNewsroom(db, room);
  await handle.close();
});

// Stand-ins for the editor's image and embed nodes (@tiptap/extension-image is not installed):
// deliberately permissive, so whatever a paste carries reaches the server to be judged there.
const Image = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  addAttributes: () => ({ src: { default: null }, alt: { default: null }, title: { default: null } }),
  parseHTML: () => [{ tag: 'img[src]' }],
  renderHTML: ({ HTMLAttributes }) => ['img', HTMLAttributes],
});
const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  addAttributes: () => ({ url: { default: null, parseHTML: (element) => element.getAttribute('src') } }),
  parseHTML: () => [{ tag: 'iframe[src]' }],
  renderHTML: ({ HTMLAttributes }) => ['iframe', HTMLAttributes],
});
// StarterKit 3 includes Link; headings keep all six levels so an <h1> reaches the server as level 1.
const EXTENSIONS = [StarterKit.configure({ link: { openOnClick: false, autolink: true } }), Image, Embed];

const HOSTILE_HTML =
  '<p onclick="x()">Salut <a href="javascript:alert(1)">lien</a> <img src=x onerror=alert(1)><script>alert(1)</script>' +
  '<iframe src="https://evil.example"></iframe><a href="https://ok.example/a">ok</a></p><h1>Titre</h1><table><tr><td>cell</td></tr></table>';

const ALLOWED_BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'horizontalRule', 'image', 'embed']);

/** Every node and mark of a stored document, depth first. */
function walk(doc: unknown): { nodes: JSONContent[]; marks: { type: string; attrs?: Record<string, unknown> }[] } {
  const nodes: JSONContent[] = [];
  const marks: { type: string; attrs?: Record<string, unknown> }[] = [];
  const visit = (node: JSONContent) => {
    nodes.push(node);
    for (const mark of node.marks ?? []) marks.push(mark);
    for (const child of node.content ?? []) visit(child);
  };
  for (const child of (doc as JSONContent).content ?? []) visit(child);
  return { nodes, marks };
}

function expectNothingHostile(stored: unknown) {
  const json = JSON.stringify(stored);
  for (const needle of ['<script', 'script', 'iframe', 'onclick', 'onerror', 'javascript:', 'evil.example', '"target"', '"rel"', '"class"']) {
    expect(json, needle).not.toContain(needle);
  }
  const { nodes, marks } = walk(stored);
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'hardBreak' || node.type === 'listItem') continue;
    expect(ALLOWED_BLOCKS, node.type).toContain(node.type);
  }
  for (const mark of marks) {
    expect(['bold', 'italic', 'strike', 'code', 'link']).toContain(mark.type);
    if (mark.type === 'link') {
      expect(Object.keys(mark.attrs ?? {})).toEqual(['href']);
      expect(String(mark.attrs!.href)).toMatch(/^(https?:\/\/|mailto:|\/(?!\/))/);
    }
  }
  for (const node of nodes.filter((n) => n.type === 'heading')) expect([2, 3, 4]).toContain(node.attrs!.level);
  for (const node of nodes.filter((n) => n.type === 'image')) expect(String(node.attrs!.src)).toMatch(/^(https?:\/\/|\/(?!\/))/);
}

const newArticle = async (title: string) => (await createArticle(db, room.editor, { locale: 'fr', title, sectionId: room.sectionId })).id;
const storedBody = async (id: number) => (await getArticleForEdit(db, id))!.body as RichDocument;

describe(`pasted HTML (${inject('databaseKind')})`, () => {
  it('keeps the text and safe links of a hostile paste, and nothing else', async () => {
    const pasted = generateJSON(HOSTILE_HTML, EXTENSIONS);
    // The client-side parse already drops some of it, but not everything: the server must.
    expect(JSON.stringify(pasted)).toContain('"level":1');
    expect(JSON.stringify(pasted)).toContain('evil.example');
    expect(JSON.stringify(pasted)).toContain('"src":"x"');

    const id = await newArticle('Collage hostile');
    await edit(db, room.editor, id, { body: pasted });
    const body = await storedBody(id);

    expectNothingHostile(body);
    expect(body).toEqual(parseRichDocument(pasted));
    expect(body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { dir: null }, content: [{ type: 'text', text: 'Salut lien' }] },
        { type: 'paragraph', attrs: { dir: null }, content: [{ type: 'text', text: 'ok', marks: [{ type: 'link', attrs: { href: 'https://ok.example/a' } }] }] },
        { type: 'heading', attrs: { level: 2, dir: null }, content: [{ type: 'text', text: 'Titre' }] },
        { type: 'paragraph', attrs: { dir: null }, content: [{ type: 'text', text: 'cell' }] },
      ],
    });
    const text = documentText(body);
    for (const words of ['Salut', 'lien', 'ok', 'Titre', 'cell']) expect(text).toContain(words);

    // The revision snapshot holds the same sanitised document.
    const [latest] = await listRevisions(db, id);
    expect((await getRevision(db, id, latest!.id))!.snapshot.body).toEqual(body);
  });

  it("the editor's own schema already drops the hostile parts of a paste, and the server agrees", async () => {
    const pasted = generateJSON(HOSTILE_HTML, editorExtensions());
    const json = JSON.stringify(pasted);
    for (const needle of ['script', 'iframe', 'onclick', 'onerror', 'javascript:', 'evil.example', '"level":1']) expect(json, needle).not.toContain(needle);
    const id = await newArticle('Collage dans l’éditeur');
    await edit(db, room.editor, id, { body: pasted });
    const body = await storedBody(id);
    expectNothingHostile(body);
    expect(documentText(body)).toContain('Titre');
    expect(JSON.stringify(body)).toContain('https://ok.example/a');
  });

  it('keeps the formatting the reader renders from an ordinary paste', async () => {
    const html =
      '<h2 style="color:red">Intertitre</h2><h3>Sous-titre</h3><h5>Petit titre</h5>' +
      '<p><strong>gras</strong> <em>italique</em> <s>barré</s> <code>code</code> <u>souligné</u>' +
      ' <a href="/fr/rubrique/maroc">interne</a> <a href="mailto:redaction@jarida.ma">courriel</a><br>ligne</p>' +
      '<blockquote><p>Citation</p></blockquote><ul><li><p>un</p></li></ul><ol><li><p>deux</p></li></ol><hr>' +
      '<img src="https://cdn.example/photo.jpg" alt="Photo">';
    const pasted = generateJSON(html, EXTENSIONS);
    const id = await newArticle('Collage ordinaire');
    await edit(db, room.editor, id, { body: pasted });
    const body = await storedBody(id);
    expectNothingHostile(body);
    expect(body).toEqual(parseRichDocument(pasted));

    const types = body.content.map((node) => node.type);
    expect(types).toEqual(['heading', 'heading', 'heading', 'paragraph', 'blockquote', 'bulletList', 'orderedList', 'horizontalRule', 'image']);
    expect(body.content.slice(0, 3).map((node) => (node as Extract<BlockNode, { type: 'heading' }>).attrs.level)).toEqual([2, 3, 2]);
    const { marks, nodes } = walk(body);
    expect(marks.map((m) => m.type).sort()).toEqual(['bold', 'code', 'italic', 'link', 'link', 'strike']);
    expect(marks.filter((m) => m.type === 'link').map((m) => m.attrs!.href)).toEqual(['/fr/rubrique/maroc', 'mailto:redaction@jarida.ma']);
    expect(nodes.some((n) => n.type === 'hardBreak')).toBe(true);
    expect(documentText(body)).toContain('souligné'); // the mark goes, the text stays
    expect(body.content.at(-1)).toEqual({ type: 'image', attrs: { src: 'https://cdn.example/photo.jpg', alt: 'Photo', caption: null } });
  });
});

describe(`hand-written hostile JSON (${inject('databaseKind')})`, () => {
  const nest = (depth: number): BlockNode[] =>
    depth === 0 ? [{ type: 'paragraph', content: [{ type: 'text', text: 'au fond' }] }] : [{ type: 'blockquote', content: nest(depth - 1) }];

  const HOSTILE = {
    type: 'doc',
    attrs: { onload: 'alert(1)' },
    content: [
      { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
      { type: 'html', attrs: { html: '<img src=x onerror=alert(1)>' } },
      { type: 'iframe', attrs: { src: 'https://evil.example/' } },
      { type: 'codeBlock', content: [{ type: 'text', text: 'rm -rf /' }] },
      {
        type: 'paragraph',
        attrs: { dir: 'rtl', onclick: 'alert(1)', style: 'position:fixed' },
        content: [
          { type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          { type: 'text', text: 'b', marks: [{ type: 'link', attrs: { href: ' JaVaScRiPt:alert(1)', target: '_top', onclick: 'x' } }, { type: 'bold' }] },
          { type: 'text', text: 'c', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>' } }] },
          { type: 'text', text: 'd', marks: [{ type: 'link', attrs: { href: '//evil.example/x' } }] },
          { type: 'text', text: 'e', marks: [{ type: 'link', attrs: { href: 'https://ok.example/e', class: 'x', rel: 'opener' } }, { type: 'textStyle', attrs: { style: 'x' } }] },
          { type: 'text', text: '<script>alert(1)</script>' },
          { type: 'mention', attrs: { id: 'x', label: 'y' } },
          { type: 'hardBreak', attrs: { onclick: 'x' } },
          { type: 'text', text: 42 },
          { type: 'text' },
          null,
          'chaîne',
        ],
      },
      { type: 'paragraph', attrs: { dir: 'sideways' }, content: 'pas un tableau' },
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'h1' }] },
      { type: 'heading', attrs: { level: 6 }, content: [{ type: 'text', text: 'h6' }] },
      { type: 'heading', attrs: { level: '3' }, content: [{ type: 'text', text: 'h3' }] },
      { type: 'heading', content: [{ type: 'text', text: 'sans niveau' }] },
      { type: 'image', attrs: { src: 'javascript:alert(1)', alt: 'js' } },
      { type: 'image', attrs: { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'svg' } },
      { type: 'image', attrs: { src: 'x', alt: 'relative garbage' } },
      { type: 'image', attrs: { src: 'https://cdn.example/p.jpg', alt: 'ok', onerror: 'alert(1)', width: '640', height: 'abc', caption: 7 } },
      { type: 'embed', attrs: { url: 'https://evil.example/watch?v=dQw4w9WgXcQ' } },
      { type: 'embed', attrs: { url: 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ' } },
      { type: 'embed', attrs: { url: 'javascript:alert(1)', frameSrc: 'https://evil.example/' } },
      { type: 'embed', attrs: { url: 'https://youtu.be/dQw4w9WgXcQ', frameSrc: 'https://evil.example/frame', provider: 'evil' } },
      { type: 'embed', attrs: { url: 'https://twitter.com/jarida/status/1234567890', frameSrc: 'javascript:alert(1)' } },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'item' }] }] }, { type: 'script' }] },
      ...nest(20),
    ],
  };

  const EXPECTED: RichDocument = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        attrs: { dir: 'rtl' },
        content: [
          { type: 'text', text: 'a' },
          { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
          { type: 'text', text: 'c' },
          { type: 'text', text: 'd' },
          { type: 'text', text: 'e', marks: [{ type: 'link', attrs: { href: 'https://ok.example/e' } }] },
          // Text is text: React escapes it when rendering, so it is kept as typed.
          { type: 'text', text: '<script>alert(1)</script>' },
          { type: 'hardBreak' },
        ],
      },
      { type: 'paragraph', attrs: { dir: null }, content: [] },
      { type: 'heading', attrs: { level: 2, dir: null }, content: [{ type: 'text', text: 'h1' }] },
      { type: 'heading', attrs: { level: 2, dir: null }, content: [{ type: 'text', text: 'h6' }] },
      { type: 'heading', attrs: { level: 3, dir: null }, content: [{ type: 'text', text: 'h3' }] },
      { type: 'heading', attrs: { level: 2, dir: null }, content: [{ type: 'text', text: 'sans niveau' }] },
      { type: 'image', attrs: { src: 'https://cdn.example/p.jpg', alt: 'ok', caption: null, width: 640 } },
      { type: 'embed', attrs: { provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', frameSrc: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' } },
      { type: 'embed', attrs: { provider: 'x', url: 'https://x.com/jarida/status/1234567890', frameSrc: 'https://platform.twitter.com/embed/Tweet.html?id=1234567890' } },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', attrs: { dir: null }, content: [{ type: 'text', text: 'item' }] }] }] },
      // Past the depth limit the quotes are empty, and empty quotes are dropped all the way up.
    ],
  };

  it('stores the sanitised document, not what was posted', async () => {
    const id = await newArticle('JSON hostile');
    await edit(db, room.editor, id, { body: HOSTILE });
    const body = await storedBody(id);
    expect(body).toEqual(EXPECTED);
    expect(body).toEqual(parseRichDocument(HOSTILE));

    // Nothing executable anywhere but inside text; the only "script" left is the escaped text node.
    const withoutText = JSON.stringify(body).replace('"<script>alert(1)</script>"', '""');
    for (const needle of ['script', 'onclick', 'onerror', 'onload', 'javascript:', 'evil.example', 'data:', 'iframe', 'style', 'mention', 'codeBlock']) {
      expect(withoutText, needle).not.toContain(needle);
    }
    // Nesting is bounded: a quote nested past the limit has nothing left inside and is dropped whole.
    let depth = 0;
    for (let node = body.content.at(-1) as BlockNode | undefined; node?.type === 'blockquote'; node = node.content[0]) depth++;
    expect(depth).toBe(0);
  });

  it('renders the stored body without markup from the input', async () => {
    const id = await newArticle('JSON hostile rendu');
    await edit(db, room.editor, id, { body: HOSTILE });
    const html = renderToStaticMarkup(
      createElement(ArticleBody, {
        body: await storedBody(id),
        embedLabels: { placeholder: (p: string) => `Contenu ${p}`, load: 'Charger', open: (p: string) => `Ouvrir sur ${p}` },
      }),
    );
    expect(html).not.toMatch(/<script|<iframe|\son[a-z]+=|javascript:|evil\.example|<h1|<h6/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="https://ok.example/e"');
    expect(html).toContain('<h2><span>h1</span></h2>');
  });

  it('never stores a null or non-object block', async () => {
    const id = await newArticle('Bloc nul');
    const posted = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'avant' }] }, null, 'texte', 7] };
    const outcome = await edit(db, room.editor, id, { body: posted }).then(
      () => 'saved',
      () => 'refused',
    );
    const article = (await getArticleForEdit(db, id))!;
    if (outcome === 'saved') expect(article.body).toEqual({ type: 'doc', content: [{ type: 'paragraph', attrs: { dir: null }, content: [{ type: 'text', text: 'avant' }] }] });
    else expect(article).toMatchObject({ version: 1, body: { type: 'doc', content: [] } });
  });

  // Gaps the first version of lib/rich-text.ts had.
  it('keeps no link that a browser resolves off-site (backslash or tab after the leading slash)', async () => {
    const id = await newArticle('Lien détourné');
    const link = (href: string, text: string) => ({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] });
    await edit(db, room.editor, id, { body: { type: 'doc', content: [{ type: 'paragraph', content: [link('/\\evil.example/a', 'a'), link('/\t/evil.example/b', 'b')] }] } });
    // new URL('/\\evil.example/a', 'https://jarida.ma').href === 'https://evil.example/a'
    expect(JSON.stringify(await storedBody(id))).not.toContain('evil.example');
  });

  it('stores nothing the editor schema rejects (empty text nodes, empty blockquotes)', async () => {
    const id = await newArticle('Nœuds vides');
    await edit(db, room.editor, id, { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }, { type: 'text', text: 'x' }] }, ...nest(20)] } });
    const { nodes } = walk(await storedBody(id));
    expect(nodes.filter((n) => n.type === 'text' && !n.text)).toEqual([]);
    expect(nodes.filter((n) => n.type === 'blockquote' && !n.content?.length)).toEqual([]);
  });

  it('treats a body that is not a document as empty', async () => {
    const id = await newArticle('Pas un document');
    for (const body of ['<p>html brut</p>', null, 42, [], { type: 'paragraph', content: [] }, { type: 'doc', content: { 0: 'x' } }]) {
      await edit(db, room.editor, id, { body });
      expect(await storedBody(id)).toEqual({ type: 'doc', content: [] });
    }
  });
});
