CREATE TABLE "inquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"customer_id" uuid,
	"channel" text NOT NULL,
	"category" text DEFAULT 'other' NOT NULL,
	"subject" text NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"answer" text,
	"first_contact_resolved" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"requester_email" text,
	"email_thread_id" text,
	"inbound_email_id" uuid,
	"ticket_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_by_label" text NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inquiries_number_unique" UNIQUE("number"),
	CONSTRAINT "inquiries_channel_check" CHECK ("inquiries"."channel" in ('phone','fax','email')),
	CONSTRAINT "inquiries_status_check" CHECK ("inquiries"."status" in ('open','answered'))
);
--> statement-breakpoint
CREATE TABLE "ticket_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid,
	"inquiry_id" uuid,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"actor" text NOT NULL,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "ticket_group_members" (
	"user_id" uuid NOT NULL,
	"group_code" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_group_members_user_id_group_code_pk" PRIMARY KEY("user_id","group_code")
);
--> statement-breakpoint
CREATE TABLE "ticket_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ar" text NOT NULL,
	"name_en" text NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_groups_code_check" CHECK ("ticket_groups"."code" ~ '^[a-z][a-z0-9_]{1,39}$')
);
--> statement-breakpoint
CREATE TABLE "ticket_inbound_emails" (
	"inbound_email_id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid,
	"inquiry_id" uuid,
	"outcome" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid,
	"inquiry_id" uuid,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"author" text NOT NULL,
	"outbound_message_id" uuid,
	"inbound_email_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_messages_kind_check" CHECK ("ticket_messages"."kind" in ('note','reply','inbound'))
);
--> statement-breakpoint
CREATE TABLE "ticket_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_sla_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_code" text NOT NULL,
	"category" text,
	"clock" text DEFAULT 'calendar' NOT NULL,
	"response_minutes" integer,
	"resolution_minutes" integer NOT NULL,
	"warn_before_minutes" integer DEFAULT 240 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_sla_policies_clock_check" CHECK ("ticket_sla_policies"."clock" in ('calendar','business'))
);
--> statement-breakpoint
CREATE TABLE "ticket_survey_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"category" text NOT NULL,
	"group_code" text NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"customer_id" uuid NOT NULL,
	"country" text NOT NULL,
	"category" text NOT NULL,
	"subject" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"group_code" text NOT NULL,
	"assignee_id" uuid,
	"status" text DEFAULT 'new' NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"source" text DEFAULT 'web' NOT NULL,
	"requester_email" text,
	"email_thread_id" text,
	"sla_clock" text DEFAULT 'calendar' NOT NULL,
	"sla_resolution_minutes" integer NOT NULL,
	"sla_warn_before_minutes" integer DEFAULT 240 NOT NULL,
	"response_due_at" timestamp with time zone,
	"sla_due_at" timestamp with time zone NOT NULL,
	"sla_warn_at" timestamp with time zone NOT NULL,
	"sla_paused_at" timestamp with time zone,
	"sla_remaining_minutes" integer,
	"sla_warned_at" timestamp with time zone,
	"sla_breached_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"first_response_at" timestamp with time zone,
	"claim_amount" numeric(14, 2),
	"claim_approval" text DEFAULT 'not_needed' NOT NULL,
	"claim_decided_by" uuid,
	"claim_decided_at" timestamp with time zone,
	"resolution" text,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"data_correction_task_id" uuid,
	"inquiry_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tickets_number_unique" UNIQUE("number"),
	CONSTRAINT "tickets_status_check" CHECK ("tickets"."status" in ('new','open','pending','escalated','resolved','closed')),
	CONSTRAINT "tickets_priority_check" CHECK ("tickets"."priority" in ('low','normal','high','urgent')),
	CONSTRAINT "tickets_sla_clock_check" CHECK ("tickets"."sla_clock" in ('calendar','business')),
	CONSTRAINT "tickets_claim_approval_check" CHECK ("tickets"."claim_approval" in ('not_needed','pending','approved','rejected'))
);
--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_attachments" ADD CONSTRAINT "ticket_attachments_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_attachments" ADD CONSTRAINT "ticket_attachments_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "inquiries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_group_members" ADD CONSTRAINT "ticket_group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_group_members" ADD CONSTRAINT "ticket_group_members_group_code_ticket_groups_code_fk" FOREIGN KEY ("group_code") REFERENCES "ticket_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "inquiries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_sla_policies" ADD CONSTRAINT "ticket_sla_policies_group_code_ticket_groups_code_fk" FOREIGN KEY ("group_code") REFERENCES "ticket_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_survey_requests" ADD CONSTRAINT "ticket_survey_requests_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_group_code_ticket_groups_code_fk" FOREIGN KEY ("group_code") REFERENCES "ticket_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inquiries_customer_idx" ON "inquiries" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "inquiries_thread_idx" ON "inquiries" USING btree ("email_thread_id");--> statement-breakpoint
CREATE INDEX "inquiries_created_idx" ON "inquiries" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ticket_attachments_ticket_idx" ON "ticket_attachments" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "ticket_attachments_inquiry_idx" ON "ticket_attachments" USING btree ("inquiry_id");--> statement-breakpoint
CREATE INDEX "ticket_events_ticket_idx" ON "ticket_events" USING btree ("ticket_id","id");--> statement-breakpoint
CREATE INDEX "ticket_group_members_group_idx" ON "ticket_group_members" USING btree ("group_code");--> statement-breakpoint
CREATE INDEX "ticket_messages_ticket_idx" ON "ticket_messages" USING btree ("ticket_id","created_at");--> statement-breakpoint
CREATE INDEX "ticket_messages_inquiry_idx" ON "ticket_messages" USING btree ("inquiry_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_sla_policies_group_category_idx" ON "ticket_sla_policies" USING btree ("group_code",coalesce("category", ''));--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_survey_requests_ticket_idx" ON "ticket_survey_requests" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "ticket_survey_requests_pending_idx" ON "ticket_survey_requests" USING btree ("created_at") WHERE "ticket_survey_requests"."consumed_at" is null;--> statement-breakpoint
CREATE INDEX "tickets_group_open_idx" ON "tickets" USING btree ("group_code","sla_due_at") WHERE "tickets"."status" in ('new','open','pending','escalated');--> statement-breakpoint
CREATE INDEX "tickets_assignee_open_idx" ON "tickets" USING btree ("assignee_id","sla_due_at") WHERE "tickets"."status" in ('new','open','pending','escalated');--> statement-breakpoint
CREATE INDEX "tickets_creator_open_idx" ON "tickets" USING btree ("created_by","sla_due_at") WHERE "tickets"."status" in ('new','open','pending','escalated');--> statement-breakpoint
CREATE INDEX "tickets_group_created_idx" ON "tickets" USING btree ("group_code","created_at");--> statement-breakpoint
CREATE INDEX "tickets_customer_idx" ON "tickets" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "tickets_created_idx" ON "tickets" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "tickets_resolved_idx" ON "tickets" USING btree ("resolved_at");--> statement-breakpoint
CREATE INDEX "tickets_thread_idx" ON "tickets" USING btree ("email_thread_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_data_correction_idx" ON "tickets" USING btree ("data_correction_task_id");
--> statement-breakpoint
INSERT INTO "ticket_groups" ("code", "name_ar", "name_en", "countries") VALUES
  ('key_accounts', 'مجموعة حسابات كبار العملاء', 'Key Accounts', '{SA,AE}'),
  ('tracking', 'مجموعة التعقب', 'Tracking', '{SA,AE,EG,KW,BH,QA,OM,JO}'),
  ('customer_care', 'مجموعة العناية بالعملاء', 'Customer Care', '{SA,AE,EG,KW,BH,QA,OM,JO}'),
  ('operations', 'العمليات', 'Operations', '{SA,AE,EG,KW,BH,QA,OM,JO}'),
  ('retail_sales', 'خدمات مبيعات التجزئة', 'Retail Sales', '{SA,AE,EG,KW,BH,QA,OM,JO}'),
  ('it', 'تكنولوجيا المعلومات', 'IT', '{SA,AE,EG,KW,BH,QA,OM,JO}')
ON CONFLICT ("code") DO NOTHING;
--> statement-breakpoint
INSERT INTO "ticket_sla_policies" ("group_code", "category", "clock", "response_minutes", "resolution_minutes", "warn_before_minutes") VALUES
  ('key_accounts', NULL, 'calendar', 240, 4320, 720),
  ('tracking', NULL, 'business', 240, 1440, 240),
  ('customer_care', NULL, 'business', 240, 1440, 240),
  ('customer_care', 'complaint', 'business', 120, 960, 240),
  ('operations', NULL, 'business', 240, 1440, 240),
  ('retail_sales', NULL, 'business', 240, 1440, 240),
  ('it', NULL, 'business', 480, 960, 240);
--> statement-breakpoint
INSERT INTO "ticket_settings" ("key", "value") VALUES
  ('business_hours', '{"shifts":[{"start":"08:00","end":"16:00"}]}'),
  ('claim_approval_above', '5000'),
  ('report_recipients', '{"monthly":[],"weekly":[]}')
ON CONFLICT ("key") DO NOTHING;
