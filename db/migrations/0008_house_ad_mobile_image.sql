-- An optional phone creative for a house ad (a 320×100 mobile leaderboard, drawn at 2x): on a
-- phone the desktop creative, shrunk to the screen, carried text too small to read.
ALTER TABLE "house_ads" ADD COLUMN "mobile_image_id" integer;--> statement-breakpoint
ALTER TABLE "house_ads" ADD CONSTRAINT "house_ads_mobile_image_id_media_id_fk" FOREIGN KEY ("mobile_image_id") REFERENCES "public"."media"("id") ON DELETE restrict ON UPDATE no action;
