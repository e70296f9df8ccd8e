# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = Tagalog

weekday-mon = Lunes
weekday-tue = Martes
weekday-wed = Miyerkoles
weekday-thu = Huwebes
weekday-fri = Biyernes
weekday-sat = Sabado
weekday-sun = Linggo

# Month names in the form used inside a full date ("Nobyembre 30, 2026").
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre

# A full date with its weekday: "Lunes, Nobyembre 30, 2026".
date-long = { $weekday }, { $month } { $day }, { $year }
# A date without the weekday: "Nobyembre 30, 2026".
date-medium = { $month } { $day }, { $year }
# A time of day: "8:30 AM".
time-of-day = { $hour12 }:{ $minute } { $ampm }
time-am = AM
time-pm = PM
# A date and a time together: "Lunes, Nobyembre 30, 2026, sa ganap na 8:30 AM".
date-time = { $date }, sa ganap na { $time }
