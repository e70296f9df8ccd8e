# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = Tiếng Việt

weekday-mon = Thứ Hai
weekday-tue = Thứ Ba
weekday-wed = Thứ Tư
weekday-thu = Thứ Năm
weekday-fri = Thứ Sáu
weekday-sat = Thứ Bảy
weekday-sun = Chủ Nhật

# Month names in the form used inside a full date ("ngày 30 tháng 11 năm 2026").
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12

# A full date with its weekday: "Thứ Hai, ngày 30 tháng 11 năm 2026".
date-long = { $weekday }, ngày { $day } { $month } năm { $year }
# A date without the weekday: "ngày 30 tháng 11 năm 2026".
date-medium = ngày { $day } { $month } năm { $year }
# A time of day, 24-hour clock: "8:30", "14:05".
time-of-day = { $hour24 }:{ $minute }
# Not used by time-of-day above (24-hour clock), kept for completeness.
time-am = SA
time-pm = CH
# A date and a time together: "Thứ Hai, ngày 30 tháng 11 năm 2026, lúc 8:30".
date-time = { $date }, lúc { $time }
