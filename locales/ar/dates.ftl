# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = العربية

weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد

# Month names in the form used inside a full date ("30 نوفمبر 2026").
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

# A full date with its weekday: "الاثنين، 30 نوفمبر 2026".
date-long = { $weekday }، { $day } { $month } { $year }
# A date without the weekday: "30 نوفمبر 2026".
date-medium = { $day } { $month } { $year }
# A time of day: "8:30 ص" (12-hour clock with ص / م).
time-of-day = { $hour12 }:{ $minute } { $ampm }
time-am = ص
time-pm = م
# A date and a time together: "الاثنين، 30 نوفمبر 2026، الساعة 8:30 ص".
date-time = { $date }، الساعة { $time }
