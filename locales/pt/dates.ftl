# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = Português

weekday-mon = segunda-feira
weekday-tue = terça-feira
weekday-wed = quarta-feira
weekday-thu = quinta-feira
weekday-fri = sexta-feira
weekday-sat = sábado
weekday-sun = domingo

# Month names in the form used inside a full date ("November 30, 2026").
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

# A full date with its weekday: "Monday, November 30, 2026".
date-long = { $weekday }, { $day } de { $month } de { $year }
# A date without the weekday: "November 30, 2026".
date-medium = { $day } de { $month } de { $year }
# A time of day: "8:30 AM". Languages with a 24-hour clock use $hour24.
time-of-day = { $hour24 }:{ $minute }
time-am = AM
time-pm = PM
# A date and a time together.
date-time = { $date }, às { $time }
