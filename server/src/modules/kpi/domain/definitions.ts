// تعريفات المؤشرات — each figure's definition in Arabic and English, shown beside it on screen
// (SPEC K1: "each documented on screen with its definition"). Keys are the report's field names.

export type FigureDefinition = { key: string; nameAr: string; nameEn: string; ar: string; en: string };

export const figureDefinitions: readonly FigureDefinition[] = [
  {
    key: 'offered',
    nameAr: 'المكالمات الواردة للطابور',
    nameEn: 'Offered',
    ar: 'المكالمات التي دخلت الطابور وانتهت في الفترة، دون التخلي القصير.',
    en: 'Calls that entered the queue and ended in the period, short abandons excluded.',
  },
  {
    key: 'answered',
    nameAr: 'المكالمات المجابة',
    nameEn: 'Answered',
    ar: 'المكالمات التي ردّ عليها موظف.',
    en: 'Calls an agent answered.',
  },
  {
    key: 'abandoned',
    nameAr: 'المكالمات المتروكة',
    nameEn: 'Abandoned',
    ar: 'المكالمات التي أغلقها المتصل وهو في الطابور قبل الرد، دون التخلي القصير.',
    en: 'Calls the caller hung up while queued, before an answer; short abandons excluded.',
  },
  {
    key: 'short_abandoned',
    nameAr: 'التخلي القصير',
    nameEn: 'Short abandons',
    ar: 'مكالمات متروكة انتظرت أقل من حدّ الطابور (افتراضياً 5 ثوانٍ)؛ تُستبعد من الواردة والمتروكة.',
    en: 'Abandons that waited less than the queue’s threshold (default 5 s); left out of offered and abandoned.',
  },
  {
    key: 'asa_seconds',
    nameAr: 'متوسط سرعة الرد',
    nameEn: 'Average speed of answer (ASA)',
    ar: 'مجموع (وقت الرد − وقت دخول الطابور) ÷ عدد المكالمات المجابة.',
    en: 'Σ (answer − queue entry) ÷ answered calls.',
  },
  {
    key: 'avg_time_in_queue_seconds',
    nameAr: 'متوسط الوقت في الطابور',
    nameEn: 'Average time in queue',
    ar: 'مجموع الانتظار في الطابور للمكالمات المجابة والمتروكة ÷ عددها.',
    en: 'Σ time in queue of answered and abandoned calls ÷ their number.',
  },
  {
    key: 'aht_seconds',
    nameAr: 'متوسط مدة المعالجة',
    nameEn: 'Average handling time (AHT)',
    ar: '(التحدث + الانتظار على الخط + العمل بعد المكالمة) ÷ المكالمات المعالجة.',
    en: '(talk + hold + after-call work) ÷ handled calls.',
  },
  {
    key: 'avg_talk_seconds',
    nameAr: 'متوسط مدة التحدث',
    nameEn: 'Average talk time',
    ar: 'مجموع مدة التحدث ÷ المكالمات المكتملة؛ الانتظار على الخط يُعرض منفصلاً.',
    en: 'Σ talk ÷ completed calls; hold is reported separately.',
  },
  {
    key: 'avg_hold_seconds',
    nameAr: 'متوسط الانتظار على الخط',
    nameEn: 'Average hold time',
    ar: 'مجموع مدة الانتظار على الخط ÷ المكالمات المكتملة.',
    en: 'Σ hold ÷ completed calls.',
  },
  {
    key: 'abandon_rate',
    nameAr: 'نسبة التخلي',
    nameEn: 'Abandonment rate',
    ar: 'المتروكة في الطابور ÷ الواردة للطابور، والتخلي القصير مستبعد من الطرفين.',
    en: 'Abandoned in queue ÷ offered to the queue, short abandons excluded from both.',
  },
  {
    key: 'service_level',
    nameAr: 'مستوى الخدمة',
    nameEn: 'Service level',
    ar: 'المجابة خلال T ثانية ÷ الواردة (افتراضياً 80٪ خلال 20 ثانية). المتروكة حسب إعداد الطابور: سلبية (تُحسب إخفاقاً)، مُتجاهلة (تُستبعد)، إيجابية (المتروكة خلال T تُحسب نجاحاً).',
    en: 'Answered within T seconds ÷ offered (default 80 % in 20 s). Abandons per the queue’s setting: negative (misses), ignored (left out), positive (abandons within T count as met).',
  },
  {
    key: 'occupancy',
    nameAr: 'الإشغال',
    nameEn: 'Occupancy',
    ar: 'وقت المعالجة (مكالمة + انتظار على الخط + عمل بعد المكالمة) ÷ (وقت المعالجة + وقت التوفر).',
    en: 'Handling (on call + hold + wrap-up) ÷ (handling + available).',
  },
];
