import { serializeJsonLd, type JsonLd } from '@/lib/seo/json-ld';

/** Structured data, rendered on the server into the HTML; no client code. */
export function JsonLdScript({ data }: { data: JsonLd }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
