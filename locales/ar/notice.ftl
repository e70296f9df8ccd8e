# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = إشعار الموعد
notice-replacement = إشعار بديل
notice-office = المكتب
notice-when = التاريخ والوقت
notice-type = نوع الموعد
notice-applicant = مقدّم الطلب
notice-confirmation = رقم التأكيد
notice-pin = الرقم السري (PIN)
notice-pin-new = رقم سري (PIN) جديد (الرقم السري السابق لم يعد صالحًا)
notice-bring = ما يجب إحضاره
notice-scan = اعرض هذا الرمز على مكتب الاستقبال عند وصولك.
notice-keep = احتفظ برقم التأكيد والرقم السري (PIN). ستحتاج إلى كليهما لتغيير هذا الموعد أو إلغائه، عبر جهاز الخدمة الذاتية في ردهة المكتب.
notice-arrive = احضر في الوقت المحدد. لا يُسمح بالدخول إلا لمقدّم الطلب وللأشخاص الذين يسمح لهم المكتب بذلك.
notice-printed = تاريخ الطباعة: { $when }

type-case_inquiry = استفسار عن قضية قيد المعالجة
type-adit = إثبات الإقامة الدائمة (ADIT / ختم I-551)
type-interim_ead = تصريح عمل مؤقت (طلب تعديل الوضع معلّق منذ 90 يومًا أو أكثر)
type-card_replacement = استبدال بطاقة تسجيل أجنبي مفقودة أو مسروقة
type-eap = إذن السفر المسبق في حالات الطوارئ (Emergency Advance Parole) للسفر العاجل
type-ij_grant = قرار منح صادر عن قاضي الهجرة
type-asylum = موعد لجوء
type-nacara = موعد NACARA
type-attorney_inquiry = استفسار من محامٍ أو ممثل معتمد
type-cashier_payment = أمين الصندوق: دفع رسوم أو كفالة
type-dara_adjustment = DARA: تقديم طلب تعديل الوضع والمقابلة
type-other = أمر آخر
type-forms = تنزيل النماذج
type-case_status = الاطلاع على حالة قضيتي
type-efile_i90 = استبدال البطاقة الخضراء (النموذج I-90)
type-efile_i765 = طلب تصريح عمل (النموذج I-765)

# Where the online matters are done.
service-forms = صفحة النماذج على موقع USCIS الإلكتروني
service-case_status = خدمة Case Status Online على موقع USCIS الإلكتروني
service-efile_i90 = التقديم الإلكتروني للنموذج I-90 على موقع USCIS الإلكتروني
service-efile_i765 = التقديم الإلكتروني للنموذج I-765 على موقع USCIS الإلكتروني

doc-notice = إشعار الموعد هذا
doc-photo_id = وثيقة هوية تحمل صورة: جواز سفر، أو بطاقة هوية صادرة عن الولاية، أو رخصة قيادة
doc-green_card_or_ead = بطاقة الإقامة الدائمة (I-551) إذا كنت مقيمًا دائمًا، وإلا فوثيقة تصريح العمل
doc-i94 = النموذج I-94 (سجل الوصول/المغادرة)؛ إذا لم يحمل صورة فلا يُقبل إلا مع نسخة من جواز سفر أو بطاقة هوية تُظهر اسمك ووجهك
doc-case_papers = النماذج والإيصالات وإشعارات الموافقة أو الرفض والترجمات والمستندات الأصلية المتعلقة بسؤالك
doc-passport = جواز سفرك
doc-approval_notice = إشعار الموافقة على إقامتك الدائمة
doc-filing_receipt = إشعار استلام طلب تعديل الوضع الخاص بك (النموذج I-485)
doc-passport_photos = صورتان بمقاس صور جواز السفر
doc-police_report = محضر الشرطة بشأن الفقدان أو السرقة، إن وُجد
doc-travel_evidence = ما يثبت حالة الطوارئ والسفر الذي تنوي القيام به
doc-final_order = الأمر النهائي الصادر عن قاضي الهجرة
doc-g28 = النموذج G-28 (إشعار المثول بصفة محامٍ أو ممثل)
doc-fee_notice = الإشعار الذي يطلب دفع الرسوم أو الكفالة
