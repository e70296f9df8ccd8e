# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = Русский

weekday-mon = понедельник
weekday-tue = вторник
weekday-wed = среда
weekday-thu = четверг
weekday-fri = пятница
weekday-sat = суббота
weekday-sun = воскресенье

# Month names in the form used inside a full date ("30 ноября 2026 г."): genitive.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

# A full date with its weekday: "понедельник, 30 ноября 2026 г.".
date-long = { $weekday }, { $day } { $month } { $year } г.
# A date without the weekday: "30 ноября 2026 г.".
date-medium = { $day } { $month } { $year } г.
# A time of day: "8:30" (24-hour clock).
time-of-day = { $hour24 }:{ $minute }
time-am = до полудня
time-pm = после полудня
# A date and a time together: "30 ноября 2026 г. в 8:30".
date-time = { $date } в { $time }
