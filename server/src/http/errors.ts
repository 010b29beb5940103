// The one error type of the application. Every error a client can see has a stable
// code, an HTTP status and a message in Arabic and English; nothing else leaves the server.

export type FieldError = {
  field: string;
  code: string;
  message: string;
  message_ar: string;
};

type Catalogue = Record<string, { status: number; en: string; ar: string }>;

export const errorCatalogue = {
  malformed_body: {
    status: 400,
    en: 'The request body is not valid JSON.',
    ar: 'محتوى الطلب ليس JSON صالحًا.',
  },
  bad_request: { status: 400, en: 'The request is not valid.', ar: 'الطلب غير صالح.' },
  invalid_text: {
    status: 400,
    en: 'The request contains a character that is not allowed: a NUL character or a broken Unicode character (lone surrogate).',
    ar: 'يحتوي الطلب على محرف غير مسموح به: محرف NUL أو محرف يونيكود تالف (بديل منفرد).',
  },
  bad_url: {
    status: 400,
    en: 'The address is not correctly encoded.',
    ar: 'العنوان غير مرمّز بشكل صحيح.',
  },
  unauthenticated: {
    status: 401,
    en: 'You are not signed in, or your session has expired.',
    ar: 'لم تسجّل الدخول، أو انتهت صلاحية الجلسة.',
  },
  invalid_credentials: {
    status: 401,
    en: 'The username or password is wrong.',
    ar: 'اسم المستخدم أو كلمة المرور غير صحيحة.',
  },
  wrong_current_password: {
    status: 403,
    en: 'The current password is wrong.',
    ar: 'كلمة المرور الحالية غير صحيحة.',
  },
  forbidden: {
    status: 403,
    en: 'You do not have permission to do this.',
    ar: 'ليست لديك صلاحية للقيام بهذا الإجراء.',
  },
  csrf_origin: {
    status: 403,
    en: 'The request comes from another site and was refused.',
    ar: 'رُفض الطلب لأنه صادر من موقع آخر.',
  },
  csrf_token: {
    status: 403,
    en: 'The upload is missing its security token (X-CSRF-Token).',
    ar: 'رمز الحماية (X-CSRF-Token) مفقود أو غير صحيح في طلب الرفع.',
  },
  not_found: { status: 404, en: 'Not found.', ar: 'غير موجود.' },
  route_not_found: {
    status: 404,
    en: 'There is no such address in the API.',
    ar: 'لا يوجد عنوان كهذا في الواجهة البرمجية.',
  },
  method_not_allowed: {
    status: 405,
    en: 'This method is not allowed here.',
    ar: 'هذه الطريقة غير مسموحة هنا.',
  },
  websocket_required: {
    status: 426,
    en: 'This address answers WebSocket connections only.',
    ar: 'هذا العنوان يقبل اتصالات WebSocket فقط.',
  },
  conflict: {
    status: 409,
    en: 'The change conflicts with the current data.',
    ar: 'يتعارض التغيير مع البيانات الحالية.',
  },
  email_not_a_phone: {
    status: 409,
    en: 'An email address cannot be flagged as a wrong number.',
    ar: 'لا يمكن تعليم بريد إلكتروني كرقم خاطئ.',
  },
  setting_set_by_environment: {
    status: 409,
    en: 'Set by the environment, not editable here.',
    ar: 'قيم محددة بمتغيرات البيئة ولا يمكن تعديلها هنا.',
  },
  item_closed: { status: 409, en: 'This item is already closed.', ar: 'هذا البند مغلق بالفعل.' },
  list_not_dialable: {
    status: 409,
    en: 'Only an open phone work list can be dialed.',
    ar: 'لا يمكن الاتصال الآلي إلا بكشف اتصال هاتفي مفتوح.',
  },
  item_changed: {
    status: 409,
    en: 'This item changed since you opened it; reload it.',
    ar: 'تغيّر هذا البند منذ فتحه؛ أعد تحميله.',
  },
  item_not_sendable_back: { status: 409, en: 'This item cannot be sent back.', ar: 'لا يمكن إعادة هذا البند.' },
  list_signed_off: { status: 409, en: 'The list is signed off.', ar: 'تم اعتماد الكشف وإغلاقه.' },
  list_not_approved: {
    status: 409,
    en: 'The list is not approved yet: a supervisor or manager approves it before it is distributed or sent.',
    ar: 'الكشف غير معتمد بعد: يعتمده المشرف أو المدير قبل توزيعه أو إرساله.',
  },
  list_already_approved: { status: 409, en: 'The list is already approved.', ar: 'الكشف معتمد من قبل.' },
  list_not_draft: {
    status: 409,
    en: 'Only a draft list can be discarded.',
    ar: 'لا يُحذف إلا الكشف الذي ما زال مسودة.',
  },
  list_import_running: {
    status: 409,
    en: 'The target file of this list is still being imported.',
    ar: 'ما زال ملف المستهدفين لهذا الكشف قيد الاستيراد.',
  },
  list_empty: { status: 409, en: 'The list has no items.', ar: 'الكشف لا يحتوي على أي بند.' },
  list_not_phone: { status: 409, en: 'Only phone lists are distributed.', ar: 'توزَّع كشوف الاتصال الهاتفي فقط.' },
  list_not_sendable: {
    status: 409,
    en: 'Only an SMS list that is not signed off is sent.',
    ar: 'يُرسل كشف الرسائل القصيرة غير المعتمد نهائيًا فقط.',
  },
  list_has_open_items: {
    status: 409,
    en: 'Some items are neither closed nor explained yet.',
    ar: 'ما زالت بعض البنود دون إغلاق أو تبرير.',
  },
  no_active_agent: { status: 409, en: 'There is no active collections agent.', ar: 'لا يوجد موظف تحصيل نشط.' },
  sending_window_closed: {
    status: 409,
    en: 'No bulk SMS outside the sending window.',
    ar: 'لا تُرسل الرسائل الجماعية خارج نافذة الإرسال.',
  },
  task_already_done: { status: 409, en: 'The task is already done.', ar: 'تم إنجاز المهمة من قبل.' },
  inquiry_has_ticket: { status: 409, en: 'The inquiry already has a ticket.', ar: 'لهذا الاستفسار تذكرة من قبل.' },
  ticket_reply_not_recorded: {
    status: 409,
    en: 'The reply was already sent; it was not recorded a second time.',
    ar: 'أُرسل الرد من قبل؛ لم يُسجَّل مرة ثانية.',
  },
  username_taken: {
    status: 409,
    en: 'This username is already taken.',
    ar: 'اسم المستخدم هذا مستخدم من قبل.',
  },
  cannot_change_self: {
    status: 409,
    en: 'You cannot deactivate your own account or change your own role.',
    ar: 'لا يمكنك تعطيل حسابك أو تغيير دورك بنفسك.',
  },
  request_timeout: {
    status: 408,
    en: 'The request took too long to arrive.',
    ar: 'استغرق وصول الطلب وقتًا أطول من المسموح.',
  },
  body_too_large: { status: 413, en: 'The request is too large.', ar: 'حجم الطلب أكبر من المسموح.' },
  uri_too_long: {
    status: 414,
    en: 'The address (URL) is too long.',
    ar: 'العنوان (URL) أطول من المسموح.',
  },
  unsupported_media_type: {
    status: 415,
    en: 'Send the request as application/json.',
    ar: 'أرسل الطلب بصيغة application/json.',
  },
  validation_failed: {
    status: 422,
    en: 'Some fields are missing or not valid.',
    ar: 'بعض الحقول ناقصة أو غير صالحة.',
  },
  weak_password: {
    status: 422,
    en: 'The password does not meet the password rules.',
    ar: 'كلمة المرور لا تستوفي شروط كلمات المرور.',
  },
  import_not_in_format: {
    status: 422,
    en: 'The file is not in the import format.',
    ar: 'الملف ليس بصيغة الاستيراد المطلوبة.',
  },
  import_too_large: {
    status: 413,
    en: 'The file is too large to import once unpacked.',
    ar: 'الملف أكبر من أن يُستورد بعد فك ضغطه.',
  },
  file_required: {
    status: 422,
    en: 'Attach a CSV or XLSX file in the field "file".',
    ar: 'أرفق ملف CSV أو XLSX في الحقل "file".',
  },
  headers_too_large: {
    status: 431,
    en: 'The request headers are too large.',
    ar: 'ترويسات الطلب أكبر من المسموح.',
  },
  too_many_attempts: {
    status: 429,
    en: 'Too many wrong passwords for this account. Wait the time given in Retry-After and try again.',
    ar: 'محاولات كثيرة بكلمة مرور خاطئة لهذا الحساب. انتظر قليلًا ثم حاول مجددًا.',
  },
  rate_limited: {
    status: 429,
    en: 'Too many requests. Wait a moment and try again.',
    ar: 'طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مجددًا.',
  },
  sms_too_long: {
    status: 422,
    en: 'The message is longer than its template allows. It was not sent, split or cut.',
    ar: 'الرسالة أطول مما يسمح به نموذجها. لم تُرسل ولم تُجزّأ أو تُقتطع.',
  },
  bad_recipient: {
    status: 422,
    en: 'The recipient is not a valid mobile number or address.',
    ar: 'المستلم ليس رقم جوال أو عنوانًا صحيحًا.',
  },
  empty_body: { status: 422, en: 'The message is empty.', ar: 'نص الرسالة فارغ.' },
  opted_out: {
    status: 422,
    en: 'The customer opted out of these messages.',
    ar: 'العميل طلب إيقاف هذه الرسائل.',
  },
  template_not_draft: {
    status: 409,
    en: 'Only a draft template can be approved.',
    ar: 'لا يمكن اعتماد إلا نموذج في حالة مسودة.',
  },
  template_archived: {
    status: 409,
    en: 'This template version is archived; edit the current version instead.',
    ar: 'هذا الإصدار من النموذج مؤرشف؛ عدّل الإصدار الحالي.',
  },
  message_not_failed: {
    status: 409,
    en: 'Only a failed message can be sent again.',
    ar: 'لا يمكن إعادة إرسال إلا رسالة فشل إرسالها.',
  },
  attachment_not_stored: {
    status: 409,
    en: 'This attachment was over the size limit: only its name and size were kept.',
    ar: 'تجاوز هذا المرفق الحد المسموح للحجم؛ حُفظ اسمه وحجمه فقط.',
  },
  webhook_secret: {
    status: 401,
    en: 'The webhook secret is missing or wrong.',
    ar: 'الرمز السري لعنوان الاستدعاء مفقود أو غير صحيح.',
  },
  webhook_disabled: {
    status: 404,
    en: 'Delivery reports are not enabled (TAWASUL_SMS_DLR_SECRET is not set).',
    ar: 'تقارير التسليم غير مفعّلة (لم يُضبط TAWASUL_SMS_DLR_SECRET).',
  },
  ticket_version_conflict: {
    status: 409,
    en: 'Someone else changed this ticket meanwhile. Reload it and try again: nothing was lost.',
    ar: 'عدّل شخص آخر هذه التذكرة في الأثناء. أعد تحميلها وحاول مجددًا؛ لم يُفقد شيء.',
  },
  ticket_never_back_to_key_accounts: {
    status: 409,
    en: 'A ticket is never sent back to the Key Accounts group; it is closed by the group it is assigned to.',
    ar: 'لا تُعاد التذكرة إلى مجموعة حسابات كبار العملاء؛ تُغلقها المجموعة التي أُسندت إليها.',
  },
  ticket_same_group: {
    status: 409,
    en: 'The ticket is already in this group.',
    ar: 'التذكرة مسندة إلى هذه المجموعة أصلًا.',
  },
  ticket_status: {
    status: 409,
    en: 'This action is not possible in the ticket’s current status.',
    ar: 'لا يمكن تنفيذ هذا الإجراء في الحالة الحالية للتذكرة.',
  },
  ticket_closed: {
    status: 409,
    en: 'The ticket is closed: replies are refused. Reopen it first.',
    ar: 'التذكرة مغلقة ولا يمكن الرد عليها. أعد فتحها أولًا.',
  },
  not_group_member: {
    status: 403,
    en: 'Only a member of the group the ticket is assigned to, or a supervisor or manager, can do this.',
    ar: 'لا يقوم بهذا إلا عضو في المجموعة المسندة إليها التذكرة، أو مشرف أو مدير.',
  },
  assign_by_supervisor: {
    status: 403,
    en: 'You can take a ticket for yourself or hand back your own; only a supervisor or manager assigns it to someone else.',
    ar: 'يمكنك استلام التذكرة لنفسك أو إعادة تذكرتك؛ أما إسنادها إلى غيرك فللمشرف أو المدير.',
  },
  ticket_already_assigned: {
    status: 409,
    en: 'Someone else has already taken this ticket.',
    ar: 'استلم هذه التذكرة شخص آخر.',
  },
  claim_needs_approval: {
    status: 409,
    en: 'This claim is above the approval amount and waits for a manager’s approval.',
    ar: 'هذه المطالبة تتجاوز المبلغ المحدد وتنتظر موافقة المدير.',
  },
  claim_not_pending: {
    status: 409,
    en: 'This ticket has no claim waiting for approval.',
    ar: 'لا توجد في هذه التذكرة مطالبة بانتظار الموافقة.',
  },
  no_customer_email: {
    status: 422,
    en: 'The customer has no email address to reply to.',
    ar: 'لا يوجد للعميل عنوان بريد إلكتروني للرد عليه.',
  },
  agent_state_not_allowed: {
    status: 409,
    en: 'The agent cannot go to this state from the state he is in.',
    ar: 'لا يمكن للموظف الانتقال إلى هذه الحالة من حالته الحالية.',
  },
  attachment_too_large: {
    status: 413,
    en: 'The attachment is larger than allowed.',
    ar: 'حجم المرفق أكبر من المسموح.',
  },
  fax_type: {
    status: 415,
    en: 'A fax is a PDF or a TIFF file; this file is neither.',
    ar: 'الفاكس ملف PDF أو TIFF، وهذا الملف ليس أيًّا منهما.',
  },
  attachment_type: {
    status: 415,
    en: 'This type of file is not accepted as an attachment (PDF, images, text, CSV, Word and Excel are).',
    ar: 'هذا النوع من الملفات غير مقبول كمرفق (المقبول: PDF والصور والنصوص وCSV وWord وExcel).',
  },
  // ---- surveys (Q1–Q4) ----
  survey_invalid: {
    status: 422,
    en: 'The questionnaire is not valid.',
    ar: 'الاستبانة غير صالحة.',
  },
  survey_answer_unknown_question: {
    status: 422,
    en: 'The answer is to a question that is not in this version of the survey.',
    ar: 'الإجابة لسؤال غير موجود في هذا الإصدار من الاستبانة.',
  },
  survey_answer_out_of_range: {
    status: 422,
    en: 'The answer is not one the question allows.',
    ar: 'الإجابة ليست من الإجابات المسموح بها لهذا السؤال.',
  },
  survey_answer_required: {
    status: 422,
    en: 'A required question has no answer.',
    ar: 'لم تتم الإجابة عن سؤال مطلوب.',
  },
  survey_link_invalid: {
    status: 404,
    en: 'This survey link is not valid.',
    ar: 'رابط الاستطلاع غير صالح.',
  },
  survey_link_expired: {
    status: 410,
    en: 'This survey link has expired.',
    ar: 'انتهت صلاحية رابط الاستطلاع.',
  },
  survey_link_used: {
    status: 409,
    en: 'This survey was already answered through this link.',
    ar: 'تمت الإجابة عن الاستطلاع من خلال هذا الرابط من قبل.',
  },
  survey_not_active: {
    status: 409,
    en: 'The survey is not active.',
    ar: 'الاستطلاع غير مفعّل.',
  },
  survey_no_address: {
    status: 409,
    en: 'The customer cannot be invited on this channel (no address, opted out, or asked not to be contacted).',
    ar: 'لا يمكن دعوة العميل عبر هذه القناة (لا يوجد عنوان، أو طلب إيقاف الرسائل، أو طلب عدم التواصل).',
  },
  survey_invitation_refused: {
    status: 409,
    en: 'The invitation could not be queued (the message was refused).',
    ar: 'تعذّر وضع الدعوة في قائمة الإرسال (رُفضت الرسالة).',
  },
  survey_briefing_required: {
    status: 409,
    en: 'Acknowledge the survey’s briefing before entering its answers.',
    ar: 'أكّد اطلاعك على التعريف بالاستبانة قبل إدخال إجاباتها.',
  },
  // ---- marketing (M1) ----
  marketing_list_invalid: {
    status: 422,
    en: 'The target list is not a marketing work list.',
    ar: 'كشف العملاء المستهدفين ليس كشفًا تسويقيًا.',
  },
  marketing_list_not_approved: {
    status: 409,
    en: 'The campaign’s target list must be approved by a supervisor or manager before the campaign starts.',
    ar: 'يجب أن يعتمد المشرف أو المدير كشف العملاء المستهدفين قبل بدء الحملة.',
  },
  marketing_list_not_phone: {
    status: 422,
    en: 'The phone channel needs a phone target list.',
    ar: 'قناة الاتصال الهاتفي تحتاج إلى كشف اتصال هاتفي.',
  },
  marketing_template_required: {
    status: 422,
    en: 'Each message channel of the campaign needs an approved marketing template.',
    ar: 'تحتاج كل قناة رسائل في الحملة إلى نموذج رسالة تسويقية معتمد.',
  },
  marketing_template_invalid: {
    status: 422,
    en: 'The template is not an approved marketing template of that channel.',
    ar: 'النموذج ليس نموذجًا تسويقيًا معتمدًا لهذه القناة.',
  },
  marketing_campaign_state: {
    status: 409,
    en: 'The campaign cannot do that in its current state (draft → running ⇄ paused → ended).',
    ar: 'لا يمكن تنفيذ ذلك في حالة الحملة الحالية (مسودة ← جارية ⇄ متوقفة مؤقتًا ← منتهية).',
  },
  marketing_not_contacted: {
    status: 409,
    en: 'This customer was not sent a message of this campaign.',
    ar: 'لم تُرسل إلى هذا العميل رسالة من هذه الحملة.',
  },
  internal: {
    status: 500,
    en: 'Something went wrong on our side. The error was logged.',
    ar: 'حدث خطأ في الخادم وتم تسجيله.',
  },
  agent_state: {
    status: 409,
    en: 'The agent is not in a state that allows this (for example: a break during a call, or available while ringing).',
    ar: 'حالة الموظف لا تسمح بهذا الإجراء (مثلًا: استراحة أثناء مكالمة، أو متاح أثناء الرنين).',
  },
  call_state: {
    status: 409,
    en: 'The call is not in a state that allows this (it may have ended or not been answered yet).',
    ar: 'حالة المكالمة لا تسمح بهذا الإجراء (ربما انتهت أو لم يُرد عليها بعد).',
  },
  no_call: {
    status: 409,
    en: 'There is no call on your line right now.',
    ar: 'لا توجد مكالمة على خطك الآن.',
  },
  protocol_step_repeated: {
    status: 409,
    en: 'This protocol step is recorded on the call already (a greeting and each closing item count once).',
    ar: 'هذه الخطوة من تعليمات الاتصال مسجّلة على المكالمة من قبل (التحية وكل بند من بنود الإنهاء تُسجَّل مرة واحدة).',
  },
  hold_consent_missing: {
    status: 409,
    en: 'Ask the customer’s consent before putting the call on hold.',
    ar: 'اطلب موافقة العميل قبل وضع المكالمة على الانتظار.',
  },
  already_on_hold: {
    status: 409,
    en: 'The call is on hold already: take the customer back first.',
    ar: 'المكالمة على الانتظار بالفعل: ارجع إلى العميل أولًا.',
  },
  not_on_hold: {
    status: 409,
    en: 'The call is not on hold.',
    ar: 'المكالمة ليست على الانتظار.',
  },
  no_hold_before: {
    status: 409,
    en: 'A second hold follows a first one: there was no hold on this call yet.',
    ar: 'الانتظار الثاني يأتي بعد انتظار أول، ولم توضع هذه المكالمة على الانتظار بعد.',
  },
  protocol_checklist_incomplete: {
    status: 409,
    en: 'Tick the closing checklist (resolution confirmed, more help offered, rating invited) before the outcome.',
    ar: 'أكمل بنود إنهاء المكالمة (التأكد من الحل، عرض المزيد من المساعدة، دعوة العميل للتقييم) قبل تسجيل النتيجة.',
  },
  not_in_queue: {
    status: 409,
    en: 'The agent is not signed in to any queue that takes calls: sign in to a queue first.',
    ar: 'الموظف غير مسجّل في أي طابور يستقبل مكالمات: سجّل الدخول إلى طابور أولًا.',
  },
  unknown_queue: {
    status: 404,
    en: 'There is no call queue with this code.',
    ar: 'لا يوجد طابور مكالمات بهذا الرمز.',
  },
  ivr_menu_in_use: {
    status: 409,
    en: 'This IVR menu is still in use (a dialled number routes to it, or another menu goes to it): change those first.',
    ar: 'القائمة الصوتية ما زالت مستخدمة (رقم مُوجَّه إليها أو قائمة أخرى تنتقل إليها): غيّر ذلك أولًا.',
  },
  break_reason_system: {
    status: 409,
    en: 'The telephone itself uses this break reason: it can be renamed but not switched off.',
    ar: 'يستخدم نظام الهاتف سبب الاستراحة هذا: يمكن تغيير اسمه دون إيقافه.',
  },
  do_not_call: {
    status: 409,
    en: 'This customer asked not to be called.',
    ar: 'طلب هذا العميل عدم الاتصال به.',
  },
  number_unusable: {
    status: 409,
    en: 'This number cannot be dialled: it is flagged wrong or could not be read.',
    ar: 'لا يمكن الاتصال بهذا الرقم: مُعلَّم بأنه خاطئ أو غير صالح.',
  },
  escalation_state: {
    status: 409,
    en: 'This escalation is already closed, or taken by another supervisor.',
    ar: 'هذه المتابعة مغلقة بالفعل، أو استلمها مشرف آخر.',
  },
  telephony_unavailable: {
    status: 503,
    en: 'The telephone switch is not reachable right now; calls cannot be controlled from here.',
    ar: 'مقسم الهاتف غير متاح الآن؛ لا يمكن التحكم بالمكالمات من هنا.',
  },
  kpi_range_invalid: {
    status: 422,
    en: 'The report period is not valid: "to" must not be before "from", and a period is at most 366 days.',
    ar: 'فترة التقرير غير صالحة: يجب ألا يسبق تاريخ النهاية تاريخ البداية، وأقصى فترة 366 يومًا.',
  },
  staffing_input_invalid: {
    status: 422,
    en: 'The staffing figures are not valid.',
    ar: 'مدخلات حساب التوظيف غير صالحة.',
  },
  backup_file_unreadable: {
    status: 422,
    en: 'This file is not a Tawasul backup (neither an embedded-database tarball nor a pg_dump custom-format file).',
    ar: 'هذا الملف ليس نسخة احتياطية من تواصل (ليس أرشيف قاعدة بيانات مدمجة ولا ملف pg_dump بالتنسيق المخصص).',
  },
  backup_source_empty: {
    status: 404,
    en: 'There is no database to back up.',
    ar: 'لا توجد قاعدة بيانات لأخذ نسخة احتياطية منها.',
  },
  backup_wrong_mode: {
    status: 409,
    en: 'This backup is of the other database mode.',
    ar: 'هذه النسخة الاحتياطية تخص نوع قاعدة البيانات الآخر.',
  },
  restore_target_not_empty: {
    status: 409,
    en: 'The database already holds data. Restoring replaces all of it: run again with --force if that is what you want.',
    ar: 'قاعدة البيانات تحتوي على بيانات. الاستعادة تستبدلها كلها: أعد التشغيل مع ‎--force إن كان هذا ما تريده.',
  },
  backup_tool_missing: {
    status: 503,
    en: 'The PostgreSQL client tools (pg_dump, pg_restore) were not found.',
    ar: 'لم يُعثر على أدوات عميل PostgreSQL ‏(pg_dump وpg_restore).',
  },
  backup_tool_failed: {
    status: 502,
    en: 'The PostgreSQL backup tool failed.',
    ar: 'فشلت أداة النسخ الاحتياطي لـ PostgreSQL.',
  },
  unavailable: {
    status: 503,
    en: 'The service is not available right now.',
    ar: 'الخدمة غير متاحة حاليًا.',
  },
} satisfies Catalogue;

export type ErrorCode = keyof typeof errorCatalogue;

export class AppError extends Error {
  readonly status: number;
  readonly messageAr: string;

  constructor(
    readonly code: ErrorCode,
    options: { errors?: FieldError[]; en?: string; ar?: string; headers?: Record<string, string> } = {},
  ) {
    const entry = errorCatalogue[code];
    super(options.en ?? entry.en);
    this.name = 'AppError';
    this.status = entry.status;
    this.messageAr = options.ar ?? entry.ar;
    this.errors = options.errors;
    this.headers = options.headers;
  }

  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      message_ar: this.messageAr,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export type ErrorBody = {
  code: string;
  message: string;
  message_ar: string;
  errors?: FieldError[];
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
