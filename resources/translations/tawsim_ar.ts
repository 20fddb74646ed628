<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>استيراد مجل&amp;د…</translation>
    </message>
    <message>
        <source>&amp;Export my annotations…</source>
        <translation>&amp;تصدير توسيماتي…</translation>
    </message>
    <message>
        <source>Export &amp;reviewed gold…</source>
        <translation>تصدير المعيار الذهبي الم&amp;راجَع…</translation>
    </message>
    <message>
        <source>Change &amp;annotator…</source>
        <translation>تغيير ا&amp;لموسِّم…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Delete span</source>
        <translation>&amp;حذف المقطع</translation>
    </message>
    <message>
        <source>Cancel / leave</source>
        <translation>إلغاء / مغادرة</translation>
    </message>
    <message>
        <source>Cancel a pending relation, leave the current suggestion, or clear the selection</source>
        <translation>إلغاء علاقة معلّقة، أو مغادرة الاقتراح الحالي، أو إلغاء التحديد</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;بحث في المقال…</translation>
    </message>
    <message>
        <source>Mark &amp;done and open next</source>
        <translation>إ&amp;نجاز وفتح التالي</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <source>Read again what another window or program changed in the project</source>
        <translation>إعادة قراءة ما غيّرته نافذة أو برنامج آخر في المشروع</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;حجم النص الأصلي</translation>
    </message>
    <message>
        <source>Show &amp;all relations</source>
        <translation>إظهار &amp;كل العلاقات</translation>
    </message>
    <message>
        <source>Draw every relation of the document as an arrow (else only the selected span&apos;s)</source>
        <translation>رسم كل علاقات المستند أسهمًا (وإلّا فعلاقات المقطع المحدَّد وحده)</translation>
    </message>
    <message>
        <source>Interface in &amp;English</source>
        <translation>الواجهة بالإنكلي&amp;زية (English)</translation>
    </message>
    <message>
        <source>Interface in &amp;Arabic (العربية)</source>
        <translation>الواجهة &amp;بالعربية</translation>
    </message>
    <message>
        <source>&amp;Review mode</source>
        <translation>وضع ال&amp;مراجعة</translation>
    </message>
    <message>
        <source>Review mode (Ctrl+R): edit gold, adjudicate the annotators&apos; differences</source>
        <translation>وضع المراجعة (Ctrl+R): تحرير المعيار الذهبي والفصل في اختلافات الموسِّمين</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <source>Accept the current suggestion</source>
        <translation>قبول الاقتراح الحالي</translation>
    </message>
    <message>
        <source>Accept &amp;all suggestions</source>
        <translation>قبول &amp;كل الاقتراحات</translation>
    </message>
    <message>
        <source>Accept every suggestion in this document (Shift+Y; one undo step)</source>
        <translation>قبول كل اقتراحات هذا المستند (Shift+Y؛ خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>&amp;Dismiss suggestion</source>
        <translation>تجا&amp;هل الاقتراح</translation>
    </message>
    <message>
        <source>&amp;Use the proposed publication date</source>
        <translation>ا&amp;عتماد تاريخ النشر المقترح</translation>
    </message>
    <message>
        <source>&amp;Next difference</source>
        <translation>الاختلاف ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous difference</source>
        <translation>الاختلاف ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Accept into gold</source>
        <translation>&amp;قبول في المعيار الذهبي</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>Accept with a reason…</source>
        <translation>قبول مع ذكر السبب…</translation>
    </message>
    <message>
        <source>Reject with a reason…</source>
        <translation>رفض مع ذكر السبب…</translation>
    </message>
    <message>
        <source>Next &amp;version to accept</source>
        <translation>ال&amp;نسخة التالية للقبول</translation>
    </message>
    <message>
        <source>Accept &amp;unanimous (this document)</source>
        <translation>قبول المُجمَع &amp;عليه (هذا المستند)</translation>
    </message>
    <message>
        <source>Accept unanimous in &amp;all documents…</source>
        <translation>قبول المُجمَع عليه في &amp;كل المستندات…</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed and open next</source>
        <translation>إنهاء المرا&amp;جعة وفتح التالي</translation>
    </message>
    <message>
        <source>Ctrl+Enter in review mode</source>
        <translation>Ctrl+Enter في وضع المراجعة</translation>
    </message>
    <message>
        <source>Claims &amp;ledger</source>
        <translation>&amp;سجل الادعاءات</translation>
    </message>
    <message>
        <source>Every claim with who made it and when, sortable and filterable; a row opens its claim</source>
        <translation>كل ادعاء مع صاحبه وتاريخه، يُرتَّب ويُصفّى؛ يفتح كل صف ادعاءه في مقاله</translation>
    </message>
    <message>
        <source>&amp;Actor index</source>
        <translation>&amp;فهرس الفاعلين</translation>
    </message>
    <message>
        <source>Every actor by canonical name, with its variants and claims; rename or merge names</source>
        <translation>كل فاعل باسمه الموحّد مع صيغه وادعاءاته؛ إعادة تسمية الأسماء أو دمجها</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>الخط ال&amp;زمني</translation>
    </message>
    <message>
        <source>Claims and the events they report on a time axis, one lane per claimant</source>
        <translation>الادعاءات والأحداث التي تنقلها على محور زمني، مسار لكل صاحب ادعاء</translation>
    </message>
    <message>
        <source>&amp;Export ledger…</source>
        <translation>&amp;تصدير السجل…</translation>
    </message>
    <message>
        <source>Export timeline &amp;image…</source>
        <translation>تصدير &amp;صورة الخط الزمني…</translation>
    </message>
    <message>
        <source>&amp;Rename or merge actors…</source>
        <translation>إعادة تسمية الفاعلين أو &amp;دمجهم…</translation>
    </message>
    <message>
        <source>Propose &amp;mentions across the corpus…</source>
        <translation>اقتراح الإ&amp;شارات في المدوّنة كلها…</translation>
    </message>
    <message>
        <source>Every document you open proposes the actor names your layer has tagged anywhere</source>
        <translation>كل مستند تفتحه يقترح أسماء الفاعلين التي وسمتها طبقتك في أي مستند</translation>
    </message>
    <message>
        <source>Annotation &amp;guidelines</source>
        <translation>&amp;دليل التوسيم</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>{name} (key {key}; Alt+{key}: exact selection)
{help}</source>
        <translation>{name} (المفتاح {key}؛ ⁦Alt+{key}⁩: التحديد كما هو دون توسيعه إلى الكلمات)
{help}</translation>
    </message>
    <message>
        <source>{name}: {head} → {tail} (key {key})
{help}</source>
        <translation>{name}: {head} ← {tail} (المفتاح {key})
{help}</translation>
    </message>
</context>
<context>
    <name>Actors</name>
    <message>
        <source>{name}: {n} mention(s) under {k} form(s)</source>
        <translation>⁨{name}⁩: الإشارات: {n}، الصيغ: {k}</translation>
    </message>
    <message>
        <source>Find an actor (any of its names)</source>
        <translation>ابحث عن فاعل (بأي من أسمائه)</translation>
    </message>
    <message>
        <source>New canonical name for the selected actors</source>
        <translation>الاسم الموحّد الجديد للفاعلين المحدَّدين</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <source>Give every mention of the selected actors this canonical name, in every document (one undo step); several selected: they are merged</source>
        <translation>إعطاء كل إشارات الفاعلين المحدَّدين هذا الاسم الموحّد في كل المستندات (خطوة تراجع واحدة)؛ إن حُدِّد أكثر من فاعل دُمِجوا</translation>
    </message>
    <message>
        <source>Show its claims</source>
        <translation>عرض ادعاءاته</translation>
    </message>
    <message>
        <source>Actor index</source>
        <translation>فهرس الفاعلين</translation>
    </message>
    <message>
        <source>Reading the actors…</source>
        <translation>جارٍ قراءة الفاعلين…</translation>
    </message>
    <message>
        <source>The actors could not be read: {why}</source>
        <translation>تعذّرت قراءة الفاعلين: {why}</translation>
    </message>
    <message>
        <source>{n} actor(s), {m} mention(s)</source>
        <translation>الفاعلون: {n}، الإشارات: {m}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>الدمج</translation>
    </message>
    <message>
        <source>Select one or more actors to rename</source>
        <translation>حدِّد فاعلًا أو أكثر لإعادة التسمية</translation>
    </message>
    <message>
        <source>Open a document first: a rename is undone from its undo history</source>
        <translation>افتح مستندًا أولًا: يُتراجَع عن إعادة التسمية من سجلّ تراجعه</translation>
    </message>
    <message>
        <source>Not renamed: {why}</source>
        <translation>لم تُغيَّر التسمية: {why}</translation>
    </message>
    <message>
        <source>{n} mention(s) in {d} document(s) are now {name} (one step: Ctrl+Z in this document undoes it)</source>
        <translation>صار اسم الإشارات ({n}) في المستندات ({d}) {name} (خطوة واحدة: Ctrl+Z في هذا المستند يتراجع عنها)</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>That span is not in layer {layer} any more</source>
        <translation>لم يعد هذا المقطع في الطبقة ⁨{layer}⁩</translation>
    </message>
    <message>
        <source>claimant {name}</source>
        <translation>صاحب الادعاء ⁨{name}⁩</translation>
    </message>
    <message>
        <source>type {value}</source>
        <translation>النوع ⁦{value}⁩</translation>
    </message>
    <message>
        <source>attribution {value}</source>
        <translation>نوع الإسناد ⁦{value}⁩</translation>
    </message>
    <message>
        <source>dates {start} – {end}</source>
        <translation>التواريخ ⁦{start}⁩ – ⁦{end}⁩</translation>
    </message>
    <message>
        <source>document {id}</source>
        <translation>المستند ⁦{id}⁩</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Your name as annotator (your annotations go to your own layer):</source>
        <translation>اسمك موسِّمًا (تُحفَظ توسيماتك في طبقتك الخاصة):</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
</context>
<context>
    <name>Attributes</name>
    <message>
        <source>No span selected</source>
        <translation>لم يُحدَّد أي مقطع</translation>
    </message>
    <message>
        <source>Comment (a note on this span)</source>
        <translation>تعليق (ملاحظة على هذا المقطع)</translation>
    </message>
    <message>
        <source>The value in words (with its mod)</source>
        <translation>القيمة بالكلمات (مع مُعدِّلها)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>ID</source>
        <translation>المعرِّف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Claim id</source>
        <translation>معرِّف الادعاء</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>نوع الادعاء</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>نوع الإسناد</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>الإثبات/النفي</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <source>Claimant (canonical)</source>
        <translation>صاحب الادعاء (الاسم الموحّد)</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>فعل الإسناد</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>تاريخ الادعاء</translation>
    </message>
    <message>
        <source>Claim date value</source>
        <translation>قيمة تاريخ الادعاء</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>تاريخ الحدث</translation>
    </message>
    <message>
        <source>Event date value</source>
        <translation>قيمة تاريخ الحدث</translation>
    </message>
    <message>
        <source>About</source>
        <translation>المعنيّ بالادعاء</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>الموسِّمون</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>المعيار الذهبي</translation>
    </message>
    <message>
        <source>Actor (canonical name)</source>
        <translation>الفاعل (الاسم الموحّد)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <source>Claims made</source>
        <translation>ادعاءاته</translation>
    </message>
    <message>
        <source>Claims about</source>
        <translation>ادعاءات عنه</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{done} of {total} reviewed</source>
        <translation>رُوجِع {done} من {total}</translation>
    </message>
    <message>
        <source>Reviewer: {name} (editing gold)</source>
        <translation>المراجِع: ⁨{name}⁩ (يحرّر المعيار الذهبي)</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>أُنجِز {done} من {total}</translation>
    </message>
    <message>
        <source>Annotator: {name}</source>
        <translation>الموسِّم: ⁨{name}⁩</translation>
    </message>
    <message>
        <source>{id} done</source>
        <translation>أُنجِز ⁦{id}⁩</translation>
    </message>
    <message>
        <source> — warning: {n} claim(s) without a claimant: {which}</source>
        <translation> — تنبيه: ادعاءات بلا صاحب ادعاء ({n}): {which}</translation>
    </message>
    <message>
        <source> — no document left to do</source>
        <translation> — لم يبقَ مستند للإنجاز</translation>
    </message>
    <message>
        <source>{n} claim(s) without a claimant</source>
        <translation>ادعاءات بلا صاحب: {n}</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>tag {label} {text}</source>
        <translation>وسم {label} {text}</translation>
    </message>
    <message>
        <source>accept {count} mention suggestion(s)</source>
        <translation>قبول اقتراحات الإشارات ({count})</translation>
    </message>
    <message>
        <source>accept {count} date suggestion(s)</source>
        <translation>قبول اقتراحات التواريخ ({count})</translation>
    </message>
    <message>
        <source>delete span</source>
        <translation>حذف مقطع</translation>
    </message>
    <message>
        <source>delete {label} {text}</source>
        <translation>حذف {label} {text}</translation>
    </message>
    <message>
        <source>edit {label} {text}</source>
        <translation>تحرير {label} {text}</translation>
    </message>
    <message>
        <source>relabel {label} {text}</source>
        <translation>تغيير الوسم إلى {label} {text}</translation>
    </message>
    <message>
        <source>resize {label} {text}</source>
        <translation>تغيير حدود {label} {text}</translation>
    </message>
    <message>
        <source>set attributes of {label} {text}</source>
        <translation>تعديل سمات {label} {text}</translation>
    </message>
    <message>
        <source>set {name} of {label} {text}</source>
        <translation>تعيين ⁦{name}⁩ لـ{label} {text}</translation>
    </message>
    <message>
        <source>comment on {label} {text}</source>
        <translation>التعليق على {label} {text}</translation>
    </message>
    <message>
        <source>rename {count} mention(s) to {name}</source>
        <translation>تسمية الإشارات ({count}) باسم ⁨{name}⁩</translation>
    </message>
    <message>
        <source>add {relation}</source>
        <translation>إضافة علاقة {relation}</translation>
    </message>
    <message>
        <source>delete relation</source>
        <translation>حذف علاقة</translation>
    </message>
    <message>
        <source>delete {relation}</source>
        <translation>حذف علاقة {relation}</translation>
    </message>
    <message>
        <source>set published to {value}</source>
        <translation>تعيين تاريخ النشر ⁦{value}⁩</translation>
    </message>
    <message>
        <source>clear the publication date</source>
        <translation>محو تاريخ النشر</translation>
    </message>
    <message>
        <source>set {name} to {value}</source>
        <translation>تعيين ⁦{name}⁩ إلى ⁨{value}⁩</translation>
    </message>
    <message>
        <source>dismiss suggestion {text}</source>
        <translation>تجاهل الاقتراح {text}</translation>
    </message>
    <message>
        <source>reject {label} {text}</source>
        <translation>رفض {label} {text}</translation>
    </message>
    <message>
        <source>accept unanimous</source>
        <translation>قبول المُجمَع عليه</translation>
    </message>
    <message>
        <source>accept {label} {text}</source>
        <translation>قبول {label} {text}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>attribute &apos;{name}&apos; of {label} cannot be &apos;{value}&apos; (one of: {values})</source>
        <translation>لا يمكن أن تكون السمة ⁨‘{name}’⁩ في {label} بالقيمة ⁨‘{value}’⁩ (القيم الممكنة: ⁨{values}⁩)</translation>
    </message>
    <message>
        <source>a {relation} relation goes from {heads} to {tails}, not from {head} to {tail}</source>
        <translation>علاقة {relation} تذهب من ⁨{heads}⁩ إلى ⁨{tails}⁩، لا من {head} إلى {tail}</translation>
    </message>
    <message>
        <source>a relation needs both of its spans</source>
        <translation>العلاقة تحتاج إلى طرفيها كليهما</translation>
    </message>
    <message>
        <source>this {label} already has {n} {relation} relation(s) (at most {limit})</source>
        <translation>لهذا الـ{label} علاقات {relation} عددها {n} (الحدّ الأقصى {limit})</translation>
    </message>
    <message>
        <source>that {relation} relation exists already</source>
        <translation>علاقة {relation} هذه موجودة من قبل</translation>
    </message>
    <message>
        <source>{path}: no space left on the disk (nothing half-stored: the last change was not kept)</source>
        <translation>⁨{path}⁩: لم تبقَ مساحة على القرص (لم يُحفَظ شيء ناقص: لم يُحفَظ التغيير الأخير)</translation>
    </message>
    <message>
        <source>{path}: another program kept the project busy (locked) for too long; nothing was changed, try again</source>
        <translation>⁨{path}⁩: أبقى برنامج آخر المشروع مشغولًا (مقفلًا) وقتًا طويلًا؛ لم يُغيَّر شيء، أعد المحاولة</translation>
    </message>
    <message>
        <source>{path}: the disk is full; the last change was not kept</source>
        <translation>⁨{path}⁩: القرص ممتلئ؛ لم يُحفَظ التغيير الأخير</translation>
    </message>
    <message>
        <source>{path}: the project is read-only; nothing was changed</source>
        <translation>⁨{path}⁩: المشروع للقراءة فقط؛ لم يُغيَّر شيء</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>للإنجاز</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>المُنجَزة</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>غير المُراجَعة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>المُراجَعة</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>diacritics, hamza forms and digit scripts ignored</source>
        <translation>يتجاهل التشكيل وصور الهمزة وأشكال الأرقام</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>لا تطابق</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} من {total}</translation>
    </message>
</context>
<context>
    <name>Guidelines</name>
    <message>
        <source>Annotation guidelines</source>
        <translation>دليل التوسيم</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>layer {layer} has no annotations yet</source>
        <translation>لا توسيمات بعد في الطبقة ⁨{layer}⁩</translation>
    </message>
    <message>
        <source>Export ledger…</source>
        <translation>تصدير السجل…</translation>
    </message>
    <message>
        <source>Claims ledger</source>
        <translation>سجل الادعاءات</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV لجداول البيانات (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>أسطر JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <source>Ledger export cancelled: nothing written</source>
        <translation>أُلغي تصدير السجل: لم يُكتب شيء</translation>
    </message>
    <message>
        <source>Exported {n} claim(s) to {path}</source>
        <translation>صُدِّرت الادعاءات ({n}) إلى ⁦{path}⁩</translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation>جارٍ تصدير السجل…</translation>
    </message>
    <message>
        <source>Ledger export failed: {why}</source>
        <translation>تعذّر تصدير السجل: {why}</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <source>From (2018, 2018-09…)</source>
        <translation>من (2018، 2018-09…)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>معرِّف المستند</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>هذا المستند</translation>
    </message>
    <message>
        <source>The claims of the open document only</source>
        <translation>ادعاءات المستند المفتوح وحده</translation>
    </message>
    <message>
        <source>Reviewed only</source>
        <translation>المُراجَعة وحدها</translation>
    </message>
    <message>
        <source>Gold: the reviewed documents only (what the gold export holds)</source>
        <translation>المعيار الذهبي: المستندات المُراجَعة وحدها (ما يحمله تصدير المعيار الذهبي)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Any claim type</source>
        <translation>كل أنواع الادعاء</translation>
    </message>
    <message>
        <source>Any attribution</source>
        <translation>كل أنواع الإسناد</translation>
    </message>
    <message>
        <source>Not a date range: {why}</source>
        <translation>ليس مدى تواريخ: {why}</translation>
    </message>
    <message>
        <source>Claim in {document}</source>
        <translation>ادعاء في ⁦{document}⁩</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>فعل الإسناد</translation>
    </message>
    <message>
        <source>Claim date</source>
        <translation>تاريخ الادعاء</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>تاريخ الحدث</translation>
    </message>
    <message>
        <source>About</source>
        <translation>المعنيّ بالادعاء</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>The ledger could not be read: {why}</source>
        <translation>تعذّرت قراءة السجل: {why}</translation>
    </message>
    <message>
        <source>Counting the claims…</source>
        <translation>جارٍ عدّ الادعاءات…</translation>
    </message>
    <message>
        <source>{n} claim(s); sorting…</source>
        <translation>الادعاءات: {n}؛ جارٍ الترتيب…</translation>
    </message>
    <message>
        <source>{n} claim(s)</source>
        <translation>الادعاءات: {n}</translation>
    </message>
</context>
<context>
    <name>Mentions</name>
    <message>
        <source>Proposing across the corpus cancelled</source>
        <translation>أُلغي الاقتراح في المدوّنة كلها</translation>
    </message>
    <message>
        <source>{n} mention proposal(s) in {d} document(s), from {k} tagged name(s): each document you open proposes them</source>
        <translation>اقتراحات الإشارات: {n}، في المستندات: {d}، من الأسماء الموسومة: {k}؛ كل مستند تفتحه يقترحها</translation>
    </message>
    <message>
        <source>Proposing mentions across the corpus…</source>
        <translation>جارٍ اقتراح الإشارات في المدوّنة كلها…</translation>
    </message>
    <message>
        <source>Proposing mentions failed: {why}</source>
        <translation>تعذّر اقتراح الإشارات: {why}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;وسم</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>توا&amp;ريخ</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>مرا&amp;جعة</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>تح&amp;ليل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>{n} document(s) added</source>
        <translation>مستندات مُضافة: {n}</translation>
    </message>
    <message>
        <source>{n} unchanged</source>
        <translation>دون تغيير: {n}</translation>
    </message>
    <message>
        <source>{n} layer(s) added</source>
        <translation>طبقات مُضافة: {n}</translation>
    </message>
    <message>
        <source>{n} layer(s) replaced</source>
        <translation>طبقات مُستبدَلة: {n}</translation>
    </message>
    <message>
        <source>{n} rejected</source>
        <translation>مرفوضة: {n}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (أُلغي)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Tawsim projects (*.tawsim)</source>
        <translation>مشاريع توسيم (*.tawsim)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Every format Tawsim reads ({patterns})</source>
        <translation>كل صيغة يقرؤها توسيم ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>Export my annotations</source>
        <translation>تصدير توسيماتي</translation>
    </message>
    <message>
        <source>Export reviewed gold</source>
        <translation>تصدير المعيار الذهبي المُراجَع</translation>
    </message>
    <message>
        <source>{label}: a folder (*)</source>
        <translation>{label}: مجلد (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Import failed: {why}</source>
        <translation>تعذّر الاستيراد: {why}</translation>
    </message>
    <message>
        <source>Import: {summary}</source>
        <translation>الاستيراد: {summary}</translation>
    </message>
    <message>
        <source>Export cancelled: nothing written</source>
        <translation>أُلغي التصدير: لم يُكتب شيء</translation>
    </message>
    <message>
        <source>Exported {documents} document(s), {spans} span(s), {relations} relation(s) to {path}</source>
        <translation>صُدِّر إلى ⁦{path}⁩ — المستندات: {documents}، المقاطع: {spans}، العلاقات: {relations}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Export failed: {why}</source>
        <translation>تعذّر التصدير: {why}</translation>
    </message>
    <message>
        <source>An annotator needs a name (not empty, not &apos;gold&apos;)</source>
        <translation>يحتاج الموسِّم إلى اسم (غير فارغ، ولا يكون ⁦gold⁩)</translation>
    </message>
    <message>
        <source>Now annotating as {name}</source>
        <translation>التوسيم الآن باسم ⁨{name}⁩</translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>Published:</source>
        <translation>تاريخ النشر:</translation>
    </message>
    <message>
        <source>The publication date (YYYY-MM-DD): relative dates such as أمس are resolved against it. Empty clears it.</source>
        <translation>تاريخ النشر (YYYY-MM-DD): تُحسَب التواريخ النسبية مثل «أمس» بالنسبة إليه. إفراغ الحقل يمحوه.</translation>
    </message>
    <message>
        <source>proposed {date}</source>
        <translation>مقترح ⁦{date}⁩</translation>
    </message>
    <message>
        <source>Use {date}</source>
        <translation>اعتماد ⁦{date}⁩</translation>
    </message>
    <message>
        <source>A date line in the article&apos;s header gives this date; click to make it the publication date</source>
        <translation>سطر التاريخ في ترويسة المقال يذكر هذا التاريخ؛ انقر لاعتماده تاريخًا للنشر</translation>
    </message>
    <message>
        <source>proposed from the header: {words}</source>
        <translation>مقترح من الترويسة: {words}</translation>
    </message>
    <message>
        <source>not a YYYY-MM-DD date: relative dates stay unresolved</source>
        <translation>ليس تاريخًا بصيغة YYYY-MM-DD: تبقى التواريخ النسبية دون حساب</translation>
    </message>
    <message>
        <source>none: relative dates stay unresolved (XXXX-…)</source>
        <translation>لا يوجد: تبقى التواريخ النسبية دون حساب (⁦XXXX-…⁩)</translation>
    </message>
    <message>
        <source>Not a date: «{text}» (type YYYY-MM-DD, or clear the field)</source>
        <translation>ليس تاريخًا: «⁨{text}⁩» (اكتب YYYY-MM-DD، أو أفرِغ الحقل)</translation>
    </message>
    <message>
        <source>Published {date}: date suggestions resolved against it</source>
        <translation>تاريخ النشر ⁦{date}⁩: حُسِبت اقتراحات التواريخ بالنسبة إليه</translation>
    </message>
    <message>
        <source>Publication date cleared</source>
        <translation>مُحي تاريخ النشر</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <source>Delete relation</source>
        <translation>حذف العلاقة</translation>
    </message>
    <message>
        <source>→</source>
        <translation>←</translation>
    </message>
    <message>
        <source>←</source>
        <translation>→</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Review mode: your edits go to gold — {n} difference(s) here; J/K to go through them, G accept, R reject</source>
        <translation>وضع المراجعة: تعديلاتك تذهب إلى المعيار الذهبي — الاختلافات هنا: {n}؛ J/K للتنقّل بينها، G للقبول، R للرفض</translation>
    </message>
    <message>
        <source>Annotating as {name}</source>
        <translation>التوسيم باسم ⁨{name}⁩</translation>
    </message>
    <message>
        <source>→</source>
        <translation>←</translation>
    </message>
    <message>
        <source>No candidates in this document</source>
        <translation>لا عناصر للمراجعة في هذا المستند</translation>
    </message>
    <message>
        <source>No differences in this document: every candidate is agreed</source>
        <translation>لا اختلافات في هذا المستند: كل العناصر متَّفق عليها</translation>
    </message>
    <message>
        <source>Review mode is off (Ctrl+R turns it on)</source>
        <translation>وضع المراجعة غير مُفعَّل (Ctrl+R يفعّله)</translation>
    </message>
    <message>
        <source>No candidate selected: J/K go through the differences</source>
        <translation>لم يُحدَّد أي عنصر: J/K للتنقّل بين الاختلافات</translation>
    </message>
    <message>
        <source>Accepted {kind} {label} «{text}» from {who} into gold</source>
        <translation>قُبِل {label} «{text}» ({kind}) من نسخة ⁨{who}⁩ في المعيار الذهبي</translation>
    </message>
    <message>
        <source>Rejected {kind} {label} «{text}»</source>
        <translation>رُفِض {label} «{text}» ({kind})</translation>
    </message>
    <message>
        <source>Only {names} has this candidate: one version</source>
        <translation>هذا العنصر عند ⁨{names}⁩ وحده: نسخة واحدة</translation>
    </message>
    <message>
        <source>G now accepts {name}&apos;s version</source>
        <translation>المفتاح G يقبل الآن نسخة ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Nothing unanimous left to accept in this document</source>
        <translation>لم يبقَ في هذا المستند مُجمَع عليه للقبول</translation>
    </message>
    <message>
        <source>Accepted {spans} unanimous span(s) and {relations} relation(s) into gold (one undo step)</source>
        <translation>قُبِل المُجمَع عليه في المعيار الذهبي — المقاطع: {spans}، العلاقات: {relations} (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Accepted {spans} span(s) and {relations} relation(s) into gold in {documents} document(s)</source>
        <translation>قُبِل في المعيار الذهبي — المقاطع: {spans}، العلاقات: {relations}، المستندات: {documents}</translation>
    </message>
    <message>
        <source>Accepting unanimous annotations…</source>
        <translation>جارٍ قبول التوسيمات المُجمَع عليها…</translation>
    </message>
    <message>
        <source>Accept unanimous failed: {why}</source>
        <translation>تعذّر قبول المُجمَع عليه: {why}</translation>
    </message>
    <message>
        <source>{id} reviewed</source>
        <translation>رُوجِع ⁦{id}⁩</translation>
    </message>
    <message>
        <source> — note: {n} difference(s) left undecided</source>
        <translation> — تنبيه: اختلافات بقيت دون قرار: {n}</translation>
    </message>
    <message>
        <source> — no document left to review</source>
        <translation> — لم يبقَ مستند للمراجعة</translation>
    </message>
    <message>
        <source>Why accept «{text}»? Enter: accept, Esc: cancel</source>
        <translation>لماذا تقبل «{text}»؟ Enter: قبول، Esc: إلغاء</translation>
    </message>
    <message>
        <source>Why reject «{text}»? Enter: reject, Esc: cancel</source>
        <translation>لماذا ترفض «{text}»؟ Enter: رفض، Esc: إلغاء</translation>
    </message>
    <message>
        <source>No reason given: nothing decided</source>
        <translation>لم يُذكَر سبب: لم يُتَّخذ قرار</translation>
    </message>
    <message>
        <source>missing for {names}</source>
        <translation>غائب عند ⁨{names}⁩</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>دون قرار</translation>
    </message>
    <message>
        <source>gold: {state}</source>
        <translation>المعيار الذهبي: {state}</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>متَّفق عليه</translation>
    </message>
    <message>
        <source>only {names}</source>
        <translation>عند ⁨{names}⁩ فقط</translation>
    </message>
    <message>
        <source>attribute: {names}</source>
        <translation>السمة: ⁨{names}⁩</translation>
    </message>
    <message>
        <source>✓ in gold</source>
        <translation>✓ في المعيار الذهبي</translation>
    </message>
    <message>
        <source>✗ rejected</source>
        <translation>✗ مرفوض</translation>
    </message>
    <message>
        <source>(no attributes)</source>
        <translation>(بلا سمات)</translation>
    </message>
    <message>
        <source>missing for: {names}</source>
        <translation>غائب عند: ⁨{names}⁩</translation>
    </message>
    <message>
        <source>Agreement: needs two annotators ({names} holds this document)</source>
        <translation>الاتفاق: يلزم موسِّمان (المستند عند: ⁨{names}⁩)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Agreement ({names}): exact F1 {exact}, overlap F1 {overlap}, relations {relations}</source>
        <translation>الاتفاق (⁨{names}⁩): F1 للتطابق التام {exact}، F1 للتداخل {overlap}، العلاقات {relations}</translation>
    </message>
    <message>
        <source>exact/overlap F1 by label: {figures}</source>
        <translation>F1 للتطابق التام/للتداخل حسب الوسم: {figures}</translation>
    </message>
    <message>
        <source>has it</source>
        <translation>عنده</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>{n} found</source>
        <translation>وُجد: {n}</translation>
    </message>
    <message>
        <source>{n} match(es) in this document; the first is selected</source>
        <translation>مواضع التطابق في هذا المستند: {n}؛ الأول محدَّد</translation>
    </message>
    <message>
        <source>Indexing the corpus for search…</source>
        <translation>فهرسة المدوّنة للبحث…</translation>
    </message>
    <message>
        <source>Indexing failed: {why}</source>
        <translation>تعذّرت الفهرسة: {why}</translation>
    </message>
    <message>
        <source>Search id, title and text</source>
        <translation>ابحث في المعرِّف والعنوان والنص</translation>
    </message>
    <message>
        <source>Diacritics, hamza forms, ى/ي, ة/ه and digit scripts are matched alike</source>
        <translation>تُطابَق الحركات وصور الهمزة وى/ي وة/ه وأنظمة الأرقام على حدّ سواء</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>No document {id} in this project</source>
        <translation>لا مستند ⁦{id}⁩ في هذا المشروع</translation>
    </message>
    <message>
        <source>Not done: {why}</source>
        <translation>لم يُنفَّذ: {why}</translation>
    </message>
    <message>
        <source>This project file is read-only: you can read it and export from it, not change it.</source>
        <translation>ملف المشروع للقراءة فقط: يمكنك قراءته والتصدير منه، لا تغييره.</translation>
    </message>
    <message>
        <source>{name} is already annotating this project in another window (process {pid} on {host}): this window is read-only.</source>
        <translation>⁨{name}⁩ يوسِّم هذا المشروع في نافذة أخرى (العملية ⁦{pid}⁩ على ⁦{host}⁩): هذه النافذة للقراءة فقط.</translation>
    </message>
    <message>
        <source>Updated with changes made in another window or program</source>
        <translation>حُدِّث بالتغييرات التي أجرتها نافذة أو برنامج آخر</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>تمّ التراجع عن {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>تمّت إعادة {what}</translation>
    </message>
    <message>
        <source>Could not undo: {why}</source>
        <translation>تعذّر التراجع: {why}</translation>
    </message>
    <message>
        <source>Could not redo: {why}</source>
        <translation>تعذّرت الإعادة: {why}</translation>
    </message>
    <message>
        <source>{what} is not in the project any more</source>
        <translation>⁨{what}⁩ لم يعد في المشروع</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Arabic layout</source>
        <translation>في التخطيط العربي</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>annotating</source>
        <translation>أثناء التوسيم</translation>
    </message>
    <message>
        <source>reviewing</source>
        <translation>أثناء المراجعة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>to do</source>
        <translation>للإنجاز</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>done</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>غير مُراجَع</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>مُراجَع</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>{n} suggestion(s): N/P to go through them, Y or Enter accepts, X dismisses, Shift+Y accepts all</source>
        <translation>الاقتراحات: {n} — N/P للتنقّل بينها، Y أو Enter للقبول، X للتجاهل، Shift+Y لقبولها كلها</translation>
    </message>
    <message>
        <source>{n} other mention(s) proposed: N/P to go through them, Y accepts, X dismisses, Shift+Y accepts all</source>
        <translation>إشارات أخرى مقترحة: {n} — N/P للتنقّل بينها، Y للقبول، X للتجاهل، Shift+Y لقبولها كلها</translation>
    </message>
    <message>
        <source>No suggestions in this document</source>
        <translation>لا اقتراحات في هذا المستند</translation>
    </message>
    <message>
        <source>Suggestion {i}/{n}: {label} {text} = {note} — Y or Enter accepts, X dismisses, N/P next/previous</source>
        <translation>الاقتراح {i} من {n}: {label} {text} = {note} — Y أو Enter للقبول، X للتجاهل، N/P للتالي/للسابق</translation>
    </message>
    <message>
        <source>Accepted {label} {text} = {note}</source>
        <translation>قُبِل {label} {text} = {note}</translation>
    </message>
    <message>
        <source>{message} — press Y or Enter again to accept</source>
        <translation>{message} — اضغط Y أو Enter مرة أخرى للقبول</translation>
    </message>
    <message>
        <source>No suggestions to accept</source>
        <translation>لا اقتراحات للقبول</translation>
    </message>
    <message>
        <source>Accepted {n} suggestion(s) (one undo step)</source>
        <translation>قُبِلت الاقتراحات: {n} (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Dismissed {text} (Ctrl+Z brings it back)</source>
        <translation>جرى تجاهل {text} (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <source>No suggestion selected: N/P selects one</source>
        <translation>لم يُحدَّد أي اقتراح: N/P لتحديد واحد</translation>
    </message>
    <message>
        <source>{note}, from the gazetteer</source>
        <translation>{note}، من قائمة الأسماء</translation>
    </message>
</context>
<context>
    <name>Tagging</name>
    <message>
        <source>Select some text first, then press a label key</source>
        <translation>حدّد نصًّا أولًا، ثم اضغط مفتاح وسم</translation>
    </message>
    <message>
        <source>Nothing to tag: the selection is only white space</source>
        <translation>لا شيء للوسم: التحديد فراغات فقط</translation>
    </message>
    <message>
        <source>That {label} is tagged already</source>
        <translation>هذا المقطع موسوم من قبل: {label}</translation>
    </message>
    <message>
        <source>Tagged {label} {text}</source>
        <translation>وُسِم {label} {text}</translation>
    </message>
    <message>
        <source>No span selected</source>
        <translation>لم يُحدَّد أي مقطع</translation>
    </message>
    <message>
        <source>{relation}: first select the {head} it starts from</source>
        <translation>{relation}: حدّد أولًا المقطع الذي تبدأ منه العلاقة ({head})</translation>
    </message>
    <message>
        <source>{relation}: click the {tail} it points to in the article, or pick it below (Esc cancels)</source>
        <translation>{relation}: انقر في المقال على المقطع الذي تشير إليه العلاقة ({tail})، أو اختره أدناه (Esc للإلغاء)</translation>
    </message>
    <message>
        <source>Relation cancelled</source>
        <translation>أُلغيت العلاقة</translation>
    </message>
    <message>
        <source>Added {relation}</source>
        <translation>أُضيفت علاقة {relation}</translation>
    </message>
    <message>
        <source>{relation}: that is not a {tail} (Esc cancels)</source>
        <translation>{relation}: هذا ليس {tail} (Esc للإلغاء)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fewer days, more detail (also Ctrl with the mouse wheel)</source>
        <translation>أيام أقل وتفاصيل أكثر (أو Ctrl مع عجلة الفأرة)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>More days (also Ctrl with the mouse wheel)</source>
        <translation>أيام أكثر (أو Ctrl مع عجلة الفأرة)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Show every item</source>
        <translation>عرض كل العناصر</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>تصدير صورة…</translation>
    </message>
    <message>
        <source>Save the timeline as PNG or SVG</source>
        <translation>حفظ الخط الزمني صورةً بصيغة PNG أو SVG</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Placing the claims…</source>
        <translation>جارٍ وضع الادعاءات على الخط…</translation>
    </message>
    <message>
        <source>The timeline could not be read: {why}</source>
        <translation>تعذّرت قراءة الخط الزمني: {why}</translation>
    </message>
    <message>
        <source>{claims} claim date(s) and {events} event date(s) placed; {unplaced} date(s) cannot be placed, {undated} claim(s) have none</source>
        <translation>وُضِعت تواريخ الادعاءات: {claims}، وتواريخ الأحداث: {events}؛ تواريخ لا يمكن وضعها: {unplaced}، ادعاءات بلا تاريخ: {undated}</translation>
    </message>
    <message>
        <source>as the ledger filters: {filters}</source>
        <translation>بحسب تصفية السجل: {filters}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>تصدير الخط الزمني</translation>
    </message>
    <message>
        <source>Show the timeline first (Analysis ▸ Timeline)</source>
        <translation>اعرض الخط الزمني أولًا (تحليل ◂ الخط الزمني)</translation>
    </message>
    <message>
        <source>SVG export needs Qt&apos;s SVG module, which this build leaves out: export a PNG</source>
        <translation>يحتاج تصدير SVG إلى وحدة SVG في Qt، وهذه النسخة لا تحملها: صدِّر صورة PNG</translation>
    </message>
    <message>
        <source>Timeline not exported: {why}</source>
        <translation>لم يُصدَّر الخط الزمني: {why}</translation>
    </message>
    <message>
        <source>Timeline exported to {path}</source>
        <translation>صُدِّر الخط الزمني إلى ⁦{path}⁩</translation>
    </message>
    <message>
        <source>Other claimants</source>
        <translation>أصحاب ادعاءات آخرون</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>غير منسوب</translation>
    </message>
    <message>
        <source>No claims with resolved dates in this layer: set the publication date or resolve the dates</source>
        <translation>لا ادعاءات بتواريخ محسوبة في هذه الطبقة: حدِّد تاريخ النشر أو احسب التواريخ</translation>
    </message>
    <message>
        <source>claim, by the date it was made</source>
        <translation>ادعاء، بتاريخ صدوره</translation>
    </message>
    <message>
        <source>event it reports, by its date</source>
        <translation>حدث ينقله، بتاريخه</translation>
    </message>
    <message>
        <source>a week, month, season or year: a band</source>
        <translation>أسبوع أو شهر أو فصل أو سنة: شريط</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>ساعة</translation>
    </message>
    <message>
        <source>a part of the day</source>
        <translation>جزء من اليوم</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>a weekend</source>
        <translation>عطلة نهاية أسبوع</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>a season</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>half a year</source>
        <translation>نصف سنة</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>a decade</source>
        <translation>عقد</translation>
    </message>
    <message>
        <source>a century</source>
        <translation>قرن</translation>
    </message>
    <message>
        <source>{claims} claim date(s) and {events} event date(s), {start} – {end}
Click or zoom in to see each</source>
        <translation>تواريخ الادعاءات: {claims}، تواريخ الأحداث: {events}، {start} – {end}
انقر أو كبِّر لترى كلًّا منها</translation>
    </message>
    <message>
        <source>Event it reports: {value}{mod} ({granularity})</source>
        <translation>حدث ينقله: ⁦{value}{mod}⁩ ({granularity})</translation>
    </message>
    <message>
        <source>Claim made: {value}{mod} ({granularity})</source>
        <translation>صدور الادعاء: ⁦{value}{mod}⁩ ({granularity})</translation>
    </message>
    <message>
        <source>Claimant: {name}</source>
        <translation>صاحب الادعاء: ⁨{name}⁩</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا أحد)</translation>
    </message>
    <message>
        <source>Date: {text}</source>
        <translation>التاريخ: {text}</translation>
    </message>
    <message>
        <source>Document: {id} (click to open it)</source>
        <translation>المستند: ⁦{id}⁩ (انقر لفتحه)</translation>
    </message>
    <message>
        <source>no timeline to export yet</source>
        <translation>لا خط زمني للتصدير بعد</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>تعذّرت كتابة ⁦{path}⁩</translation>
    </message>
    <message>
        <source>Tawsim timeline</source>
        <translation>الخط الزمني في توسيم</translation>
    </message>
    <message>
        <source>Claims by the date they were made and the events they report by their dates</source>
        <translation>الادعاءات بتواريخ صدورها والأحداث التي تنقلها بتواريخها</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;تراجع عن {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>إ&amp;عادة {what}</translation>
    </message>
    <message>
        <source>No documents yet. Import articles with File ▸ Import files… (Ctrl+I), or drop .txt, .jsonl or .tawsim files on this window.</source>
        <translation>لا مستندات بعد. استورد مقالات من ملف ◂ استيراد ملفات… (Ctrl+I)، أو أفلِت ملفات ⁦.txt⁩ أو ⁦.jsonl⁩ أو ⁦.tawsim⁩ على هذه النافذة.</translation>
    </message>
    <message>
        <source>claims without a claimant: {n}</source>
        <translation>ادعاءات بلا صاحب: {n}</translation>
    </message>
    <message>
        <source>suggestions left: {n}</source>
        <translation>اقتراحات باقية: {n}</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>لا جديد</translation>
    </message>
    <message>
        <source>Project busy</source>
        <translation>المشروع مشغول</translation>
    </message>
    <message>
        <source>Another program is writing this project. Nothing was changed; retry when it is done.</source>
        <translation>برنامج آخر يكتب في هذا المشروع. لم يُغيَّر شيء؛ أعد المحاولة حين ينتهي.</translation>
    </message>
    <message>
        <source>Text size {size} pt</source>
        <translation>حجم النص {size} نقطة</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>المعيار الذهبي</translation>
    </message>
</context>
</TS>
