import { Node, type JSONContent } from '@tiptap/core';
import { generateJSON } from '@tiptap/html/server';
import StarterKit from '@tiptap/starter-kit';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { eq, inArray, sql } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ArticleBody } from '@/components/site/article-body';
import { articles, media } from '@/db/schema';
import { createArticle, getArticleForEdit, getRevision, listRevisions } from '@/lib/admin/articles/queries';
import { editorExtensions } from '@/lib/editor/extensions';
import { loadAdminMessages } from '@/lib/i18n/admin-messages';
import { documentText, parseRichDocument, type BlockNode, type RichDocument } from '@/lib/rich-text';
import { testDb } from './support/db';
import { createNewsroom, currentVersion, edit, rejection, removeNewsroom, revisionCount, uniqueSuffix, type Newsroom, restoreRevision } from './support/articles';
import { ExpectedError } from '@/lib/admin/errors';

/*
 * Article bodies come from the browser as Tiptap JSON and are never trusted: saveArticle runs
 * them through parseRichDocument. These tests paste hostile HTML through a Tiptap extension set
 * (as the editor would), and also post hand-written hostile JSON (as a forged request would),
 * then read back what was stored.
 */

const handle = testDb();
const db = handle.db;
let room: Newsroom;

// Library pictures of this file: body images may only be these (`/media/<key>` of a media row).
const RUN = uniqueSuffix();
const LIBRARY_KEY = `test/sanitise-${RUN}/photo.webp`;
const LIBRARY_SRC = `/media/${LIBRARY_KEY}`;
const RENDITION_SRC = `/media/test/sanitise-${RUN}/w640.avif`;
const DOOMED_KEY = `test/sanitise-${RUN}/doomed.webp`;
const mediaIds: number[] = [];

beforeAll(async () => {
  room = await createNewsroom(db, 'clean');
  const rows = await db
    .insert(media)
    .values(
      [LIBRARY_KEY, DOOMED_KEY].map((storageKey) => ({
        storageKey,
        mimeType: 'image/webp',
        width: 1200,
        height: 675,
        bytes: 4096,
        altFr: 'Port de Tanger',
        altAr: 'ميناء طنجة',
        credit: 'Rédaction',
        variants: storageKey === LIBRARY_KEY ? [{ width: 640, height: 360, format: 'avif', key: `test/sanitise-${RUN}/w640.avif`, bytes: 1024 }] : [],
      })),
    )
    .returning({ id: media.id });
  mediaIds.push(...rows.map((row) => row.id));
});
afterAll(async () => {
  await removeNewsroom(db, room);
  if (mediaIds.length) await db.delete(media).where(inArray(media.id, mediaIds));
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
// Its links get no default target (Tiptap's is "_blank" on every link): a pasted link asks for no
// new tab, and the stored body must not invent one (the link dialog's choice is tested in rich-text).
const EXTENSIONS = [StarterKit.configure({ link: { openOnClick: false, autolink: true, HTMLAttributes: { target: null } } }), Image, Embed];

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
  for (const node of nodes.filter((n) => n.type === 'image')) expect(String(node.attrs!.src)).toMatch(/^\/media\/[a-z0-9_-]/);
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
    // The <img src=x> is not a library picture: the save is refused, naming it, and writes nothing.
    expect(await rejection(edit(db, room.editor, id, { body: pasted }))).toMatchObject({ field: 'body', messageKey: 'errors.imageSource', values: { src: 'x' } });
    expect(await currentVersion(db, id)).toBe(1);
    // The editor takes the picture out and saves again.
    const withoutImage = { ...pasted, content: (pasted.content as JSONContent[]).filter((node) => node.type !== 'image') };
    await edit(db, room.editor, id, { body: withoutImage });
    const body = await storedBody(id);

    expectNothingHostile(body);
    expect(body).toEqual(parseRichDocument(pasted));
    expect(body).toEqual(parseRichDocument(withoutImage));
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
    for (const needle of ['script', 'iframe', 'onclick', 'onerror', 'javascript:', 'evil.example', '"level":1', '"image"']) expect(json, needle).not.toContain(needle);
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
      `<img src="${LIBRARY_SRC}" alt="Photo">`;
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
    expect(body.content.at(-1)).toEqual({ type: 'image', attrs: { src: LIBRARY_SRC, alt: 'Photo', caption: null } });
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
      // Hostile image addresses are refused at save (see "body images" below); attributes are cleaned.
      { type: 'image', attrs: { src: LIBRARY_SRC, alt: 'ok', onerror: 'alert(1)', width: '640', height: 'abc', caption: 7 } },
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
      { type: 'image', attrs: { src: LIBRARY_SRC, alt: 'ok', caption: null, width: 640 } },
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
    expect(html).toContain('<h2>h1</h2>');
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

/*
 * Body images come from the media library only: any other address makes every reader's browser
 * call a third party (a tracking pixel). A save refuses them with the address named; the reader's
 * sanitiser drops any that an older body still holds.
 */
describe(`body images (${inject('databaseKind')})`, () => {
  const image = (src: unknown) => ({ type: 'image', attrs: { src, alt: 'pixel' } });
  const doc = (...content: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte' }] }, ...content] });

  const OFF_SITE: [unknown, string][] = [
    ['https://tracker.example/pixel.gif', 'https://tracker.example/pixel.gif'],
    ['http://tracker.example/p.gif', 'http://tracker.example/p.gif'],
    ['HTTPS://TRACKER.EXAMPLE/P.GIF', 'HTTPS://TRACKER.EXAMPLE/P.GIF'],
    ['//tracker.example/p.gif', '//tracker.example/p.gif'],
    ['/\\tracker.example/p.gif', '/\\tracker.example/p.gif'],
    ['/media//tracker.example/p.gif', '/media//tracker.example/p.gif'],
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', 'data:image/gif;base64,R0lGODlhAQABAAAAACw='],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    [`/media/%2e%2e/${LIBRARY_KEY}`, `/media/%2e%2e/${LIBRARY_KEY}`],
    ['/media/../../etc/passwd', '/media/../../etc/passwd'],
    [`/media/${LIBRARY_KEY}?u=1`, `/media/${LIBRARY_KEY}?u=1`],
    [` ${LIBRARY_SRC}`, LIBRARY_SRC], // a leading space: browsers strip it, the rule does not
    [`https://jarida.ma${LIBRARY_SRC}`, `https://jarida.ma${LIBRARY_SRC}`],
    ['x', 'x'],
    ['', '—'],
    [null, '—'],
  ];

  it('refuses, at save, a body image from anywhere but the library, naming it, and writes nothing', async () => {
    const id = await newArticle('Pixel espion');
    const before = await storedBody(id);
    const revisions = await revisionCount(db, id);
    for (const [src, named] of OFF_SITE) {
      const error = await rejection(edit(db, room.editor, id, { body: doc(image(src)) }));
      expect(error, String(src)).toBeInstanceOf(ExpectedError);
      expect(error, String(src)).toMatchObject({ code: 'bad_request', status: 400, field: 'body', messageKey: 'errors.imageSource', values: { src: named } });
    }
    // Hidden deeper in the document, or after a library image, it is found all the same.
    for (const body of [
      { type: 'doc', content: [{ type: 'blockquote', content: [image('https://tracker.example/q.gif')] }] },
      { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }, image('https://tracker.example/l.gif')] }] }] },
      doc(image(LIBRARY_SRC), image('https://tracker.example/after.gif')),
    ]) {
      expect(await rejection(edit(db, room.editor, id, { body }))).toMatchObject({ field: 'body', messageKey: 'errors.imageSource', values: { src: expect.stringMatching(/^https:\/\/tracker\.example\//) } });
    }
    expect(await currentVersion(db, id)).toBe(1);
    expect(await storedBody(id)).toEqual(before);
    expect(await revisionCount(db, id)).toBe(revisions);
  });

  it('refuses a /media/ address that is no file of the library', async () => {
    const id = await newArticle('Image inconnue');
    const src = `/media/test/sanitise-${RUN}/absent.webp`;
    expect(await rejection(edit(db, room.editor, id, { body: doc(image(src)) }))).toMatchObject({ field: 'body', messageKey: 'errors.imageMissing', values: { src } });
    expect(await currentVersion(db, id)).toBe(1);
  });

  it('stores library images, as their original or a rendition', async () => {
    const id = await newArticle('Image de la médiathèque');
    await edit(db, room.editor, id, { body: doc({ type: 'image', attrs: { src: LIBRARY_SRC, alt: 'Port', caption: 'Le port', width: 1200, height: 675 } }, image(RENDITION_SRC)) });
    const body = await storedBody(id);
    expect(body.content.slice(1)).toEqual([
      { type: 'image', attrs: { src: LIBRARY_SRC, alt: 'Port', caption: 'Le port', width: 1200, height: 675 } },
      { type: 'image', attrs: { src: RENDITION_SRC, alt: 'pixel', caption: null } },
    ]);
  });

  it('tells the editor in French and Arabic which image is refused and why', async () => {
    for (const locale of ['fr', 'ar'] as const) {
      const t = createTranslator({ locale, messages: { Admin: await loadAdminMessages(locale) }, namespace: 'Admin.errors' }) as unknown as (key: string, values: Record<string, string>) => string;
      const source = t('imageSource', { src: 'https://tracker.example/pixel.gif' });
      const missing = t('imageMissing', { src: '/media/x.webp' });
      expect(source).toContain('https://tracker.example/pixel.gif');
      expect(missing).toContain('/media/x.webp');
      expect(source).toMatch(locale === 'fr' ? /médiathèque/ : /مكتبة الوسائط/);
      expect(missing).toMatch(locale === 'fr' ? /médiathèque/ : /مكتبة الوسائط/);
    }
  });

  it('renders an older body without the off-site images it still holds', async () => {
    const id = await newArticle('Ancien contenu');
    // Written before the rule existed: straight into the table, as an old row would be.
    await db
      .update(articles)
      .set({ body: doc(image('https://tracker.example/old.gif'), image('//tracker.example/old2.gif'), image('data:image/gif;base64,R0lGOD'), image(LIBRARY_SRC)) })
      .where(eq(articles.id, id));
    const html = renderToStaticMarkup(createElement(ArticleBody, { body: (await getArticleForEdit(db, id))!.body }));
    expect(html).not.toMatch(/tracker\.example|data:/);
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain(`src="${LIBRARY_SRC}"`);
  });

  it('restores an old version without its off-site images or pictures deleted since', async () => {
    const id = await newArticle('Version ancienne');
    await edit(db, room.editor, id, { body: doc(image(LIBRARY_SRC), image(`/media/${DOOMED_KEY}`)) });
    const [saved] = await listRevisions(db, id);
    // That revision also holds a pixel (as revisions saved before the rule may), and one picture leaves the library.
    const revision = (await getRevision(db, id, saved!.id))!;
    const snapshot = { ...revision.snapshot, body: doc(image('https://tracker.example/r.gif'), image(LIBRARY_SRC), image(`/media/${DOOMED_KEY}`)) };
    await db.execute(sql`update article_revisions set snapshot = ${JSON.stringify(snapshot)}::jsonb where id = ${saved!.id}`);
    await db.delete(media).where(eq(media.storageKey, DOOMED_KEY));
    await edit(db, room.editor, id, { body: doc() });
    await restoreRevision(db, room.editor, { id, revisionId: saved!.id, expectedVersion: await currentVersion(db, id) });
    expect((await storedBody(id)).content.filter((node) => node.type === 'image')).toEqual([{ type: 'image', attrs: { src: LIBRARY_SRC, alt: 'pixel', caption: null } }]);
  });
});
