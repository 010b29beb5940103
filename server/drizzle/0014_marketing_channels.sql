CREATE TABLE "email_bounces" (
	"address" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text NOT NULL,
	"diagnostic" text,
	"inbound_email_id" uuid
);
--> statement-breakpoint
CREATE TABLE "sms_opt_outs" (
	"number" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_by" uuid,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "email_unsubscribes" ADD COLUMN "source" text DEFAULT 'link' NOT NULL;--> statement-breakpoint
ALTER TABLE "email_unsubscribes" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "email_unsubscribes" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "outbound_messages" ADD COLUMN "country" text;--> statement-breakpoint
ALTER TABLE "outbound_messages" ADD COLUMN "hold_reason" text;--> statement-breakpoint
CREATE INDEX "outbound_messages_submitted_idx" ON "outbound_messages" USING btree ("channel","submitted_at");