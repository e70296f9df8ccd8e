# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = 한국어

weekday-mon = 월요일
weekday-tue = 화요일
weekday-wed = 수요일
weekday-thu = 목요일
weekday-fri = 금요일
weekday-sat = 토요일
weekday-sun = 일요일

# Month names in the form used inside a full date ("2026년 11월 30일").
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월

# A full date with its weekday: "2026년 11월 30일 월요일".
date-long = { $year }년 { $month } { $day }일 { $weekday }
# A date without the weekday: "2026년 11월 30일".
date-medium = { $year }년 { $month } { $day }일
# A time of day: "오전 8:30".
time-of-day = { $ampm } { $hour12 }:{ $minute }
time-am = 오전
time-pm = 오후
# A date and a time together: "2026년 11월 30일 월요일 오전 8:30".
date-time = { $date } { $time }
