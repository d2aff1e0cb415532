-- Where the subject of a picture is, as fractions of its width and height (0 = left/top edge,
-- 1 = right/bottom). Every crop (16:9 cards, 1:1 thumbnails, 1200×630 share cards) is cut around
-- it; the centre until an editor says otherwise.
ALTER TABLE "media" ADD COLUMN "focal_x" real DEFAULT 0.5 NOT NULL;--> statement-breakpoint
ALTER TABLE "media" ADD COLUMN "focal_y" real DEFAULT 0.5 NOT NULL;--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_focal_in_picture" CHECK ("media"."focal_x" BETWEEN 0 AND 1 AND "media"."focal_y" BETWEEN 0 AND 1);
