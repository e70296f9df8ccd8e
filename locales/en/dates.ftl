# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = English

weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

# Month names in the form used inside a full date ("November 30, 2026").
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# A full date with its weekday: "Monday, November 30, 2026".
date-long = { $weekday }, { $month } { $day }, { $year }
# A date without the weekday: "November 30, 2026".
date-medium = { $month } { $day }, { $year }
# A time of day: "8:30 AM". Languages with a 24-hour clock use $hour24.
time-of-day = { $hour12 }:{ $minute } { $ampm }
time-am = AM
time-pm = PM
# A date and a time together.
date-time = { $date } at { $time }
