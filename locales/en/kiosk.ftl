# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = Appointments
kiosk-welcome = Welcome. Here you can book, change or cancel an appointment at this office, and print your notice.
kiosk-choose-language = Choose your language
kiosk-book = Book an appointment
kiosk-manage = Change or cancel an appointment
kiosk-replace = Print my notice again
kiosk-staff = Staff
kiosk-back = Back
kiosk-next = Next
kiosk-start-over = Start over
kiosk-step = Step { $step } of { $total }
kiosk-optional = optional
kiosk-date-hint = Year-month-day, such as 1980-04-25
kiosk-yes = Yes
kiosk-no = No
kiosk-working = One moment, please…
kiosk-idle = The screen goes back to the start after a short time without use, and forgets what was entered.

where-title = Where do you live?
where-in-us = In the United States
where-abroad = Outside the United States
where-zip = ZIP code
where-zip-hint = 5 digits, such as 75201
where-country = Country of residence
where-country-hint = Two letters, such as MX for Mexico
where-office = The office for your area
where-office-confirm = Your appointment will be at this office.

type-title = What do you need?
type-questions = A few questions about your request
question-proof_needed_by = When do you need proof of your status?
question-travel_date = When do you plan to travel?
question-adjustment_filed_on = When was your adjustment application (Form I-485) filed?
question-final_order-date = Date of the judge's final order
question-final_order-court = Immigration court that issued the order
question-final_order-granted = What the judge granted

who-title = Who is making this appointment?
who-self = I am the applicant
who-representative = I am making it for the applicant (attorney, representative or family member)
rep-title = About you, the representative
rep-name = Your name
rep-organization = Organization
rep-phone = Your phone number
rep-email = Your e-mail address
rep-text-messages = Send me text messages about this appointment
rep-online-account = Online account number
rep-call-times = Best days and times to call you

person-title = About the applicant
person-first-name = First name
person-middle-name = Middle name
person-last-name = Last name
person-date-of-birth = Date of birth
person-country-of-birth = Country of birth
person-zip = ZIP code
person-phone = Phone number
person-email = E-mail address
person-a-number = A-number
person-a-number-hint = A and 7 to 9 digits, such as A012345678
person-receipt-number = Receipt number
person-receipt-number-hint = 3 letters and 10 digits, such as EAC2190012345

verify-title = Please check these details
verify-change = Change

slots-title = Choose a time
slots-seats = { $seats } free
slots-later = Show later days
slots-earlier = Show earlier days

review-title = Review and confirm
review-office = Office
review-type = Appointment
review-when = Date and time
review-applicant = Applicant
review-representative = Made by
review-confirm = Confirm this appointment

done-title = Your appointment is booked
done-moved = Your appointment has been moved
done-replaced = Here is your notice
done-when = Date and time
done-confirmation = Confirmation number
done-pin = PIN
done-keep = Write down or print the confirmation number and PIN. You need both to change or cancel this appointment.
done-print = Print the notice
done-save = Save the notice as PDF
done-saved = The notice is saved.
done-printing = The notice is on its way to the printer.
done-finish = Finish

manage-title = Change or cancel your appointment
manage-confirmation = Confirmation number
manage-pin = PIN
manage-find = Find my appointment
manage-current = Your appointment
manage-reschedule = Choose another time
manage-cancel = Cancel this appointment
manage-cancel-confirm = Yes, cancel it
manage-cancel-question = Cancel your appointment on { $when }? The time is given to someone else.
manage-cancelled = Your appointment is cancelled. Nothing more is needed.
manage-print = Print the notice again

replace-title = Print your notice again
replace-with-pin = I have my confirmation number and PIN
replace-without-pin = I do not have them
replace-identity-hint = Enter the applicant's name and date of birth, and the A-number or a receipt number. You will get a new PIN; the old one stops working.
replace-find = Find my appointment

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = Now serving
lobby-number = Number
lobby-desk = Go to
lobby-count = Waiting: { $count }
lobby-cashier = Cashier
