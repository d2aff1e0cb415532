import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScriptlessProxy, withoutScripts, type ScriptlessProxy } from '../../bench/scriptless-proxy';

const PAGE = [
  '<!DOCTYPE html><html lang="fr"><head>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<link rel="stylesheet" href="/_next/static/chunks/c.css"/>',
  '</head><body><h1>Titre</h1><p>Texte du paragraphe.</p>',
  '<script>self.__next_f.push([1,"payload"])</script>',
  '<SCRIPT type="application/ld+json">{"@type":"NewsArticle"}</SCRIPT>',
  '</body></html>',
].join('');

describe('bench: the page without its scripts', () => {
  it('drops every script and script preload, and keeps the rest of the document', () => {
    const bare = withoutScripts(PAGE);
    expect(bare).not.toMatch(/<script/i);
    expect(bare).not.toContain('as="script"');
    expect(bare).toContain('<link rel="stylesheet" href="/_next/static/chunks/c.css"/>');
    expect(bare).toContain('<h1>Titre</h1><p>Texte du paragraphe.</p>');
  });

  describe('through the proxy', () => {
    let origin: http.Server;
    let proxy: ScriptlessProxy;

    beforeAll(async () => {
      origin = http.createServer((req, res) => {
        if (req.url === '/page') {
          res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'x-origin': 'yes' });
          res.end(PAGE);
        } else {
          res.writeHead(200, { 'content-type': 'application/javascript' });
          res.end('<script>kept()</script>');
        }
      });
      await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
      proxy = await startScriptlessProxy(`http://127.0.0.1:${(origin.address() as AddressInfo).port}`);
    });

    afterAll(async () => {
      await proxy.close();
      await new Promise((resolve) => origin.close(resolve));
    });

    it('serves documents without scripts, with their status and headers', async () => {
      const response = await fetch(`${proxy.origin}/page`);
      expect(response.status).toBe(404);
      expect(response.headers.get('x-origin')).toBe('yes');
      const body = await response.text();
      expect(body).not.toMatch(/<script/i);
      expect(body).toContain('<h1>Titre</h1>');
    });

    it('passes anything that is not HTML through unchanged', async () => {
      const response = await fetch(`${proxy.origin}/chunk.js`);
      expect(await response.text()).toBe('<script>kept()</script>');
    });
  });
});
