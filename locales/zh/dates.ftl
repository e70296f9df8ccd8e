# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = 中文

weekday-mon = 星期一
weekday-tue = 星期二
weekday-wed = 星期三
weekday-thu = 星期四
weekday-fri = 星期五
weekday-sat = 星期六
weekday-sun = 星期日

# Month names in the form used inside a full date ("2026年11月30日").
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

# A full date with its weekday: "2026年11月30日 星期一".
date-long = { $year }年{ $month }{ $day }日 { $weekday }
# A date without the weekday: "2026年11月30日".
date-medium = { $year }年{ $month }{ $day }日
# A time of day: "上午8:30".
time-of-day = { $ampm }{ $hour12 }:{ $minute }
time-am = 上午
time-pm = 下午
# A date and a time together: "2026年11月30日 星期一 上午8:30".
date-time = { $date } { $time }
