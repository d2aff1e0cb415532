CREATE TABLE "article_views_hourly" (
	"article_id" integer NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "article_views_hourly_article_id_bucket_pk" PRIMARY KEY("article_id","bucket")
);
--> statement-breakpoint
ALTER TABLE "article_views_hourly" ADD CONSTRAINT "article_views_hourly_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_views_hourly_bucket_idx" ON "article_views_hourly" USING btree ("bucket");--> statement-breakpoint
-- ---------------------------------------------------------------------------------------------
-- Site search (custom SQL below this line; everything above is drizzle-kit output).
--
-- Documents and queries go through the same IMMUTABLE normalisation, so a stored generated
-- tsvector can be indexed. French: the 'french' Snowball stemmer behind the unaccent dictionary
-- ("economie" finds "économie"). Arabic: hamza/alef forms, ta marbuta and alef maqsura folded,
-- tatweel and harakat dropped (jarida_search_normalize), then the 'arabic' Snowball stemmer.
-- Both extensions are trusted (PostgreSQL 13+), and PGlite loads them from its contrib build.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.jarida_fr (COPY = pg_catalog.french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.jarida_fr ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.jarida_ar (COPY = pg_catalog.arabic);--> statement-breakpoint
-- Latin words in Arabic articles (names, French terms) are folded too.
ALTER TEXT SEARCH CONFIGURATION public.jarida_ar ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, arabic_stem;--> statement-breakpoint
CREATE FUNCTION public.jarida_search_config(loc public.locale) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE loc WHEN 'ar' THEN 'public.jarida_ar'::regconfig ELSE 'public.jarida_fr'::regconfig END $$;--> statement-breakpoint
-- One character in, at most one out, so the app can map highlighted positions back to the
-- original text (lib/search/normalize.ts mirrors this function; a test compares them).
-- أ إ آ ٱ ٲ ٳ → ا, ؤ → و, ئ → ي, ة → ه, ى → ي, Persian ی → ي; tatweel, harakat (U+064B–U+065F)
-- and the superscript alef (U+0670) are removed. The conjunction و is dropped before ال when at
-- least three letters follow ("والمغرب" → "المغرب"): the Snowball stemmer keeps "وا…" words whole,
-- and the length condition spares words like والي and والدة.
CREATE FUNCTION public.jarida_search_normalize(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT regexp_replace(
    translate(t,
      U&'\0623\0625\0622\0671\0672\0673\0624\0626\0629\0649\06CC\0640\064B\064C\064D\064E\064F\0650\0651\0652\0653\0654\0655\0656\0657\0658\0659\065A\065B\065C\065D\065E\065F\0670',
      U&'\0627\0627\0627\0627\0627\0627\0648\064A\0647\064A\064A'),
    U&'(?<![\0621-\064A])\0648(?=\0627\0644[\0621-\064A]{3})', '', 'g') $$;--> statement-breakpoint
-- unaccent(text) is only STABLE (it looks its dictionary up by name); the two-argument form with
-- a schema-qualified dictionary is safe to declare IMMUTABLE.
CREATE FUNCTION public.jarida_search_key(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, public.jarida_search_normalize(t))) $$;--> statement-breakpoint
-- Plain text of a ProseMirror document: text nodes of each paragraph/heading, in document order.
CREATE FUNCTION public.jarida_rich_text(body jsonb, block_types text[] DEFAULT ARRAY['paragraph', 'heading']) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT coalesce(string_agg(blocks.block_text, E'\n' ORDER BY blocks.block_no), '')
    FROM (
      SELECT b.block_no, (
        SELECT string_agg(CASE WHEN i.node->>'type' = 'text' THEN i.node->>'text' ELSE ' ' END, '' ORDER BY i.n)
        FROM jsonb_path_query(b.block, 'strict $.content[*] ? (@.type == "text" || @.type == "hardBreak")') WITH ORDINALITY AS i(node, n)
      ) AS block_text
      FROM jsonb_path_query(body, 'strict $.** ? (@.type == "paragraph" || @.type == "heading")') WITH ORDINALITY AS b(block, block_no)
      WHERE b.block->>'type' = ANY(block_types)
    ) AS blocks
    WHERE blocks.block_text IS NOT NULL
  $$;--> statement-breakpoint
-- Title A, summary B, body C: ts_rank_cd then puts a title match above a body match.
CREATE FUNCTION public.jarida_search_vector(loc public.locale, title text, summary text, body jsonb) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector(public.jarida_search_config(loc), public.jarida_search_normalize(coalesce(title, ''))), 'A')
        || setweight(to_tsvector(public.jarida_search_config(loc), public.jarida_search_normalize(coalesce(summary, ''))), 'B')
        || setweight(to_tsvector(public.jarida_search_config(loc), public.jarida_search_normalize(coalesce(public.jarida_rich_text(body), ''))), 'C')
  $$;--> statement-breakpoint
-- After changing any function above, rebuild with `UPDATE articles SET title = title`.
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (public.jarida_search_vector(locale, title, summary, body)) STORED;--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search_vector") WHERE "status" = 'published';--> statement-breakpoint
-- "Did you mean": words of published titles and headings, matched by trigram distance on a
-- folded key (no accents, no harakat). Refreshed by the seed, by refreshSearchLexicon() after
-- publishing, and at most every few minutes by the search itself.
CREATE MATERIALIZED VIEW "search_lexicon" AS
  SELECT w.locale, public.jarida_search_key(w.word) AS key, mode() WITHIN GROUP (ORDER BY w.word) AS word,
         count(DISTINCT w.article_id)::int AS articles
  FROM (
    SELECT a.id AS article_id, a.locale, t.word
    FROM articles a
    CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('pg_catalog.simple'::regconfig,
      a.title || ' ' || public.jarida_rich_text(a.body, ARRAY['heading'])))) AS t(word)
    WHERE a.status = 'published'
  ) AS w
  WHERE char_length(w.word) BETWEEN 3 AND 40 AND w.word !~ '[0-9]'
  GROUP BY w.locale, public.jarida_search_key(w.word);--> statement-breakpoint
CREATE UNIQUE INDEX "search_lexicon_locale_key" ON "search_lexicon" ("locale", "key");--> statement-breakpoint
CREATE INDEX "search_lexicon_trgm_idx" ON "search_lexicon" USING gist ("key" gist_trgm_ops);
