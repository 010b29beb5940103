CREATE TABLE "marketing_campaign_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"variant" text DEFAULT 'A' NOT NULL,
	"item_id" uuid,
	"message_id" uuid,
	"status" text DEFAULT 'planned' NOT NULL,
	"reason" text,
	"response" text,
	"sale_amount_minor" bigint,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketing_contacts_channel_check" CHECK ("marketing_campaign_contacts"."channel" in ('phone','sms','email')),
	CONSTRAINT "marketing_contacts_variant_check" CHECK ("marketing_campaign_contacts"."variant" in ('A','B')),
	CONSTRAINT "marketing_contacts_status_check" CHECK ("marketing_campaign_contacts"."status" in ('planned','queued','assigned','refused','cancelled')),
	CONSTRAINT "marketing_contacts_response_check" CHECK ("marketing_campaign_contacts"."response" is null or "marketing_campaign_contacts"."response" in ('interested','not_interested','sale'))
);
--> statement-breakpoint
CREATE TABLE "marketing_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"offer_id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"channels" text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"allow_repeats" boolean DEFAULT false NOT NULL,
	"sms_template_id" uuid,
	"sms_template_b_id" uuid,
	"email_template_id" uuid,
	"email_template_b_id" uuid,
	"ab_percent_b" integer DEFAULT 50 NOT NULL,
	"ab_seed" integer DEFAULT 1 NOT NULL,
	"sms_per_minute" integer DEFAULT 60 NOT NULL,
	"email_per_minute" integer DEFAULT 60 NOT NULL,
	"sms_part_price_minor" bigint DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'SAR' NOT NULL,
	"agents" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"launched_at" timestamp with time zone,
	"launched_by" uuid,
	"ended_at" timestamp with time zone,
	CONSTRAINT "marketing_campaigns_status_check" CHECK ("marketing_campaigns"."status" in ('draft','running','paused','ended')),
	CONSTRAINT "marketing_campaigns_ab_check" CHECK ("marketing_campaigns"."ab_percent_b" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "marketing_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"eligibility" text DEFAULT '' NOT NULL,
	"script" text DEFAULT '' NOT NULL,
	"faq" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketing_offers_status_check" CHECK ("marketing_offers"."status" in ('active','archived'))
);
--> statement-breakpoint
ALTER TABLE "work_attempts" ADD COLUMN "sale_amount_minor" bigint;--> statement-breakpoint
ALTER TABLE "marketing_campaign_contacts" ADD CONSTRAINT "marketing_campaign_contacts_campaign_id_marketing_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "marketing_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_campaign_contacts" ADD CONSTRAINT "marketing_campaign_contacts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_campaigns" ADD CONSTRAINT "marketing_campaigns_offer_id_marketing_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "marketing_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_campaigns" ADD CONSTRAINT "marketing_campaigns_list_id_work_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "work_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_campaigns" ADD CONSTRAINT "marketing_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_offers" ADD CONSTRAINT "marketing_offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_contacts_once_idx" ON "marketing_campaign_contacts" USING btree ("campaign_id","customer_id","channel");--> statement-breakpoint
CREATE INDEX "marketing_contacts_status_idx" ON "marketing_campaign_contacts" USING btree ("campaign_id","channel","status");--> statement-breakpoint
CREATE INDEX "marketing_campaigns_status_idx" ON "marketing_campaigns" USING btree ("status");