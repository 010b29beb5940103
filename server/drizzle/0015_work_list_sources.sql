DROP INDEX "work_lists_day_idx";--> statement-breakpoint
ALTER TABLE "work_lists" ADD COLUMN "name" text;--> statement-breakpoint
ALTER TABLE "work_lists" ADD COLUMN "filter" jsonb;--> statement-breakpoint
ALTER TABLE "work_lists" ADD COLUMN "import_id" uuid;--> statement-breakpoint
CREATE INDEX "work_lists_created_idx" ON "work_lists" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "work_lists_day_idx" ON "work_lists" USING btree ("business_date","purpose","channel","source") WHERE "work_lists"."source" = 'daily';