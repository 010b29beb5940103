CREATE TABLE "escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid,
	"call_id" uuid,
	"agent" text NOT NULL,
	"agent_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"note" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"taken_by" text,
	"taken_at" timestamp with time zone,
	"done_by" text,
	"done_at" timestamp with time zone,
	"done_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "escalations_status_check" CHECK ("escalations"."status" in ('open','taken','done'))
);
--> statement-breakpoint
ALTER TABLE "call_callbacks" ADD COLUMN "reason" text DEFAULT 'requested' NOT NULL;--> statement-breakpoint
ALTER TABLE "call_callbacks" ADD COLUMN "place_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "call_callbacks" ADD COLUMN "work_item_id" uuid;--> statement-breakpoint
ALTER TABLE "call_callbacks" ADD COLUMN "attempts" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "call_callbacks" ADD COLUMN "last_cause" text;--> statement-breakpoint
ALTER TABLE "call_callbacks" ADD COLUMN "not_before" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "escalations_open_due_idx" ON "escalations" USING btree ("due_at") WHERE "escalations"."status" <> 'done';--> statement-breakpoint
CREATE INDEX "escalations_agent_idx" ON "escalations" USING btree ("agent_id","created_at");--> statement-breakpoint
CREATE INDEX "call_callbacks_agent_idx" ON "call_callbacks" USING btree ("agent","status");--> statement-breakpoint
ALTER TABLE "call_callbacks" ADD CONSTRAINT "call_callbacks_reason_check" CHECK ("call_callbacks"."reason" in ('requested','closed','dropped'));