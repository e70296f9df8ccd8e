# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.
# Arabic: the nouns counted by $days, $waited and $minutes agree with the
# number, so those messages select on the CLDR plural category.

error-unexpected = حدث خطأ ما. يُرجى المحاولة مرة أخرى، أو الاستفسار في مكتب الاستقبال.
error-database_unavailable = نظام المواعيد غير متاح الآن. يُرجى الاستفسار في مكتب الاستقبال.
error-central_unavailable = يتطلب الحجز نظام المواعيد المركزي، ويتعذّر الوصول إليه الآن. يُرجى المحاولة مرة أخرى بعد بضع دقائق، أو الاستفسار في مكتب الاستقبال.
error-forbidden = هذه الخدمة غير متاحة هنا.
error-invalid_input = يُرجى التحقق مما أدخلته.

# One message per field, shown beside the field.
field-zip = أدخل رمزًا بريديًا (ZIP) من 5 أرقام، مثل 75201.
field-country = اختر بلد إقامتك. إذا كنت تقيم في الولايات المتحدة، فأدخل رمزك البريدي (ZIP) بدلًا من ذلك.
field-office = اختر مكتبًا.
field-type = اختر نوع الموعد.
field-confirmation = أدخل رقم التأكيد المذكور في إشعارك: 10 حروف وأرقام، مثل 7K3QF-9XW2M.
field-pin = أدخل الرقم السري (PIN) المذكور في إشعارك: 6 أرقام.
field-first_name = أدخل الاسم الأول كما هو في مستنداتك (حروف فقط).
field-middle_name = أدخل الاسم الأوسط كما هو في مستنداتك، أو اترك الحقل فارغًا.
field-last_name = أدخل اسم العائلة كما هو في مستنداتك (حروف فقط).
field-date_of_birth = أدخل تاريخ ميلاد صحيحًا في الماضي.
field-country_of_birth = اختر بلد الميلاد، أو اترك الحقل فارغًا.
field-phone = أدخل رقم هاتف: 10 أرقام في الولايات المتحدة، أو علامة + ثم رمز البلد.
field-rep_phone = أدخل رقم هاتف: 10 أرقام في الولايات المتحدة، أو علامة + ثم رمز البلد.
field-email = أدخل عنوان بريد إلكتروني مثل name@example.com، أو اترك الحقل فارغًا.
field-rep_email = أدخل عنوان بريد إلكتروني مثل name@example.com، أو اترك الحقل فارغًا.
field-a_number = أدخل رقم الأجنبي (A-Number) بالحرف A ثم 7 إلى 9 أرقام، مثل A012345678، أو اترك الحقل فارغًا.
field-receipt_number = أدخل رقم الإيصال بـ 3 حروف ثم 10 أرقام، مثل EAC2190012345، أو اترك الحقل فارغًا.
field-name = أدخل اسم الممثل (حروف فقط).
field-organization = أدخل اسم المؤسسة كنص عادي (حتى 120 حرفًا)، أو اترك الحقل فارغًا.
field-online_account = أدخل رقم الحساب الإلكتروني كنص عادي، أو اترك الحقل فارغًا.
field-call_times = اذكر أفضل الأيام والأوقات كنص عادي (حتى 200 حرف)، أو اترك الحقل فارغًا.
field-proof_needed_by = أدخل التاريخ الذي تحتاج فيه إلى إثبات وضعك. لا يمكن أن يكون في الماضي.
field-travel_date = أدخل التاريخ الذي تنوي السفر فيه. لا يمكن أن يكون في الماضي.
field-adjustment_filed_on = أدخل تاريخ تقديم طلب تعديل الوضع الخاص بك. لا يمكن أن يكون في المستقبل.
field-final_order = أدخل تاريخ الأمر النهائي الصادر عن القاضي (ليس في المستقبل)، والمحكمة، وما منحه القاضي.
field-language = اختر إحدى اللغات المتاحة.
field-slot_id = اختر أحد الأوقات المتاحة.
field-from = أدخل تاريخًا يبدأ منه البحث.
field-identity = أدخل أيضًا رقم الأجنبي (A-Number) أو رقم إيصال.

error-redirect-contact-center = لا يتم حجز «{ $type }» هنا. يُرجى الاتصال بمركز اتصال USCIS على الرقم { $phone }.
error-redirect-online = «{ $type }» لا يحتاج إلى موعد. يُرجى استخدام { $service }.
error-rule-proof = تحتاج إلى إثبات وضعك بتاريخ { $date }، أي بعد أكثر من { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من اليوم. يُرجى الحجز في موعد أقرب إلى ذلك التاريخ، أو الاتصال بمركز اتصال USCIS على الرقم { $phone }.
error-rule-travel = موعد سفرك بتاريخ { $date }، أي خلال { $days ->
        [one] يوم عمل واحد
        [two] يومَي عمل
        [few] { $days } أيام عمل
       *[other] { $days } يوم عمل
    } أو أقل. يُرجى الاتصال بمركز اتصال USCIS على الرقم { $phone }.
error-no_slot_in_time = لا يوجد وقت متاح بتاريخ { $date } أو قبله، وهو آخر يوم يمكن أن يفيدك فيه هذا الموعد. يُرجى الاتصال بمركز اتصال USCIS على الرقم { $phone }.
error-rule-filed = يمكن طلب تصريح عمل مؤقت بعد مرور { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } على تقديم الطلب. وقد قُدِّم طلبك منذ { $waited ->
        [one] يوم واحد
        [two] يومين
        [few] { $waited } أيام
        [many] { $waited } يومًا
       *[other] { $waited } يوم
    }.

error-no_free_slot = لا توجد مواعيد متبقية في هذه الفترة في { $office }. تُتاح مواعيد جديدة كل يوم في الساعة { $time }. يُرجى المحاولة مرة أخرى في ذلك الوقت.
error-slot_full = حجز شخص آخر هذا الوقت للتو. يُرجى اختيار وقت آخر.
error-slot_unavailable = لم يعد حجز هذا الوقت ممكنًا. يُرجى اختيار وقت آخر.
error-duplicate_booking = لدى هذا الشخص موعد من هذا النوع بالفعل. لتغييره، اختر «تغيير موعد أو إلغاؤه» واستخدم رقم التأكيد والرقم السري (PIN) الخاصين به.
error-no_office_zip = لا يوجد مكتب يخدم الرمز البريدي { $zip }. يُرجى التحقق منه، أو الاستفسار في مكتب الاستقبال.
error-no_office_country = لا يوجد مكتب هنا يخدم مقدّمي الطلبات المقيمين في { $country }. يُرجى الاستفسار في مكتب الاستقبال.
error-wrong_pin = { $left ->
    [zero] رقم التأكيد أو الرقم السري (PIN) غير صحيح. لم تتبقَّ لك أي محاولة.
    [one] رقم التأكيد أو الرقم السري (PIN) غير صحيح. تبقّت لك محاولة واحدة.
    [two] رقم التأكيد أو الرقم السري (PIN) غير صحيح. تبقّت لك محاولتان.
    [few] رقم التأكيد أو الرقم السري (PIN) غير صحيح. تبقّت لك { $left } محاولات.
    [many] رقم التأكيد أو الرقم السري (PIN) غير صحيح. تبقّت لك { $left } محاولة.
   *[other] رقم التأكيد أو الرقم السري (PIN) غير صحيح. تبقّت لك { $left } محاولة.
}
error-pin_locked = محاولات خاطئة كثيرة جدًا لرقم التأكيد هذا. يُرجى المحاولة مرة أخرى بعد { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }، أو الاستفسار في مكتب الاستقبال.
error-identity_not_found = لا يوجد موعد يطابق هذه البيانات. يُرجى التحقق منها، أو الاستفسار في مكتب الاستقبال.
error-identity_locked = محاولات كثيرة جدًا بهذه البيانات. يُرجى الاستفسار في مكتب الاستقبال.
error-appointment_cancelled = هذا الموعد ملغى. يُرجى حجز موعد جديد.
error-appointment_past = هذا الموعد قد بدأ أو انقضى بالفعل. يُرجى حجز موعد جديد.
error-checked_in = تم تسجيل وصولك لهذا الموعد بالفعل. لتغييره، يُرجى الاستفسار في مكتب الاستقبال.
