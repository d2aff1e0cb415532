-- The public "updated" time: set only when an editor flags a substantial change to a published
-- article (updated_at moves on every save, typo fixes included, and readers should not be told
-- about those).
ALTER TABLE "articles" ADD COLUMN "modified_at" timestamp with time zone;--> statement-breakpoint
-- A translation starts with its original's slug; it follows the twin's own title until an editor
-- sets the slug by hand or the article goes out (lib/admin/articles/writes.ts).
ALTER TABLE "articles" ADD COLUMN "slug_provisional" boolean DEFAULT false NOT NULL;
