DROP INDEX "outbound_messages_due_idx";--> statement-breakpoint
CREATE INDEX "outbound_messages_due_idx" ON "outbound_messages" USING btree ("channel","status","not_before","id");