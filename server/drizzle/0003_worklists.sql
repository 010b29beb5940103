CREATE TABLE "daily_runs" (
	"business_date" date PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"previous_date" date,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"started_by" text NOT NULL,
	"summary" jsonb
);
--> statement-breakpoint
CREATE TABLE "data_correction_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"contact_point_id" uuid,
	"item_id" uuid,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_by" uuid,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payment_promises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"item_id" uuid,
	"attempt_id" uuid,
	"promised_date" date NOT NULL,
	"amount_minor" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"agent_id" uuid NOT NULL,
	"phone" text,
	"outcome" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"promise_date" date,
	"promise_amount_minor" bigint,
	"callback_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "work_item_installments" (
	"item_id" uuid NOT NULL,
	"installment_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"outstanding_minor" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"list_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"tier" smallint,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"next_phone" integer DEFAULT 0 NOT NULL,
	"assigned_to" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"outcome" text,
	"reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"attempts_today" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"priority" integer DEFAULT 0 NOT NULL,
	"message_id" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"channel" text NOT NULL,
	"business_date" date NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" text,
	"distributed_at" timestamp with time zone,
	"distributed_by" text,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"signed_off_at" timestamp with time zone,
	"signed_off_by" text,
	CONSTRAINT "work_lists_purpose_check" CHECK ("work_lists"."purpose" in ('reminder','followup','thanks','marketing','survey')),
	CONSTRAINT "work_lists_channel_check" CHECK ("work_lists"."channel" in ('sms','phone','email')),
	CONSTRAINT "work_lists_status_check" CHECK ("work_lists"."status" in ('draft','approved','distributed','in_progress','completed','signed_off'))
);
--> statement-breakpoint
ALTER TABLE "data_correction_tasks" ADD CONSTRAINT "data_correction_tasks_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_correction_tasks" ADD CONSTRAINT "data_correction_tasks_contact_point_id_contact_points_id_fk" FOREIGN KEY ("contact_point_id") REFERENCES "contact_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_correction_tasks" ADD CONSTRAINT "data_correction_tasks_item_id_work_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "work_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_promises" ADD CONSTRAINT "payment_promises_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_promises" ADD CONSTRAINT "payment_promises_item_id_work_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "work_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_promises" ADD CONSTRAINT "payment_promises_attempt_id_work_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "work_attempts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_attempts" ADD CONSTRAINT "work_attempts_item_id_work_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "work_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_item_installments" ADD CONSTRAINT "work_item_installments_item_id_work_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "work_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_item_installments" ADD CONSTRAINT "work_item_installments_installment_id_installments_id_fk" FOREIGN KEY ("installment_id") REFERENCES "installments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_list_id_work_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "work_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_correction_tasks_status_idx" ON "data_correction_tasks" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "data_correction_tasks_open_idx" ON "data_correction_tasks" USING btree ("customer_id",coalesce("contact_point_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "data_correction_tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "payment_promises_customer_idx" ON "payment_promises" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "payment_promises_date_idx" ON "payment_promises" USING btree ("promised_date");--> statement-breakpoint
CREATE INDEX "work_attempts_item_idx" ON "work_attempts" USING btree ("item_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "work_item_installments_once_idx" ON "work_item_installments" USING btree ("installment_id","purpose");--> statement-breakpoint
CREATE INDEX "work_item_installments_item_idx" ON "work_item_installments" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_items_list_customer_idx" ON "work_items" USING btree ("list_id","customer_id");--> statement-breakpoint
CREATE INDEX "work_items_agent_idx" ON "work_items" USING btree ("assigned_to","status");--> statement-breakpoint
CREATE INDEX "work_items_customer_idx" ON "work_items" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "work_items_message_idx" ON "work_items" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_lists_day_idx" ON "work_lists" USING btree ("business_date","purpose","channel","source");