# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = Esperanto

weekday-mon = lundo
weekday-tue = mardo
weekday-wed = merkredo
weekday-thu = ĵaŭdo
weekday-fri = vendredo
weekday-sat = sabato
weekday-sun = dimanĉo

# Month names in the form used inside a full date ("la 30-a de novembro 2026").
month-1 = januaro
month-2 = februaro
month-3 = marto
month-4 = aprilo
month-5 = majo
month-6 = junio
month-7 = julio
month-8 = aŭgusto
month-9 = septembro
month-10 = oktobro
month-11 = novembro
month-12 = decembro

# A full date with its weekday: "lundo, la 30-a de novembro 2026".
date-long = { $weekday }, la { $day }-a de { $month } { $year }
# A date without the weekday: "la 30-a de novembro 2026".
date-medium = la { $day }-a de { $month } { $year }
# A time of day: "8:30" (24-hour clock).
time-of-day = { $hour24 }:{ $minute }
time-am = atm
time-pm = ptm
# A date and a time together: "la 30-a de novembro 2026 je la 8:30".
date-time = { $date } je la { $time }
