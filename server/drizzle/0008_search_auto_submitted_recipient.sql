ALTER TABLE "inbound_emails" ADD COLUMN "auto_submitted" text;--> statement-breakpoint
CREATE INDEX "customers_customer_no_trgm_idx" ON "customers" USING gin (upper("customer_no") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "outbound_messages_recipient_idx" ON "outbound_messages" USING btree ("recipient","created_at");