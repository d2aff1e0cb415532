/*
 * The one way this project writes XML (sitemaps, feeds, Pango markup for images): elements are
 * built as data and every text and attribute value is escaped on output, so no caller can forget.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string | number | undefined>;
  children: XmlChild[];
}

export type XmlChild = XmlElement | string | number | null | undefined | false | XmlChild[];

// Characters XML 1.0 forbids outright (C0 controls but tab/newline/return, lone surrogates,
// U+FFFE/U+FFFF). A stray one from a pasted title would make the whole document unparseable.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an element or a quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

export function el(name: string, attributes: XmlElement['attributes'] = {}, ...children: XmlChild[]): XmlElement {
  return { name, attributes, children };
}

function isElement(child: XmlChild): child is XmlElement {
  return typeof child === 'object' && child !== null && !Array.isArray(child);
}

/** `depth` null renders on one line (inside mixed content, where whitespace would be text). */
function renderChild(child: XmlChild, depth: number | null, out: string[]): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const item of child) renderChild(item, depth, out);
    return;
  }
  if (!isElement(child)) {
    out.push(escapeXml(String(child)));
    return;
  }
  const indent = depth === null ? '' : '  '.repeat(depth);
  const attributes = Object.entries(child.attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const children = flatten(child.children);
  if (children.length === 0) {
    out.push(`${indent}<${child.name}${attributes}/>`);
    return;
  }
  if (depth === null || !children.every(isElement)) {
    const inline: string[] = [];
    for (const item of children) renderChild(item, null, inline);
    out.push(`${indent}<${child.name}${attributes}>${inline.join('')}</${child.name}>`);
    return;
  }
  out.push(`${indent}<${child.name}${attributes}>`);
  for (const item of children) renderChild(item, depth + 1, out);
  out.push(`${indent}</${child.name}>`);
}

function flatten(children: XmlChild[]): (XmlElement | string | number)[] {
  return children.flatMap((child) => {
    if (Array.isArray(child)) return flatten(child);
    if (child === null || child === undefined || child === false || child === '') return [];
    return [child];
  });
}

/** A complete UTF-8 document with its declaration. */
export function renderXml(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  renderChild(root, 0, out);
  return `${out.join('\n')}\n`;
}

/** Serialises an element (or text) without a declaration, e.g. Pango markup. */
export function renderFragment(child: XmlChild): string {
  const out: string[] = [];
  renderChild(child, null, out);
  return out.join('');
}
