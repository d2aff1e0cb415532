#!/usr/bin/env node
/**
 * deploy/nginx-cache.conf with its @…@ values filled in: one `server` line per instance.
 *
 *   node deploy/render-nginx.mjs --cache-dir /var/cache/nginx/jarida --listen 80 \
 *     --upstream 127.0.0.1:3001 --upstream 127.0.0.1:3002 > /etc/nginx/conf.d/jarida.conf
 *
 * `npm run bench` and tests/e2e/rolling-restart.e2e.test.ts render it the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const NGINX_TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'nginx-cache.conf');

/**
 * @param {{ cacheDir: string, listen: string, upstreams: string[] }} options
 * @param {string} [template] the configuration's text (default: deploy/nginx-cache.conf)
 * @returns {string}
 */
export function renderNginxSite({ cacheDir, listen, upstreams }, template = readFileSync(NGINX_TEMPLATE, 'utf8')) {
  if (!upstreams.length) throw new Error('at least one upstream instance (host:port) is needed');
  return template
    .split('\n')
    .flatMap((line) => (line.includes('@UPSTREAM@') ? upstreams.map((upstream) => line.replace('@UPSTREAM@', upstream)) : [line]))
    .join('\n')
    .replaceAll('@CACHE_DIR@', cacheDir)
    .replaceAll('@LISTEN@', listen);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: { 'cache-dir': { type: 'string' }, listen: { type: 'string' }, upstream: { type: 'string', multiple: true } },
  });
  if (!values['cache-dir'] || !values.listen || !values.upstream?.length) {
    console.error('usage: node deploy/render-nginx.mjs --cache-dir DIR --listen ADDRESS --upstream HOST:PORT [--upstream HOST:PORT …]');
    process.exit(2);
  }
  process.stdout.write(renderNginxSite({ cacheDir: values['cache-dir'], listen: values.listen, upstreams: values.upstream }));
}
