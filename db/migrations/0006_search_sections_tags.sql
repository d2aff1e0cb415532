-- Search by section and tag names (custom SQL; Drizzle models none of it, see db/schema.ts).
--
-- A reader who types "économie" or "اقتصاد" means the Économie section's stories, and one who
-- types a tag means the tagged ones; the tsvector knew only title, summary and body. A generated
-- column cannot read other tables, so articles.search_terms holds the names of the article's
-- section and tags in its language, kept up to date by the triggers below, and the vector
-- weighs it like the summary: title A, section/tags/summary B, body C.
--
-- The old vector goes first so that filling search_terms does not rebuild it for nothing.
DROP INDEX "articles_search_idx";--> statement-breakpoint
ALTER TABLE "articles" DROP COLUMN "search_vector";--> statement-breakpoint
DROP FUNCTION public.jarida_search_vector(public.locale, text, text, jsonb);--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_terms" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Section name, then tag names, one per line. The Arabic Snowball stemmer does not stem a word
-- the same way with and without the article (رياضة → رياض, الرياضة → رياضه), so a one-word
-- Arabic name is listed in both forms.
CREATE FUNCTION public.jarida_article_terms(article integer, loc public.locale, section integer) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(string_agg(CASE
             WHEN loc = 'ar' AND n.name !~ '\s' AND n.name !~ U&'^\0627\0644' AND n.name ~ U&'[\0621-\064A]'
             THEN n.name || ' ' || U&'\0627\0644' || n.name ELSE n.name END, E'\n' ORDER BY n.k, n.name), '')
    FROM (
      SELECT 0 AS k, CASE loc WHEN 'ar' THEN s.name_ar ELSE s.name_fr END AS name FROM public.sections s WHERE s.id = section
      UNION ALL
      SELECT 1, t.name FROM public.article_tags x JOIN public.tags t ON t.id = x.tag_id WHERE x.article_id = article
    ) AS n
  $$;--> statement-breakpoint
CREATE FUNCTION public.jarida_articles_search_terms() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
    BEGIN
      NEW.search_terms := public.jarida_article_terms(NEW.id, NEW.locale, NEW.section_id);
      RETURN NEW;
    END
  $$;--> statement-breakpoint
-- Whatever a write puts in search_terms (a copy of another row, an old value), the row gets its own.
CREATE TRIGGER "articles_search_terms" BEFORE INSERT OR UPDATE ON "articles"
  FOR EACH ROW EXECUTE FUNCTION public.jarida_articles_search_terms();--> statement-breakpoint
-- Once per statement: the seed and the admin write an article's tags in one statement.
CREATE FUNCTION public.jarida_article_tags_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
    BEGIN
      UPDATE public.articles SET search_terms = '' WHERE id IN (SELECT article_id FROM changed);
      RETURN NULL;
    END
  $$;--> statement-breakpoint
CREATE TRIGGER "article_tags_inserted_search_terms" AFTER INSERT ON "article_tags"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION public.jarida_article_tags_changed();--> statement-breakpoint
CREATE TRIGGER "article_tags_deleted_search_terms" AFTER DELETE ON "article_tags"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION public.jarida_article_tags_changed();--> statement-breakpoint
CREATE FUNCTION public.jarida_tags_renamed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
    BEGIN
      UPDATE public.articles a SET search_terms = '' FROM public.article_tags x
      WHERE x.article_id = a.id AND x.tag_id IN (
        SELECT n.id FROM renamed_new n JOIN renamed_old o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name);
      RETURN NULL;
    END
  $$;--> statement-breakpoint
CREATE TRIGGER "tags_renamed_search_terms" AFTER UPDATE ON "tags"
  REFERENCING OLD TABLE AS renamed_old NEW TABLE AS renamed_new FOR EACH STATEMENT EXECUTE FUNCTION public.jarida_tags_renamed();--> statement-breakpoint
CREATE FUNCTION public.jarida_sections_renamed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
    BEGIN
      UPDATE public.articles a SET search_terms = '' WHERE a.section_id IN (
        SELECT n.id FROM renamed_new n JOIN renamed_old o ON o.id = n.id
        WHERE n.name_fr IS DISTINCT FROM o.name_fr OR n.name_ar IS DISTINCT FROM o.name_ar);
      RETURN NULL;
    END
  $$;--> statement-breakpoint
CREATE TRIGGER "sections_renamed_search_terms" AFTER UPDATE ON "sections"
  REFERENCING OLD TABLE AS renamed_old NEW TABLE AS renamed_new FOR EACH STATEMENT EXECUTE FUNCTION public.jarida_sections_renamed();--> statement-breakpoint
UPDATE "articles" SET search_terms = '';--> statement-breakpoint
-- The head of the vector: title A, section and tags B, summary B.
CREATE FUNCTION public.jarida_search_head(loc public.locale, title text, terms text, summary text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector(public.jarida_search_config(loc), public.jarida_search_normalize(coalesce(title, ''))), 'A')
        || setweight(to_tsvector(public.jarida_search_config(loc), public.jarida_search_normalize(coalesce(terms, ''))), 'B')
        || setweight(to_tsvector(public.jarida_search_config(loc), public.jarida_search_normalize(coalesce(summary, ''))), 'B')
  $$;--> statement-breakpoint
-- The whole vector: the head, then the body C.
CREATE FUNCTION public.jarida_search_vector(loc public.locale, title text, terms text, summary text, body jsonb) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT public.jarida_search_head(loc, title, terms, summary)
        || setweight(to_tsvector(public.jarida_search_config(loc), public.jarida_search_normalize(coalesce(public.jarida_rich_text(body), ''))), 'C')
  $$;--> statement-breakpoint
-- After changing any function above, rebuild with `UPDATE articles SET title = title`.
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (public.jarida_search_vector(locale, title, search_terms, summary, body)) STORED;--> statement-breakpoint
-- The ranking asks of every match whether its title, or its head, holds the whole query. On the
-- full vector (about 4.5 kB, compressed out of line) that costs a decompression per question and
-- tripled the ranking time on 10,000 articles; the head alone is about 0.6 kB and stays inline.
ALTER TABLE "articles" ADD COLUMN "search_head" tsvector GENERATED ALWAYS AS (public.jarida_search_head(locale, title, search_terms, summary)) STORED;--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search_vector") WHERE "status" = 'published';
--> statement-breakpoint
-- "Did you mean" (lib/search/suggest.ts) also learns section and tag names, and finds candidates
-- by skeleton as well as by trigrams: the folded key without its inner long vowels (Arabic ا و ي,
-- Latin vowels) and with doubled letters single, so that الترموي meets الترامواي, and
-- "aggrumes" meets "agrumes", however many other words share their trigrams.
CREATE FUNCTION public.jarida_search_skeleton(key text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT regexp_replace(left(key, 1) || regexp_replace(substr(key, 2), U&'[aeiouy\0627\0648\064A]', '', 'g'), '(.)\1+', '\1', 'g') $$;--> statement-breakpoint
DROP MATERIALIZED VIEW "search_lexicon";--> statement-breakpoint
CREATE MATERIALIZED VIEW "search_lexicon" AS
  SELECT w.locale, public.jarida_search_key(w.word) AS key, public.jarida_search_skeleton(public.jarida_search_key(w.word)) AS skeleton,
         mode() WITHIN GROUP (ORDER BY w.word) AS word, count(DISTINCT w.article_id)::int AS articles
  FROM (
    SELECT a.id AS article_id, a.locale, t.word
    FROM articles a
    CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('pg_catalog.simple'::regconfig,
      a.title || ' ' || a.search_terms || ' ' || public.jarida_rich_text(a.body, ARRAY['heading'])))) AS t(word)
    WHERE a.status = 'published'
  ) AS w
  WHERE char_length(w.word) BETWEEN 3 AND 40 AND w.word !~ '[0-9]'
  GROUP BY w.locale, public.jarida_search_key(w.word);--> statement-breakpoint
CREATE UNIQUE INDEX "search_lexicon_locale_key" ON "search_lexicon" ("locale", "key");--> statement-breakpoint
CREATE INDEX "search_lexicon_trgm_idx" ON "search_lexicon" USING gist ("key" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_lexicon_skeleton_idx" ON "search_lexicon" ("locale", "skeleton");
