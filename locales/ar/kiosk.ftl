# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = المواعيد
kiosk-welcome = مرحبًا بك. يمكنك هنا حجز موعد في هذا المكتب أو تغييره أو إلغاؤه، وطباعة إشعار موعدك.
kiosk-choose-language = اختر لغتك
kiosk-book = حجز موعد
kiosk-manage = تغيير موعد أو إلغاؤه
kiosk-replace = طباعة إشعاري مرة أخرى
kiosk-staff = الموظفون
kiosk-back = رجوع
kiosk-next = التالي
kiosk-start-over = البدء من جديد
kiosk-step = الخطوة { $step } من { $total }
kiosk-optional = اختياري
kiosk-date-hint = السنة-الشهر-اليوم، مثل ⁦1980-04-25⁩
kiosk-yes = نعم
kiosk-no = لا
kiosk-working = لحظة من فضلك…
kiosk-idle = تعود الشاشة إلى البداية بعد فترة قصيرة من عدم الاستخدام، وتُحذف البيانات التي أُدخلت.

where-title = أين تقيم؟
where-in-us = في الولايات المتحدة
where-abroad = خارج الولايات المتحدة
where-zip = الرمز البريدي (ZIP)
where-zip-hint = 5 أرقام، مثل 75201
where-country = بلد الإقامة
where-country-hint = حرفان، مثل MX للمكسيك
where-office = المكتب الذي يخدم منطقتك
where-office-confirm = سيكون موعدك في هذا المكتب.

type-title = ما الذي تحتاج إليه؟
type-questions = بعض الأسئلة عن طلبك
question-proof_needed_by = متى تحتاج إلى إثبات وضعك؟
question-travel_date = متى تنوي السفر؟
question-adjustment_filed_on = متى قُدِّم طلب تعديل الوضع (النموذج I-485) الخاص بك؟
question-final_order-date = تاريخ الأمر النهائي الصادر عن القاضي
question-final_order-court = محكمة الهجرة التي أصدرت الأمر
question-final_order-granted = ما منحه القاضي

who-title = من يحجز هذا الموعد؟
who-self = أنا مقدّم الطلب
who-representative = أحجزه نيابةً عن مقدّم الطلب (محامٍ أو ممثل أو أحد أفراد الأسرة)
rep-title = معلومات عنك بصفتك الممثل
rep-name = اسمك
rep-organization = المؤسسة
rep-phone = رقم هاتفك
rep-email = عنوان بريدك الإلكتروني
rep-text-messages = أرسلوا إليّ رسائل نصية بشأن هذا الموعد
rep-online-account = رقم الحساب الإلكتروني
rep-call-times = أفضل الأيام والأوقات للاتصال بك

person-title = معلومات عن مقدّم الطلب
person-first-name = الاسم الأول
person-middle-name = الاسم الأوسط
person-last-name = اسم العائلة
person-date-of-birth = تاريخ الميلاد
person-country-of-birth = بلد الميلاد
person-zip = الرمز البريدي (ZIP)
person-phone = رقم الهاتف
person-email = عنوان البريد الإلكتروني
person-a-number = رقم الأجنبي (A-Number)
person-a-number-hint = الحرف A ثم 7 إلى 9 أرقام، مثل A012345678
person-receipt-number = رقم الإيصال
person-receipt-number-hint = 3 حروف ثم 10 أرقام، مثل EAC2190012345

verify-title = يُرجى التحقق من هذه البيانات
verify-change = تغيير

slots-title = اختر وقتًا
slots-seats = الأماكن المتاحة: { $seats }
slots-later = عرض الأيام اللاحقة
slots-earlier = عرض الأيام السابقة

review-title = المراجعة والتأكيد
review-office = المكتب
review-type = الموعد
review-when = التاريخ والوقت
review-applicant = مقدّم الطلب
review-representative = تم الحجز بواسطة
review-confirm = تأكيد هذا الموعد

done-title = تم حجز موعدك
done-moved = تم نقل موعدك
done-replaced = إليك إشعارك
done-when = التاريخ والوقت
done-confirmation = رقم التأكيد
done-pin = الرقم السري (PIN)
done-keep = اكتب رقم التأكيد والرقم السري (PIN) أو اطبعهما. ستحتاج إلى كليهما لتغيير هذا الموعد أو إلغائه.
done-print = طباعة الإشعار
done-save = حفظ الإشعار بصيغة PDF
done-saved = تم حفظ الإشعار.
done-printing = يجري إرسال الإشعار إلى الطابعة.
done-finish = إنهاء

manage-title = تغيير موعدك أو إلغاؤه
manage-confirmation = رقم التأكيد
manage-pin = الرقم السري (PIN)
manage-find = البحث عن موعدي
manage-current = موعدك
manage-reschedule = اختيار وقت آخر
manage-cancel = إلغاء هذا الموعد
manage-cancel-confirm = نعم، ألغِه
manage-cancel-question = هل تريد إلغاء موعدك يوم { $when }؟ سيُعطى هذا الوقت لشخص آخر.
manage-cancelled = تم إلغاء موعدك. لا يلزم أي إجراء آخر.
manage-print = طباعة الإشعار مرة أخرى

replace-title = طباعة إشعارك مرة أخرى
replace-with-pin = لديّ رقم التأكيد والرقم السري (PIN)
replace-without-pin = ليس لديّ هذان الرقمان
replace-identity-hint = أدخل اسم مقدّم الطلب وتاريخ ميلاده، ورقم الأجنبي (A-Number) أو رقم إيصال. ستحصل على رقم سري (PIN) جديد، ولن يعود الرقم القديم صالحًا.
replace-find = البحث عن موعدي

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = يُخدم الآن
lobby-number = الرقم
lobby-desk = توجّه إلى
lobby-count = في الانتظار: { $count }
lobby-cashier = الصندوق
