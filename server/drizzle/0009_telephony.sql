CREATE TABLE "agent_queue_logins" (
	"agent" text NOT NULL,
	"queue" text NOT NULL,
	"since" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agent_queue_logins_agent_queue_pk" PRIMARY KEY("agent","queue")
);
--> statement-breakpoint
CREATE TABLE "agent_skills" (
	"agent" text NOT NULL,
	"skill" text NOT NULL,
	"level" smallint DEFAULT 1 NOT NULL,
	CONSTRAINT "agent_skills_agent_skill_pk" PRIMARY KEY("agent","skill"),
	CONSTRAINT "agent_skills_level_check" CHECK ("agent_skills"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "agent_state_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"agent" text NOT NULL,
	"state" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone NOT NULL,
	"source" text DEFAULT 'live' NOT NULL,
	CONSTRAINT "agent_state_changes_state_check" CHECK ("agent_state_changes"."state" in ('available','ringing','on_call','hold','wrap_up','break','offline'))
);
--> statement-breakpoint
CREATE TABLE "break_reasons" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ar" text NOT NULL,
	"name_en" text NOT NULL,
	"limit_minutes" integer,
	"sort" smallint DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_callbacks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"queue" text NOT NULL,
	"number" text NOT NULL,
	"customer_id" uuid,
	"call_id" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"agent" text,
	"done_at" timestamp with time zone,
	CONSTRAINT "call_callbacks_status_check" CHECK ("call_callbacks"."status" in ('waiting','calling','done','failed'))
);
--> statement-breakpoint
CREATE TABLE "call_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"agent" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "call_queues" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ar" text NOT NULL,
	"name_en" text NOT NULL,
	"skill" text NOT NULL,
	"strategy" text DEFAULT 'longest_idle' NOT NULL,
	"priority" smallint DEFAULT 0 NOT NULL,
	"wrap_up_seconds" integer DEFAULT 30 NOT NULL,
	"sl_seconds" integer DEFAULT 20 NOT NULL,
	"sl_target_percent" integer DEFAULT 80 NOT NULL,
	"sl_abandoned" text DEFAULT 'negative' NOT NULL,
	"short_abandon_seconds" integer DEFAULT 5 NOT NULL,
	"overflow_seconds" integer,
	"overflow_queue" text,
	"callback_after_seconds" integer,
	"hours" text DEFAULT '00:00-24:00' NOT NULL,
	"closed_action" text DEFAULT 'message' NOT NULL,
	"greeting" jsonb,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_queues_strategy_check" CHECK ("call_queues"."strategy" in ('longest_idle','least_recent','fewest_calls','round_robin','random','ring_all')),
	CONSTRAINT "call_queues_sl_abandoned_check" CHECK ("call_queues"."sl_abandoned" in ('negative','ignored','positive')),
	CONSTRAINT "call_queues_closed_action_check" CHECK ("call_queues"."closed_action" in ('message','callback','voicemail')),
	CONSTRAINT "call_queues_sl_target_check" CHECK ("call_queues"."sl_target_percent" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"direction" text NOT NULL,
	"ani" text,
	"dnis" text,
	"queue" text,
	"agent" text,
	"customer_id" uuid,
	"work_item_id" uuid,
	"offered_at" timestamp with time zone NOT NULL,
	"queued_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"wrap_up_ended_at" timestamp with time zone,
	"cause" text,
	"outcome" text,
	"hold_seconds" integer DEFAULT 0 NOT NULL,
	"hold_count" smallint DEFAULT 0 NOT NULL,
	"ivr_path" text,
	"recording" text,
	"parent_call_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_direction_check" CHECK ("calls"."direction" in ('inbound','outbound')),
	CONSTRAINT "calls_cause_check" CHECK ("calls"."cause" is null or "calls"."cause" in ('normal','busy','no_answer','failed','abandoned','dropped','machine'))
);
--> statement-breakpoint
CREATE TABLE "dial_routes" (
	"dnis" text PRIMARY KEY NOT NULL,
	"target_kind" text NOT NULL,
	"target" text NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dial_routes_target_kind_check" CHECK ("dial_routes"."target_kind" in ('ivr','queue','campaign'))
);
--> statement-breakpoint
CREATE TABLE "ivr_menus" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"tree" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);
--> statement-breakpoint
CREATE TABLE "telephony_agents" (
	"agent" text PRIMARY KEY NOT NULL,
	"endpoint" text,
	"simulated" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agent_queue_logins" ADD CONSTRAINT "agent_queue_logins_queue_call_queues_code_fk" FOREIGN KEY ("queue") REFERENCES "call_queues"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_callbacks" ADD CONSTRAINT "call_callbacks_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_callbacks" ADD CONSTRAINT "call_callbacks_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_events" ADD CONSTRAINT "call_events_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agent_state_changes_agent_at_idx" ON "agent_state_changes" USING btree ("agent","at");--> statement-breakpoint
CREATE UNIQUE INDEX "agent_state_changes_import_idx" ON "agent_state_changes" USING btree ("agent","at","state","source");--> statement-breakpoint
CREATE INDEX "call_callbacks_waiting_idx" ON "call_callbacks" USING btree ("queue","requested_at") WHERE "call_callbacks"."status" = 'waiting';--> statement-breakpoint
CREATE UNIQUE INDEX "call_events_call_seq_idx" ON "call_events" USING btree ("call_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "calls_source_external_idx" ON "calls" USING btree ("source","external_id");--> statement-breakpoint
CREATE INDEX "calls_offered_at_idx" ON "calls" USING btree ("offered_at");--> statement-breakpoint
CREATE INDEX "calls_agent_offered_idx" ON "calls" USING btree ("agent","offered_at");--> statement-breakpoint
CREATE INDEX "calls_queue_offered_idx" ON "calls" USING btree ("queue","offered_at");--> statement-breakpoint
CREATE INDEX "calls_customer_idx" ON "calls" USING btree ("customer_id");--> statement-breakpoint
INSERT INTO "call_queues" ("code", "name_ar", "name_en", "skill", "priority", "wrap_up_seconds", "overflow_seconds", "overflow_queue") VALUES
	('service', 'خدمة العملاء', 'Customer service', 'service', 0, 30, NULL, NULL),
	('collections', 'التحصيل', 'Collections', 'collections', 0, 30, NULL, NULL),
	('key_accounts', 'كبار العملاء', 'Key accounts', 'key_accounts', 5, 45, 60, 'service');
--> statement-breakpoint
INSERT INTO "break_reasons" ("code", "name_ar", "name_en", "limit_minutes", "sort") VALUES
	('prayer', 'صلاة', 'Prayer', 20, 1),
	('lunch', 'غداء', 'Lunch', 45, 2),
	('training', 'تدريب', 'Training', NULL, 3),
	('meeting', 'اجتماع', 'Meeting', NULL, 4),
	('missed_call', 'مكالمة لم يُرد عليها', 'Missed call', 5, 90),
	('seat_unreachable', 'الهاتف غير متصل', 'Phone not reachable', 5, 91);
