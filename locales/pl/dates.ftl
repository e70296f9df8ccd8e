# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = Polski

weekday-mon = poniedziałek
weekday-tue = wtorek
weekday-wed = środa
weekday-thu = czwartek
weekday-fri = piątek
weekday-sat = sobota
weekday-sun = niedziela

# Month names in the form used inside a full date ("30 listopada 2026"): genitive.
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

# A full date with its weekday: "poniedziałek, 30 listopada 2026".
date-long = { $weekday }, { $day } { $month } { $year }
# A date without the weekday: "30 listopada 2026".
date-medium = { $day } { $month } { $year }
# A time of day: "8:30" (24-hour clock).
time-of-day = { $hour24 }:{ $minute }
time-am = przed południem
time-pm = po południu
# A date and a time together: "30 listopada 2026, godz. 8:30".
date-time = { $date }, godz. { $time }
