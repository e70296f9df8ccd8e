# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = Kreyòl ayisyen

weekday-mon = lendi
weekday-tue = madi
weekday-wed = mèkredi
weekday-thu = jedi
weekday-fri = vandredi
weekday-sat = samdi
weekday-sun = dimanch

# Month names in the form used inside a full date ("30 novanm 2026").
month-1 = janvye
month-2 = fevriye
month-3 = mas
month-4 = avril
month-5 = me
month-6 = jen
month-7 = jiyè
month-8 = out
month-9 = septanm
month-10 = oktòb
month-11 = novanm
month-12 = desanm

# A full date with its weekday: "lendi 30 novanm 2026".
date-long = { $weekday } { $day } { $month } { $year }
# A date without the weekday: "30 novanm 2026".
date-medium = { $day } { $month } { $year }
# A time of day: "8:30 AM" (12-hour clock, as on US notices).
time-of-day = { $hour12 }:{ $minute } { $ampm }
time-am = AM
time-pm = PM
# A date and a time together: "lendi 30 novanm 2026 a 8:30 AM".
date-time = { $date } a { $time }
