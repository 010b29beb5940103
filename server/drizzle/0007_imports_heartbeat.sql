ALTER TABLE "imports" ADD COLUMN "heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Failures were stored as the raw exception text (for a database error: its SQL and the row's values).
UPDATE "imports" SET "error" = jsonb_build_object(
  'code', 'import_failed',
  'message', 'The import stopped because of an error on the server (it was logged). The rows applied before are kept; import the file again to finish.',
  'message_ar', 'توقف الاستيراد بسبب خطأ في الخادم (سُجّل الخطأ). الصفوف التي طُبّقت قبله محفوظة؛ أعد استيراد الملف لإكماله.'
) WHERE "error" IS NOT NULL AND "error"->>'code' IS NULL;
