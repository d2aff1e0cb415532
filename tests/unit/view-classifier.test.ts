import { describe, expect, it } from 'vitest';
import { classifyViewRequest, isBotUserAgent, isPrefetch } from '@/lib/views/classify';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const FIREFOX_ANDROID = 'Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0';
const CUBOT = 'Mozilla/5.0 (Linux; Android 12; CUBOT KingKong 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';

function headers(values: Record<string, string>) {
  return new Headers({ host: 'jarida.ma', origin: 'https://jarida.ma', 'user-agent': CHROME, ...values });
}

describe('view classifier', () => {
  it('counts browsers', () => {
    for (const userAgent of [CHROME, SAFARI_IPHONE, FIREFOX_ANDROID, CUBOT]) {
      expect(isBotUserAgent(userAgent), userAgent).toBe(false);
      expect(classifyViewRequest(headers({ 'user-agent': userAgent }))).toBe('count');
    }
  });

  it('ignores crawlers, previewers, monitors, headless browsers and HTTP libraries', () => {
    const bots = [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Twitterbot/1.0',
      'Mozilla/5.0 (compatible; YandexBot/3.0)',
      'Mozilla/5.0 (compatible; Yahoo! Slurp)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0 Mobile Safari/537.36 Chrome-Lighthouse',
      'Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)',
      'UptimeRobot/2.0',
      'curl/8.5.0',
      'Wget/1.21.4',
      'python-requests/2.32.3',
      'axios/1.7.7',
      'node-fetch/1.0',
      'Go-http-client/2.0',
      'okhttp/4.12.0',
      'Java/17.0.2',
      '',
      'x',
    ];
    for (const userAgent of bots) {
      expect(isBotUserAgent(userAgent), userAgent).toBe(true);
      expect(classifyViewRequest(headers({ 'user-agent': userAgent })), userAgent).toBe('bot');
    }
    expect(isBotUserAgent(null)).toBe(true);
  });

  it('ignores prefetches and prerenders', () => {
    const prefetches: Record<string, string>[] = [
      { 'sec-purpose': 'prefetch' },
      { 'sec-purpose': 'prefetch;prerender' },
      { purpose: 'prefetch' },
      { 'x-purpose': 'preview' },
      { 'x-moz': 'prefetch' },
      { 'next-router-prefetch': '1' },
    ];
    for (const extra of prefetches) {
      expect(isPrefetch(new Headers(extra)), JSON.stringify(extra)).toBe(true);
      expect(classifyViewRequest(headers(extra))).toBe('prefetch');
    }
    expect(isPrefetch(new Headers({ 'sec-fetch-mode': 'no-cors' }))).toBe(false);
  });

  it('rejects other sites and requests that do not say where they come from', () => {
    expect(classifyViewRequest(headers({ origin: 'https://evil.example' }))).toBe('foreign');
    expect(classifyViewRequest(headers({ origin: 'null' }))).toBe('foreign');
    expect(classifyViewRequest(headers({ origin: 'not a url' }))).toBe('foreign');
    const noOrigin = new Headers({ host: 'jarida.ma', 'user-agent': CHROME });
    expect(classifyViewRequest(noOrigin)).toBe('foreign');
    noOrigin.set('sec-fetch-site', 'cross-site');
    expect(classifyViewRequest(noOrigin)).toBe('foreign');
    noOrigin.set('sec-fetch-site', 'same-origin');
    expect(classifyViewRequest(noOrigin)).toBe('count');
    // Behind a proxy, the public host is in X-Forwarded-Host.
    expect(classifyViewRequest(headers({ host: 'localhost:3000', 'x-forwarded-host': 'jarida.ma' }))).toBe('count');
  });
});
