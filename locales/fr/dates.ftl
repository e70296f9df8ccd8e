# Dates and times. PassDesk formats the numbers itself and passes them in as
# text: $day (1-31), $year (2026), $hour24 (0-23), $hour12 (1-12),
# $minute (always two digits, "05").

# The language's own name, shown on the language screen.
language-name = Français

weekday-mon = lundi
weekday-tue = mardi
weekday-wed = mercredi
weekday-thu = jeudi
weekday-fri = vendredi
weekday-sat = samedi
weekday-sun = dimanche

# Month names in the form used inside a full date ("November 30, 2026").
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

# A full date with its weekday: "Monday, November 30, 2026".
date-long = { $weekday } { $day } { $month } { $year }
# A date without the weekday: "November 30, 2026".
date-medium = { $day } { $month } { $year }
# A time of day: "8:30 AM". Languages with a 24-hour clock use $hour24.
time-of-day = { $hour24 } h { $minute }
time-am = AM
time-pm = PM
# A date and a time together.
date-time = { $date } à { $time }
