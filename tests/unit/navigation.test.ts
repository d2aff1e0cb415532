import { describe, expect, it } from 'vitest';
import { getPathname } from '@/lib/i18n/navigation';

// Our getPathname does not import next-intl's navigation (it would ship next-intl's client Link to
// every page). Expected values were produced by next-intl's createNavigation(routing).getPathname.
const cases: [string, unknown, string][] = [
  ["fr", "/", "/fr"],
  ["fr", "/latest", "/fr/dernieres-nouvelles"],
  ["fr", "/search", "/fr/recherche"],
  ["fr", "/cookies", "/fr/cookies"],
  ["fr", "/rss", "/fr/rss"],
  ["fr", {"pathname": "/article/[slug]", "params": {"slug": "un-titre"}}, "/fr/article/un-titre"],
  ["fr", {"pathname": "/article/[slug]", "params": {"slug": "ترامواي-الرباط-سلا"}}, "/fr/article/%D8%AA%D8%B1%D8%A7%D9%85%D9%88%D8%A7%D9%8A-%D8%A7%D9%84%D8%B1%D8%A8%D8%A7%D8%B7-%D8%B3%D9%84%D8%A7"],
  ["fr", {"pathname": "/section/[section]", "params": {"section": "economie"}}, "/fr/rubrique/economie"],
  ["fr", {"pathname": "/section/[section]/page/[page]", "params": {"section": "economie", "page": 3}}, "/fr/rubrique/economie/page/3"],
  ["fr", {"pathname": "/author/[slug]/page/[page]", "params": {"slug": "a-b", "page": "2"}}, "/fr/auteur/a-b/page/2"],
  ["fr", {"pathname": "/tag/[tag]", "params": {"tag": "eau potable"}}, "/fr/sujet/eau%20potable"],
  // Dot segments are resolved and unreserved characters kept as they are, as URL parsing does.
  ["fr", {"pathname": "/article/[slug]", "params": {"slug": "v1.2-bilan"}}, "/fr/article/v1.2-bilan"],
  ["fr", {"pathname": "/article/[slug]", "params": {"slug": ".."}}, "/fr"],
  ["fr", {"pathname": "/article/[slug]", "params": {"slug": "x/../y"}}, "/fr/article/y"],
  ["fr", {"pathname": "/article/[slug]", "params": {"slug": "a_b~c"}}, "/fr/article/a_b~c"],
  ["fr", {"pathname": "/prayer-times/[city]", "params": {"city": "rabat"}}, "/fr/horaires-priere/rabat"],
  ["fr", {"pathname": "/search", "query": {"q": "pluie à Rabat", "page": 2}}, "/fr/recherche?q=pluie+%C3%A0+Rabat&page=2"],
  ["fr", {"pathname": "/", "query": {"x": "1"}}, "/fr?x=1"],
  ["ar", "/", "/ar"],
  ["ar", "/latest", "/ar/akhir-al-akhbar"],
  ["ar", "/search", "/ar/bahth"],
  ["ar", "/cookies", "/ar/cookies"],
  ["ar", "/rss", "/ar/rss"],
  ["ar", {"pathname": "/article/[slug]", "params": {"slug": "un-titre"}}, "/ar/article/un-titre"],
  ["ar", {"pathname": "/article/[slug]", "params": {"slug": "ترامواي-الرباط-سلا"}}, "/ar/article/%D8%AA%D8%B1%D8%A7%D9%85%D9%88%D8%A7%D9%8A-%D8%A7%D9%84%D8%B1%D8%A8%D8%A7%D8%B7-%D8%B3%D9%84%D8%A7"],
  ["ar", {"pathname": "/section/[section]", "params": {"section": "economie"}}, "/ar/qism/economie"],
  ["ar", {"pathname": "/section/[section]/page/[page]", "params": {"section": "economie", "page": 3}}, "/ar/qism/economie/page/3"],
  ["ar", {"pathname": "/author/[slug]/page/[page]", "params": {"slug": "a-b", "page": "2"}}, "/ar/katib/a-b/page/2"],
  ["ar", {"pathname": "/tag/[tag]", "params": {"tag": "eau potable"}}, "/ar/mawdu/eau%20potable"],
  ["ar", {"pathname": "/prayer-times/[city]", "params": {"city": "rabat"}}, "/ar/mawaqit-assalat/rabat"],
  ["ar", {"pathname": "/search", "query": {"q": "pluie à Rabat", "page": 2}}, "/ar/bahth?q=pluie+%C3%A0+Rabat&page=2"],
  ["ar", {"pathname": "/", "query": {"x": "1"}}, "/ar?x=1"],
];

describe('getPathname agrees with next-intl', () => {
  for (const [locale, href, expected] of cases) {
    it(`${locale} ${JSON.stringify(href)}`, () => {
      expect(getPathname({ locale, href } as Parameters<typeof getPathname>[0])).toBe(expected);
    });
  }
});
