CREATE TABLE "delivery_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"provider_message_id" text NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "email_unsubscribes" (
	"address" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"message_id" uuid
);
--> statement-breakpoint
CREATE TABLE "inbound_email_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email_id" uuid NOT NULL,
	"filename" text,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea"
);
--> statement-breakpoint
CREATE TABLE "inbound_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mailbox" text NOT NULL,
	"uid" integer,
	"message_id" text NOT NULL,
	"in_reply_to" text,
	"references" text[] DEFAULT '{}'::text[] NOT NULL,
	"thread_id" text NOT NULL,
	"from_address" text,
	"from_name" text,
	"to_addresses" text[] DEFAULT '{}'::text[] NOT NULL,
	"subject" text,
	"text" text,
	"html" text,
	"sent_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_fax" boolean DEFAULT false NOT NULL,
	"size" integer DEFAULT 0 NOT NULL,
	"problems" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"message_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"type" text NOT NULL,
	"status" text,
	"detail" text
);
--> statement-breakpoint
CREATE TABLE "message_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"channel" text NOT NULL,
	"language" text DEFAULT 'ar' NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"html" text,
	"max_segments" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"drafted_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_templates_channel_check" CHECK ("message_templates"."channel" in ('sms','email')),
	CONSTRAINT "message_templates_language_check" CHECK ("message_templates"."language" in ('ar','en')),
	CONSTRAINT "message_templates_status_check" CHECK ("message_templates"."status" in ('draft','approved','archived'))
);
--> statement-breakpoint
CREATE TABLE "outbound_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"purpose" text NOT NULL,
	"business_ref" text,
	"recipient" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"html" text,
	"headers" jsonb,
	"encoding" text,
	"segments" integer,
	"sender" text,
	"template_id" uuid,
	"idempotency_key" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"provider_message_id" text,
	"last_error" text,
	"error_class" text,
	"honour_window" boolean DEFAULT true NOT NULL,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"lease_until" timestamp with time zone,
	"claimed_by" text,
	"final_at" timestamp with time zone,
	"unsubscribe_token" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbound_messages_channel_check" CHECK ("outbound_messages"."channel" in ('sms','email')),
	CONSTRAINT "outbound_messages_status_check" CHECK ("outbound_messages"."status" in ('queued','sending','sent','delivered','failed','expired','rejected'))
);
--> statement-breakpoint
ALTER TABLE "inbound_email_attachments" ADD CONSTRAINT "inbound_email_attachments_email_id_inbound_emails_id_fk" FOREIGN KEY ("email_id") REFERENCES "inbound_emails"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_events" ADD CONSTRAINT "message_events_message_id_outbound_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "outbound_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delivery_reports_pending_idx" ON "delivery_reports" USING btree ("provider_message_id") WHERE "delivery_reports"."applied_at" is null;--> statement-breakpoint
CREATE INDEX "inbound_email_attachments_email_idx" ON "inbound_email_attachments" USING btree ("email_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inbound_emails_message_id_idx" ON "inbound_emails" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "inbound_emails_thread_idx" ON "inbound_emails" USING btree ("thread_id");--> statement-breakpoint
CREATE INDEX "inbound_emails_received_idx" ON "inbound_emails" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "message_events_message_idx" ON "message_events" USING btree ("message_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "message_templates_version_idx" ON "message_templates" USING btree ("group_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "message_templates_one_approved_idx" ON "message_templates" USING btree ("group_id") WHERE "message_templates"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "message_templates_purpose_idx" ON "message_templates" USING btree ("purpose","channel","language","status");--> statement-breakpoint
CREATE UNIQUE INDEX "outbound_messages_idempotency_key_idx" ON "outbound_messages" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "outbound_messages_due_idx" ON "outbound_messages" USING btree ("channel","status","not_before");--> statement-breakpoint
CREATE INDEX "outbound_messages_provider_id_idx" ON "outbound_messages" USING btree ("provider_message_id");--> statement-breakpoint
CREATE INDEX "outbound_messages_created_idx" ON "outbound_messages" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outbound_messages_unsubscribe_idx" ON "outbound_messages" USING btree ("unsubscribe_token");--> statement-breakpoint
-- A fresh installation starts with approved Arabic reminder and thanks SMS templates that fit one
-- UCS-2 segment (70 characters) with {company} at its declared maximum of 20 characters.
INSERT INTO "message_templates" ("id", "group_id", "version", "name", "purpose", "channel", "language", "body", "max_segments", "status", "approved_at")
VALUES
  ('7a3d0c4e-0001-4000-8000-000000000001', '7a3d0c4e-0001-4000-8000-000000000001', 1, 'تذكير بموعد القسط', 'reminder', 'sms', 'ar', 'عميلنا العزيز، نذكركم بقرب موعد استحقاق قسطكم. {company}', 1, 'approved', now()),
  ('7a3d0c4e-0002-4000-8000-000000000002', '7a3d0c4e-0002-4000-8000-000000000002', 1, 'شكر على السداد', 'thanks', 'sms', 'ar', 'عميلنا العزيز، نشكركم على سداد قسطكم في موعده. {company}', 1, 'approved', now())
ON CONFLICT DO NOTHING;
