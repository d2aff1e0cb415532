import http from 'node:http';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

interface Answer {
  status: number;
  location: string | undefined;
  body: string;
}

/** A request to the server's bound address (127.0.0.1) under the Host and forwarding headers nginx sends. */
function viaProxy(path: string, headers: Record<string, string>): Promise<Answer> {
  const port = new URL(baseUrl).port;
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location, body }));
    });
    request.on('error', reject);
  });
}

// Routed through proxy.ts, where next-intl rewrites localized paths to the app's own routes.
const localizedPaths = [
  '/fr/rubrique/maroc',
  '/ar/qism/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8',
  '/fr/recherche?q=economie',
  '/ar/bahth?q=%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8',
  '/fr/horaires-priere/rabat',
  '/fr/dernieres-nouvelles',
  '/admin/fr/login',
];

describe.skipIf(!baseUrl)('a server bound to 127.0.0.1 behind a reverse proxy', () => {
  const asSentByNginx: Record<string, string>[] = [
    { host: 'news.example.org', 'x-forwarded-for': '203.0.113.7' },
    { host: 'news.example.org', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' },
  ];
  for (const headers of asSentByNginx) {
    it(`answers localized pages itself, not with a redirect to their own URL (${headers['x-forwarded-proto'] ?? 'http'})`, async () => {
      const answers = await Promise.all(localizedPaths.map(async (path) => ({ path, ...(await viaProxy(path, headers)) })));
      for (const answer of answers) {
        expect({ path: answer.path, status: answer.status, location: answer.location }).toEqual({ path: answer.path, status: 200, location: undefined });
        expect(answer.body).toContain('<html');
      }
    });
  }
});
