# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.

error-unexpected = Something went wrong. Please try again, or ask at the front desk.
error-database_unavailable = The appointment system is not available right now. Please ask at the front desk.
error-central_unavailable = Booking needs the central appointment system, which cannot be reached right now. Please try again in a few minutes or ask at the front desk.
error-forbidden = This is not available here.
error-invalid_input = Please check what you entered.

# One message per field, shown beside the field.
field-zip = Enter a ZIP code of 5 digits, such as 75201.
field-country = Choose your country of residence. In the United States, enter your ZIP code instead.
field-office = Choose an office.
field-type = Choose the type of appointment.
field-confirmation = Enter the confirmation number from your notice: 10 letters and digits, such as 7K3QF-9XW2M.
field-pin = Enter the PIN from your notice: 6 digits.
field-first_name = Enter the first name as on your documents (letters only).
field-middle_name = Enter the middle name as on your documents, or leave it empty.
field-last_name = Enter the last name as on your documents (letters only).
field-date_of_birth = Enter a real date of birth in the past.
field-country_of_birth = Choose the country of birth, or leave it empty.
field-phone = Enter a phone number: 10 digits in the United States, or + and the country code.
field-rep_phone = Enter a phone number: 10 digits in the United States, or + and the country code.
field-email = Enter an e-mail address such as name@example.com, or leave it empty.
field-rep_email = Enter an e-mail address such as name@example.com, or leave it empty.
field-a_number = Enter the A-number as A and 7 to 9 digits, such as A012345678, or leave it empty.
field-receipt_number = Enter the receipt number as 3 letters and 10 digits, such as EAC2190012345, or leave it empty.
field-name = Enter the representative's name (letters only).
field-organization = Enter the organization in plain text (up to 120 characters), or leave it empty.
field-online_account = Enter the online account number in plain text, or leave it empty.
field-call_times = Describe the best days and times in plain text (up to 200 characters), or leave it empty.
field-proof_needed_by = Enter the date you need proof of your status. It cannot be in the past.
field-travel_date = Enter the date you plan to travel. It cannot be in the past.
field-adjustment_filed_on = Enter the date your adjustment application was filed. It cannot be in the future.
field-final_order = Enter the date of the judge's final order (not in the future), the court, and what was granted.
field-language = Choose one of the languages offered.
field-slot_id = Choose one of the times offered.
field-from = Enter a date to look from.
field-identity = Give the A-number or a receipt number as well.

error-redirect-contact-center = "{ $type }" is not booked here. Please call the USCIS Contact Center at { $phone }.
error-redirect-online = "{ $type }" needs no appointment. Please use { $service }.
error-rule-proof = You need proof of status on { $date }, more than { $days } days from today. Please book closer to that date, or call the USCIS Contact Center at { $phone }.
error-rule-travel = Your travel on { $date } is { $days } business days away or less. Please call the USCIS Contact Center at { $phone }.
error-no_slot_in_time = There is no free time on or before { $date }, the last day this appointment can help you. Please call the USCIS Contact Center at { $phone }.
error-rule-filed = An interim work permit can be requested { $days } days after filing. Your application was filed { $waited } days ago.

error-no_free_slot = There are no appointments left in this period at { $office }. New appointments are released every day at { $time }. Please try again then.
error-slot_full = Someone has just taken this time. Please choose another time.
error-slot_unavailable = This time can no longer be booked. Please choose another time.
error-duplicate_booking = This person already has an appointment of this type. To change it, choose "Change or cancel an appointment" and use its confirmation number and PIN.
error-no_office_zip = No office serves ZIP code { $zip }. Please check it, or ask at the front desk.
error-no_office_country = No office here serves applicants who live in { $country }. Please ask at the front desk.
error-wrong_pin = { $left ->
    [one] The confirmation number or the PIN is wrong. You have 1 more try.
   *[other] The confirmation number or the PIN is wrong. You have { $left } more tries.
}
error-pin_locked = Too many wrong tries for this confirmation number. Please try again in { $minutes } minutes, or ask at the front desk.
error-identity_not_found = No appointment matches these details. Please check them, or ask at the front desk.
error-identity_locked = Too many tries with these details. Please ask at the front desk.
error-appointment_cancelled = This appointment is cancelled. Please book a new one.
error-appointment_past = This appointment has already begun or passed. Please book a new one.
error-checked_in = You are checked in for this appointment already. To change it, please ask at the front desk.
