CREATE TABLE "outbound_message_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
DROP INDEX "ticket_survey_requests_ticket_idx";--> statement-breakpoint
ALTER TABLE "outbound_message_attachments" ADD CONSTRAINT "outbound_message_attachments_message_id_outbound_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "outbound_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbound_message_attachments_message_idx" ON "outbound_message_attachments" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_survey_requests_ticket_closed_idx" ON "ticket_survey_requests" USING btree ("ticket_id","closed_at");