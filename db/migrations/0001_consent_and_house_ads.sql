CREATE TYPE "public"."ad_slot_kind" AS ENUM('leaderboard', 'rectangle', 'in-article');--> statement-breakpoint
CREATE TABLE "consent_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consent_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" integer NOT NULL,
	"choices" jsonb NOT NULL,
	"locale" "locale" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "house_ads" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "ad_slot_kind" NOT NULL,
	"locale" "locale",
	"image_id" integer NOT NULL,
	"alt" text NOT NULL,
	"href" text NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "house_ads" ADD CONSTRAINT "house_ads_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_records_consent_idx" ON "consent_records" USING btree ("consent_id","created_at");--> statement-breakpoint
CREATE INDEX "house_ads_kind_idx" ON "house_ads" USING btree ("kind","locale");