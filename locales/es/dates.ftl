# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = Español

weekday-mon = lunes
weekday-tue = martes
weekday-wed = miércoles
weekday-thu = jueves
weekday-fri = viernes
weekday-sat = sábado
weekday-sun = domingo

# Month names in the form used inside a full date ("November 30, 2026").
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

# A full date with its weekday: "Monday, November 30, 2026".
date-long = { $weekday }, { $day } de { $month } de { $year }
# A date without the weekday: "November 30, 2026".
date-medium = { $day } de { $month } de { $year }
# A time of day: "8:30 AM". Languages with a 24-hour clock use $hour24.
time-of-day = { $hour24 }:{ $minute }
time-am = a. m.
time-pm = p. m.
# A date and a time together.
date-time = { $date }, a las { $time }
