# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = جارٍ فتح PassDesk…
staff-nav-board = لوحة اليوم
staff-nav-mix = التوزيع اليومي
staff-nav-staff = الموظفون
staff-enter-kiosk = وضع الكشك
staff-sign-out = تسجيل الخروج
staff-status-database = قاعدة البيانات المحلية: { $path }

## Role names (roles.ts)

staff-role-administrator = مسؤول النظام
staff-role-district-manager = مدير المنطقة
staff-role-front-desk = موظف الاستقبال
staff-role-cashier = أمين الصندوق

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = تسجيل دخول موظفي PassDesk
staff-sign-in-leave-kiosk = تسجيل دخول الموظفين للخروج من الكشك
staff-sign-in-username = اسم المستخدم
staff-sign-in-password = كلمة المرور
staff-sign-in-back = رجوع
staff-sign-in-submit = تسجيل الدخول

## First start on an empty database (sign_in.tsx)

staff-first-run-title = مرحبًا بك في PassDesk
staff-first-run-intro = لا توجد حسابات في قاعدة البيانات هذه بعد. أنشئ حساب مسؤول النظام، ثم يُنشئ مسؤول النظام الحسابات الأخرى.
staff-first-run-name = اسمك
staff-first-run-username = اسم المستخدم
staff-first-run-password = كلمة المرور (10 أحرف أو أكثر)
staff-first-run-repeat = تأكيد كلمة المرور
staff-first-run-mismatch = كلمتا المرور غير متطابقتين.
staff-first-run-create = إنشاء حساب مسؤول النظام

## Daily mix editor (mix_editor.tsx)

staff-mix-title = التوزيع اليومي
staff-mix-loading = جارٍ التحميل…
staff-mix-title-office = التوزيع اليومي · { $office }
staff-mix-version = الإصدار { $version }
staff-mix-unsaved = تغييرات غير محفوظة
staff-mix-discard = تجاهل التغييرات
staff-mix-save = حفظ
staff-mix-saving = جارٍ الحفظ…
staff-mix-saved = تم الحفظ (الإصدار { $version }). عدد الأيام المُتاحة التي أُعيد إنشاؤها وفق التوزيع الجديد: { $remade }.
staff-mix-saved-kept = تم الحفظ (الإصدار { $version }). عدد الأيام المُتاحة التي أُعيد إنشاؤها وفق التوزيع الجديد: { $remade }. الأيام المُتاحة التي فيها مواعيد تحتفظ بفتراتها: { $days }.
staff-mix-not-saved = لم يتم الحفظ: { $error }
staff-mix-released = تمت الإتاحة حتى { $through }. فترات جديدة: { $created }، في أيام عددها: { $days }. أيام أُتيحت من قبل: { $before }.
staff-mix-not-released = لم تتم الإتاحة: { $error }
staff-mix-cannot-save = لا يمكن الحفظ بعد: { $problem }
staff-mix-open = ساعات العمل
staff-mix-closed = مغلق
staff-mix-summary = الفترات: { $slots } · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = لا توجد أماكن
staff-mix-add-block = إضافة كتلة زمنية
staff-mix-copy-day = نسخ اليوم إلى…
staff-mix-copy-to = نسخ ساعات يوم { $day } وكتله الزمنية إلى:
staff-mix-copy = نسخ
staff-mix-cancel = إلغاء
staff-mix-col-time = الوقت
staff-mix-col-slot = مدة الفترة
staff-mix-col-capacity = السعة
staff-mix-col-track = المسار
staff-mix-col-types = أنواع المواعيد
staff-mix-slot-minutes = { $minutes } دقيقة
staff-mix-block-types = الأنواع ({ $count }): { $types }
staff-mix-remove = إزالة
staff-mix-range-format = اكتبه بالصيغة ⁦HH:MM-HH:MM⁩، مثل ⁦08:00-11:30⁩.
staff-mix-range-order = يجب أن تكون النهاية بعد البداية.
staff-mix-capacity-range = السعة من 1 إلى 50 شخصًا في الفترة الواحدة.
staff-mix-types-needed = اختر نوع موعد واحدًا على الأقل.
staff-mix-holidays = العطلات
staff-mix-add-holiday = إضافة عطلة
staff-mix-release-policy = سياسة الإتاحة
staff-mix-release-window = عدد الأيام المُتاحة مسبقًا (⁦1-180⁩)
staff-mix-release-at = وقت إتاحة الفترات الجديدة يوميًا
staff-mix-release-through = الإتاحة حتى تاريخ
staff-mix-release-dirty = احفظ تغييراتك أو تجاهلها أولًا
staff-mix-release = إتاحة الفترات
staff-mix-policies = سياسات المكتب
staff-mix-walk-ins = فرز حالات الطوارئ الحاضرة دون موعد
staff-mix-companions = السماح بدخول المرافقين
staff-mix-attorney-hours = ساعات استقبال المحامين دون موعد
staff-mix-cashier-hours = ساعات عمل أمين الصندوق

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = الاثنين
staff-day-tue = الثلاثاء
staff-day-wed = الأربعاء
staff-day-thu = الخميس
staff-day-fri = الجمعة
staff-day-sat = السبت
staff-day-sun = الأحد
staff-day-short-mon = اثنين
staff-day-short-tue = ثلاثاء
staff-day-short-wed = أربعاء
staff-day-short-thu = خميس
staff-day-short-fri = جمعة
staff-day-short-sat = سبت
staff-day-short-sun = أحد

## Today's board (board.tsx)

staff-board-title = اللوحة
staff-board-previous-day = اليوم السابق
staff-board-next-day = اليوم التالي
staff-board-today = اليوم
staff-board-roster-print = طباعة قائمة اليوم
staff-board-roster-save = حفظ القائمة بصيغة PDF
staff-board-search-placeholder = رقم التأكيد أو رقم الأجنبي (A-Number) أو الاسم
staff-board-find = بحث
staff-board-found-one = المواعيد التي عُثر عليها: { $count }
staff-board-found-many = المواعيد التي عُثر عليها: { $count }
staff-board-close = إغلاق
staff-board-empty = لا توجد مواعيد يوم { $date }.
staff-board-booked-count = (المحجوزة: { $count })
staff-board-open-desk-booking = الحجز بالخطوات الكاملة بلغة مقدّم الطلب…
staff-board-col-when = الموعد
staff-board-col-time = الوقت
staff-board-col-name = الاسم
staff-board-col-type = النوع
staff-board-col-confirmation = رقم التأكيد
staff-board-col-status = الحالة
staff-board-applicant-name = { $last }، { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = الحجز لمتصل أو لحاضر دون موعد
staff-book-type = نوع الموعد
staff-book-question-proof-needed-by = تاريخ الحاجة إلى إثبات الوضع
staff-book-question-travel-date = تاريخ السفر المخطط له
staff-book-question-adjustment-filed-on = تاريخ تقديم طلب تعديل الوضع
staff-book-day = اليوم
staff-book-time = الوقت
staff-book-first-free = أول فترة متاحة ابتداءً من هذا اليوم
staff-book-free = الأماكن المتاحة: { $count }
staff-book-first-name = الاسم الأول
staff-book-last-name = اسم العائلة
staff-book-date-of-birth = تاريخ الميلاد
staff-book-dob-future = لا يمكن أن يكون تاريخ الميلاد في المستقبل.
staff-book-a-number = رقم الأجنبي (A-Number) (اختياري)
staff-book-phone = الهاتف (اختياري)
staff-book-receipt = تم حجز { $type } يوم { $date } الساعة { $time }. رقم التأكيد { $confirmation }، الرقم السري (PIN) { $pin } (أبلِغ به صاحب الحجز: لا يظهر إلا الآن).
staff-book-submit = حجز

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = الحجز مع مقدّم الطلب (بلغته)
staff-desk-booking-language = اللغة
staff-desk-booking-close = إغلاق

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = حسابات الموظفين
staff-accounts-col-username = اسم المستخدم
staff-accounts-col-name = الاسم
staff-accounts-col-role = الدور
staff-accounts-col-office = المكتب
staff-accounts-all-offices = جميع المكاتب
staff-accounts-new = حساب جديد
staff-accounts-name = الاسم
staff-accounts-username = اسم المستخدم
staff-accounts-role = الدور
staff-accounts-office = المكتب
staff-accounts-password = كلمة المرور الأولى (10 أحرف أو أكثر)
staff-accounts-short-password = استخدم 10 أحرف على الأقل.
staff-accounts-created = تم إنشاء الحساب { $username }.
staff-accounts-create = إنشاء حساب
staff-accounts-col-status = الحالة
staff-accounts-active = نشط
staff-accounts-disabled = معطّل
staff-accounts-edit = تعديل
staff-accounts-editing = تعديل الحساب { $username }
staff-accounts-disable = معطّل: لا يمكن لهذا الحساب تسجيل الدخول
staff-accounts-new-password = كلمة مرور جديدة (اتركها فارغة للإبقاء على كلمة المرور الحالية)
staff-accounts-save = حفظ التغييرات
staff-accounts-cancel = إلغاء
staff-accounts-saved = تم حفظ الحساب { $username }.

## Check-in (front desk)
staff-nav-checkin = تسجيل الوصول
staff-nav-cashier = أمين الصندوق
staff-checkin-title = تسجيل الوصول
staff-checkin-search-placeholder = امسح الإشعار ضوئيًا، أو اكتب رقم التأكيد أو رقم الأجنبي (A-Number) أو رقم الإيصال أو الاسم
staff-checkin-find = بحث
staff-checkin-none = لم يُعثر على شيء.
staff-checkin-documents = وثائق الهوية التي تم الاطلاع عليها
staff-checkin-mrz = بيانات MRZ من قارئ الوثائق
staff-checkin-override = سبب قبول الوثائق على حالها
staff-checkin-submit = تسجيل الوصول
staff-checkin-cancel = إلغاء
staff-checkin-next = الوافد التالي
staff-checkin-shortcut = المسافة تحدد مستندًا، وTab للانتقال، وCtrl+Enter لتسجيل الوصول.
staff-checkin-rebook = حجز أقرب موعد متاح
staff-checkin-rebooked = نُقل إلى { $when }. الرقم السري الجديد: { $pin }
staff-checkin-rebook-print = طباعة الإشعار الجديد
staff-checkin-done = تم تسجيل الوصول: الرقم { $number }
staff-checkin-not-here = هذا الموعد ليس اليوم في هذا المكتب؛ راجع الملاحظة أعلاه.
staff-doc-passport = جواز السفر
staff-doc-state_photo_id = بطاقة هوية بصورة صادرة عن الولاية
staff-doc-drivers_license = رخصة القيادة
staff-doc-permanent_resident_card = بطاقة الإقامة الدائمة (I-551)
staff-doc-ead = وثيقة تصريح العمل
staff-doc-i94_with_photo = النموذج I-94 بصورة
staff-doc-i94_without_photo = النموذج I-94 دون صورة
staff-doc-passport_or_id_copy = نسخة من جواز سفر أو بطاقة هوية (الاسم والوجه)
staff-doc-other = وثيقة أخرى

## The waiting queue
staff-queue-title = قائمة انتظار اليوم
staff-queue-desk = مكتبي أو شبّاكي
staff-queue-late = متأخر
staff-queue-call = نداء
staff-queue-served = تمت الخدمة
staff-queue-not-served = لم تتم الخدمة
staff-visit-waiting = في الانتظار
staff-visit-called = تم النداء
staff-visit-served = تمت الخدمة
staff-visit-not_served = لم تتم الخدمة
staff-appointment-booked = محجوز
staff-appointment-cancelled = ملغى

## Walk-ins
staff-walkin-open = حاضر دون موعد…
staff-walkin-title = حضور دون موعد
staff-walkin-name = الاسم
staff-walkin-kind = الفئة
staff-walkin-kind-walk_in = حالة طارئة (بعد الفرز)
staff-walkin-kind-attorney_walk_in = محامٍ (ساعات الحضور دون موعد)
staff-walkin-kind-cashier_walk_in = أمين الصندوق (ساعات عمل أمين الصندوق)
staff-walkin-reason = حالة طارئة
staff-walkin-reason-medical_emergency = حالة طبية طارئة
staff-walkin-reason-imminent_travel = سفر لا يحتمل التأجيل
staff-walkin-reason-death_in_family = وفاة في العائلة
staff-walkin-reason-document_needed_for_work = وثيقة مطلوبة للعمل
staff-walkin-reason-humanitarian = سبب إنساني
staff-walkin-reason-other = أخرى
staff-walkin-reason-text = التفاصيل
staff-walkin-approval = يوافق مدير أو مشرف (اليوم ممتلئ)
staff-walkin-submit = قبول

## Cashier
staff-cashier-title = أمين الصندوق
staff-cashier-placeholder = امسح الإشعار ضوئيًا أو اكتب رقم التأكيد
staff-cashier-admit = قبول
staff-cashier-receipt = مرجع إيصال الدفع

## The waiting room's screen
staff-waiting-open = فتح شاشة غرفة الانتظار

## The day's figures, companions
staff-summary-title = أرقام اليوم
staff-summary-track = المسار
staff-summary-seats = الأماكن
staff-summary-booked = المحجوز
staff-summary-arrived = الحاضرون
staff-summary-no-show = الغائبون
staff-summary-walk-ins = بدون موعد
staff-summary-no-show-rate = نسبة الغياب
staff-summary-utilisation = نسبة الإشغال
staff-companions-title = المرافقون
staff-companion-family = فرد من العائلة
staff-companion-translator = مترجم
staff-companion-attorney = محامٍ
staff-companions-add = إضافة مرافق
staff-companions-remove = إزالة

## The status bar: the sync with the central database
staff-sync-standalone = لا توجد قاعدة بيانات مركزية: تُدير محطة العمل هذه مكتبها بمفردها.
staff-sync-online = قاعدة البيانات المركزية: متصلة · آخر مزامنة: { $age } · غير المُرسَل: { $unsent }
staff-sync-offline = قاعدة البيانات المركزية: غير متصلة · آخر مزامنة: { $age } · غير المُرسَل: { $unsent }، محفوظ هنا وسيُرسَل عند عودتها · تسجيل الوصول لا يزال يعمل، أما الحجز فيحتاج إلى قاعدة البيانات المركزية
staff-sync-draining = جارٍ الإرسال إلى قاعدة البيانات المركزية: المُرسَل { $sent }، والمتبقي { $remaining }
staff-sync-never = لم تتم بعد
staff-sync-seconds-ago = منذ { $seconds } ثانية
staff-sync-minutes-ago = منذ { $minutes } دقيقة
staff-sync-hours-ago = منذ { $hours } ساعة
staff-sync-days-ago = منذ { $days } يوم
staff-sync-problem = قاعدة البيانات المركزية: غير صالحة للاستخدام · { $problem } · آخر مزامنة: { $age } · غير المُرسَل: { $unsent }، محفوظ هنا · تسجيل الوصول لا يزال يعمل
staff-sync-local-problem = المزامنة متوقفة مؤقتًا: { $problem } · آخر مزامنة: { $age } · غير المُرسَل: { $unsent } · تُعاد المحاولة تلقائيًا كل بضع ثوانٍ؛ إذا استمر ذلك، فاتصل بقسم تقنية المعلومات

## The administrator's central-database settings
staff-nav-central = قاعدة البيانات المركزية
staff-central-title = قاعدة البيانات المركزية
staff-central-standalone = تُدير محطة العمل هذه مكتبها بمفردها. اربطها بقاعدة البيانات المركزية للمنطقة لإجراء الحجز مركزيًا ومشاركة تسجيلات الوصول مع محطات العمل الأخرى.
staff-central-connected = تم الاتصال بـ { $address }
staff-central-reachable = الخادم يستجيب: PostgreSQL { $version }، المخطط { $applied } من { $known }.
staff-central-unreachable = الخادم لا يستجيب: { $reason }
staff-central-refused = قاعدة البيانات المركزية تستجيب، لكن لا يمكن استخدامها: { $reason }
staff-central-password-unreadable = لا يمكن قراءة كلمة المرور المحفوظة على محطة العمل هذه: { $reason }
staff-central-schema-behind = مخططها أقدم من مخطط هذا التطبيق: يُشغِّل مسؤول النظام الأمر `passdesk central migrate` مرة واحدة للمنطقة (لقاعدة بيانات جديدة فارغة: `passdesk central init`).
staff-central-schema-ahead = مخططها أحدث مما يعرفه هذا التطبيق: ثبِّت على محطة العمل هذه إصدار PassDesk المعتمد في المنطقة.
staff-central-office-unknown = لا يوجد في المنطقة مكتب { $office }: ستبقى اللوحة والقائمة والبحث في محطة العمل هذه فارغة. أعد الاتصال مع تحديد المكتب الصحيح.
staff-central-password-keychain = كلمة المرور محفوظة في سلسلة مفاتيح النظام.
staff-central-password-file = كلمة المرور محفوظة في الملف { $path }، ولا يمكن قراءته إلا من هذا الحساب.
staff-central-unsent = سجلات لم تُرسَل بعد: { $count }
staff-central-host = الخادم
staff-central-port = المنفذ (إن تُرك فارغًا: 5432)
staff-central-database = قاعدة البيانات
staff-central-user = الحساب
staff-central-password = كلمة المرور
staff-central-office = المكتب الذي تحفظ محطة العمل هذه بياناته (إن تُرك فارغًا: جميع المكاتب)
staff-central-password-file-label = احفظ كلمة المرور في هذا الملف بدلًا من ذلك (لجهاز لا توجد فيه سلسلة مفاتيح)
staff-central-connect = اتصال
staff-central-disconnect = قطع الاتصال
staff-central-disconnected = تم قطع الاتصال: تُدير محطة العمل هذه مكتبها الآن بمفردها.
staff-central-disconnect-warning = هل تريد قطع اتصال محطة العمل هذه بقاعدة البيانات المركزية؟ ستُدير بعد ذلك مكتبها بمفردها. المواعيد التي تحجزها أو تنقلها أو تلغيها وهي تعمل بمفردها يجب إرسالها إلى المنطقة قبل أن تتصل من جديد؛ وما لا يمكن إرساله منها (لأن وقته حُجز في المنطقة في هذه الأثناء) فيُدرَج في قائمة مع الشخص الذي يجب الاتصال به. أما تسجيلات الوصول فتُحفظ وتُرسَل عندما تتصل من جديد.
staff-central-disconnect-yes = نعم، اقطع الاتصال
staff-central-disconnect-keep = إبقاء الاتصال
staff-central-own-title = مواعيد غُيِّرت على محطة العمل هذه وحدها: { $count }
staff-central-own-explain = أثناء قطع الاتصال، حجزت محطة العمل هذه المواعيد التالية أو نقلتها أو ألغتها، أو أصدرت لها أرقامًا سرية (PIN) جديدة. لا تتوفر هذه المواعيد بعدُ في قاعدة البيانات المركزية للمنطقة، ولذلك لا يمكن ربط محطة العمل هذه من جديد على حالها. أرسِلها إلى المنطقة: يُحجَز كل موعد في الوقت نفسه برقم التأكيد نفسه والرقم السري (PIN) نفسه. أما ما لا يمكن إرساله (لامتلاء وقته في المنطقة مثلًا) فيبقى هنا مع السبب: اتصل بذلك الشخص. أو اقطع اتصال محطة العمل هذه وواصل العمل بقاعدة البيانات هذه وحدها.
staff-central-own-col-what = ما يجب إعادته
staff-central-own-booked = الحجز من جديد
staff-central-own-rescheduled = نقل
staff-central-own-cancelled = إلغاء
staff-central-own-pin-reissued = رقم سري (PIN) جديد
staff-central-own-send = إرسالها إلى المنطقة
staff-central-own-col-sent = الإرسال
staff-central-own-sent = تم الإرسال
staff-central-own-not-sent = لم يُرسَل: { $why }. اتصل بهذا الشخص.
staff-central-own-all-sent = كل ما غُيِّر على محطة العمل هذه وحدها صار الآن لدى المنطقة، وتم ربط محطة العمل هذه من جديد.

## Closing a day (snow, a power cut)
staff-close-title = إغلاق يوم
staff-close-explain = في حالة الثلوج أو انقطاع الكهرباء أو أي إغلاق آخر. يُنقل كل موعد محجوز في ذلك اليوم إلى أول وقت متاح من نوعه بعده (أو يُلغى)، ويصبح اليوم عطلة. تعرض القائمة التي تظهر بعد ذلك من يجب الاتصال بهم؛ ويحتفظ الموعد المنقول برقم التأكيد والرقم السري (PIN) الخاصين به.
staff-close-date = اليوم المراد إغلاقه
staff-close-move = نقل المواعيد إلى الأوقات المتاحة التالية
staff-close-cancel = إلغاء المواعيد
staff-close-button = إغلاق اليوم…
staff-close-dirty = احفظ تغييراتك أو تجاهلها أولًا
staff-close-confirm-move = هل تريد إغلاق { $office } يوم { $date } ونقل كل مواعيد ذلك اليوم؟ لا يمكن التراجع عن ذلك من هنا.
staff-close-confirm-cancel = هل تريد إغلاق { $office } يوم { $date } وإلغاء كل مواعيد ذلك اليوم؟ لا يمكن التراجع عن ذلك من هنا.
staff-close-yes = نعم، أغلق اليوم
staff-close-failed = لم يُغلق اليوم: { $error }
staff-close-done = تم إغلاق يوم { $date }. المواعيد المنقولة: { $moved }. المواعيد الملغاة: { $cancelled }.
staff-close-col-was = الوقت
staff-close-col-person = الشخص
staff-close-col-now = الآن
staff-close-col-reach = الهاتف، البريد الإلكتروني
staff-close-col-language = اللغة
staff-close-cancelled = ملغى
staff-close-no-contact = لم يُذكر

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = لا يمكن تشغيل PassDesk
staff-startup-code = الرمز
staff-startup-database = قاعدة البيانات
staff-startup-next = لم يتغيّر أي شيء. عالِج ما تذكره الرسالة، ثم شغِّل PassDesk مرة أخرى. إذا استمر ذلك، فاتصل بقسم تقنية المعلومات وأعطهم هذه الرسالة والرمز.
staff-startup-quit = إغلاق

staff-desks-title = محطات العمل في المنطقة
staff-desks-explain = كما تلقّتها قاعدة البيانات المركزية آخر مرة من كل محطة: تُبلغ كل محطة عمل عن حالتها في نهاية جولات المزامنة، مرة كل 30 ثانية على الأقل ما دامت قادرة على الوصول إلى قاعدة البيانات المركزية. قبل إغلاق يوم، ابحث هنا عن محطة عمل انقطعت أخبارها أو تحتفظ بتسجيلات وصول لم تُرسِلها بعد.
staff-desks-none = لم تُبلغ أي محطة عمل عن حالتها بعد.
staff-desks-col-workstation = محطة العمل
staff-desks-col-office = المكتب
staff-desks-col-heard = آخر إبلاغ
staff-desks-col-unsent = غير المُرسَل حينها
staff-desks-col-problem = المشكلة
staff-desks-this-one = (هذه المحطة)
staff-desks-every-office = جميع المكاتب
staff-desks-silent = لم يرد منها أي إبلاغ منذ أكثر من دقيقتين
staff-desks-unsent = عدد السجلات: { $count }، أقدمها سُجِّل { $oldest }
staff-desks-failed = فشلت آخر مزامنة لها: { $why }
staff-desks-rejected-count = سجلات مرفوضة: { $count }
staff-desks-rejected-title = سجلات رفضتها قاعدة البيانات المركزية: { $count }
staff-desks-rejected-explain = تعذّر على قاعدة البيانات المركزية تطبيق هذه السجلات، فاحتفظت بها مع السبب؛ ولن تُعيد أي مزامنة محاولة إرسالها. عالِج كلًّا منها يدويًا: سجِّل وصول الشخص من جديد أو صحِّح البيانات المعنية.
staff-desks-col-made = وقت التسجيل
staff-desks-col-about = الموضوع
staff-desks-col-why = السبب
