CREATE TABLE "protocol_phrases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"purpose" text,
	"title_ar" text,
	"title_en" text,
	"text_ar" text NOT NULL,
	"text_en" text NOT NULL,
	"sort" smallint DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"origin" text DEFAULT 'custom' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "protocol_phrases_kind_check" CHECK ("protocol_phrases"."kind" in ('greeting','empathy','positive','hold','second_hold','hold_return','late_apology','callback','closing','escalation','script')),
	CONSTRAINT "protocol_phrases_purpose_check" CHECK (("protocol_phrases"."kind" <> 'script' or "protocol_phrases"."purpose" is not null) and ("protocol_phrases"."purpose" is null or ("protocol_phrases"."kind" in ('script','greeting') and "protocol_phrases"."purpose" in ('reminder','follow_up','thanks','marketing','survey','inquiry','complaint')))),
	CONSTRAINT "protocol_phrases_origin_check" CHECK ("protocol_phrases"."origin" in ('seed_003','house','custom'))
);
--> statement-breakpoint
CREATE TABLE "rating_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"message_key" text,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rating_invitations" ADD CONSTRAINT "rating_invitations_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "protocol_phrases_kind_idx" ON "protocol_phrases" USING btree ("kind","sort");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_invitations_call_idx" ON "rating_invitations" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "rating_invitations_customer_idx" ON "rating_invitations" USING btree ("customer_id","sent_at");--> statement-breakpoint
-- The call protocol of seed 003 (تعليمات الاتصال بالعميل), word for word: its examples are the
-- default phrases (origin seed_003). The seed's gaps (…) for the agent's name, the company, the
-- department and the reason are placeholders; the company "ذا شفز" is {company}, the 40 s hold {seconds}.
-- Phrases the seed asks for without an example (positive language, the inbound greeting, the
-- scripts per purpose) are written for Tawasul (origin house). Managers edit all of them.
INSERT INTO "protocol_phrases" ("kind","purpose","title_ar","title_en","text_ar","text_en","sort","origin") VALUES
('greeting', NULL, 'رد على تواصل العميل', 'Answering the customer''s contact', 'السلام عليكم معك {agent} من تطبيق {company} قسم {department} ,اتواصل معك بخصوص {reason}', 'Peace be upon you, this is {agent} from the {company} app, {department} department. I am calling you about {reason}', 1, 'seed_003'),
('greeting', NULL, 'سبب التواصل غير واضح', 'Reason for contact unclear', 'السلام عليكم معك {agent} من تطبيق {company} قسم {department} , اتواصل معك بخصوص تواصلكم معنا من خلال التطبيق على طلب {reason} ممكن توضح لي سبب طلبك للتواصل معنا عشان أقدر أساعدك. ؟', 'Peace be upon you, this is {agent} from the {company} app, {department} department. I am calling about your contact with us through the app on order {reason}. Could you tell me why you asked us to contact you, so that I can help you?', 2, 'seed_003'),
('greeting', 'inquiry', 'مكالمة واردة', 'Inbound call', 'السلام عليكم معك {agent} من {company} قسم {department}، كيف أقدر أخدمك؟', 'Peace be upon you, this is {agent} from {company}, {department} department. How can I help you?', 3, 'house'),
('empathy', NULL, NULL, NULL, 'اتفهم استيائك استاذي،وانا هنا لخدمتك، ما تشيل هم، ما لك الا اللي يرضيك،', 'I understand your frustration, sir, and I am here to serve you. Do not worry, you will get what satisfies you.', 1, 'seed_003'),
('empathy', NULL, NULL, NULL, 'مقدر لك وقتك، واعتذر لك عن المشكلة اللي صارت و سيتم عمل اللازم لحلها', 'I appreciate your time, and I apologise for the problem that happened; what is needed to solve it will be done.', 2, 'seed_003'),
('empathy', NULL, NULL, NULL, 'مقدر تمامًا الإزعاج الذي سببته هذه الاشكالية انا هنا لتقديم أفضل حل لها', 'I fully appreciate the trouble this problem caused; I am here to offer the best solution for it.', 3, 'seed_003'),
('positive', NULL, NULL, NULL, 'أبشر، خلني أتأكد من التفاصيل وأعطيك الحل', 'Certainly, let me check the details and give you the solution.', 1, 'house'),
('positive', NULL, NULL, NULL, 'اللي نقدر نسويه لك الآن هو …', 'What we can do for you now is …', 2, 'house'),
('positive', NULL, NULL, NULL, 'بإذن الله نوصل لحل يرضيك في هذه المكالمة', 'We will reach a solution you are happy with in this call.', 3, 'house'),
('hold', NULL, NULL, NULL, 'تسمحلي اضع المكالمة على الانتظار لمدة {seconds} ثانية لمراجعة بعض البيانات و برجعلك مرة اخرى ؟', 'May I put the call on hold for {seconds} seconds to review some details? I will come back to you.', 1, 'seed_003'),
('second_hold', NULL, NULL, NULL, 'شكرا لانتظارك استاذي , تسمح لي بوضع المكالمة على الانتظار لمدة {seconds} ثانية إضافية لاستكمال التحقق في الاشكالية و برجعلك مرة اخرى؟', 'Thank you for waiting, sir. May I put the call on hold for another {seconds} seconds to finish checking the problem? I will come back to you.', 1, 'seed_003'),
('callback', NULL, NULL, NULL, 'عشان ما نطول عليك بيتم التحقق من الاشكالية و بتواصل معك مرة ثانية', 'So as not to keep you waiting, the problem will be checked and I will contact you again.', 1, 'seed_003'),
('callback', NULL, NULL, NULL, 'حفاظا على وقتك بيتم مراجعة الامر و التواصل معك مرة اخرى', 'To save your time, the matter will be reviewed and we will contact you again.', 2, 'seed_003'),
('hold_return', NULL, NULL, NULL, 'شكرا لانتظارك.', 'Thank you for waiting.', 1, 'seed_003'),
('hold_return', NULL, NULL, NULL, 'مشكور على صبرك , بيتم ….(الإجراء المتبع)', 'Thank you for your patience; … will be done (the action taken).', 2, 'seed_003'),
('late_apology', NULL, NULL, NULL, 'شكرا لانتظارك واعتذر عن اي تأخير', 'Thank you for waiting, and I apologise for any delay.', 1, 'seed_003'),
('closing', NULL, NULL, NULL, 'اقدر اخدمك بأى شئ اخر ؟', 'Can I help you with anything else?', 1, 'seed_003'),
('closing', NULL, NULL, NULL, 'يعطيك العافية و شكرا لاختيارك تطبيق {company}, يومك سعيد', 'Thank you, and thank you for choosing the {company} app. Have a nice day.', 2, 'seed_003'),
('closing', NULL, NULL, NULL, 'يسعدني تقييمك للخدمة من خلال التطبيق بعد انتهاء المكالمة', 'I would be glad if you rated the service in the app after the call.', 3, 'seed_003'),
('escalation', NULL, NULL, NULL, 'سيتم التواصل معك خلال … من قبل المشرف لمتابعة المشكلة وحلها بأسرع وقت.', 'The supervisor will contact you within … to follow up the problem and solve it as soon as possible.', 1, 'seed_003'),
('script', 'reminder', 'تذكير بقسط', 'Instalment reminder', 'السلام عليكم معك {agent} من {company}. أتواصل معك لتذكيرك بموعد القسط القادم. هل يناسبك السداد في موعده؟ إن احتجت أي مساعدة في طريقة السداد أنا حاضر.', 'Peace be upon you, this is {agent} from {company}. I am calling to remind you of your next instalment''s date. Does paying on time suit you? If you need help with how to pay, I am here.', 1, 'house'),
('script', 'follow_up', 'متابعة', 'Follow-up', 'السلام عليكم معك {agent} من {company}. أتابع معك بخصوص {reason}. هل تم حل الأمر بشكل يرضيك، أو تحتاج مني شيئًا آخر؟', 'Peace be upon you, this is {agent} from {company}. I am following up on {reason}. Was it resolved to your satisfaction, or do you need anything else from me?', 1, 'house'),
('script', 'thanks', 'شكر', 'Thanks', 'السلام عليكم معك {agent} من {company}. أتواصل معك لأشكرك على ثقتك بنا والتزامك معنا. يسعدنا خدمتك دائمًا.', 'Peace be upon you, this is {agent} from {company}. I am calling to thank you for your trust and commitment. We are always glad to serve you.', 1, 'house'),
('script', 'marketing', 'عرض', 'Offer', 'السلام عليكم معك {agent} من {company}. عندنا عرض جديد أظنه يناسبك، هل يناسبك أن أشرحه لك في دقيقة؟', 'Peace be upon you, this is {agent} from {company}. We have a new offer I think suits you; may I explain it in a minute?', 1, 'house'),
('script', 'survey', 'استبيان', 'Survey', 'السلام عليكم معك {agent} من {company}. نود معرفة رأيك في خدمتنا، هل تسمح لي بسؤالين قصيرين؟', 'Peace be upon you, this is {agent} from {company}. We would like your opinion of our service; may I ask you two short questions?', 1, 'house'),
('script', 'inquiry', 'استفسار', 'Inquiry', 'استمع لسؤال العميل كاملًا دون مقاطعة، راجع بياناته وطلباته، ثم أجب بوضوح. إن احتجت التحقق اطلب إذنه بالانتظار.', 'Listen to the whole question without interrupting, check the customer''s details and orders, then answer clearly. If you need to check, ask his leave to hold.', 1, 'house'),
('script', 'complaint', 'شكوى', 'Complaint', 'أظهر التعاطف أولًا، ثم لخّص المشكلة للعميل للتأكد من فهمها، وأبلغه بالإجراء المتبع لحلها وموعده. إن لم تستطع حلها في المكالمة صعّدها للمشرف مع الوقت المتوقع للمتابعة.', 'Show empathy first, then sum up the problem to the customer to be sure you understood it, and tell him what will be done and when. If you cannot solve it in the call, escalate to the supervisor with the expected follow-up time.', 1, 'house');
