# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = Appointment notice
notice-replacement = Replacement notice
notice-office = Office
notice-when = Date and time
notice-type = Appointment type
notice-applicant = Applicant
notice-confirmation = Confirmation number
notice-pin = PIN
notice-pin-new = New PIN (the PIN you had before no longer works)
notice-bring = What to bring
notice-scan = Show this code at the front desk when you arrive.
notice-keep = Keep your confirmation number and PIN. You need both to change or cancel this appointment, at the kiosk in the office lobby.
notice-arrive = Come at the time shown. Only the applicant and the persons the office admits may enter.
notice-printed = Printed { $when }

type-case_inquiry = Question about a pending case
type-adit = Proof of permanent residence (ADIT / I-551 stamp)
type-interim_ead = Interim work permit (adjustment pending 90 days or more)
type-card_replacement = Replace a lost or stolen alien registration card
type-eap = Emergency Advance Parole (urgent travel)
type-ij_grant = Immigration Judge grant
type-asylum = Asylum appointment
type-nacara = NACARA appointment
type-attorney_inquiry = Attorney or accredited representative inquiry
type-cashier_payment = Cashier: pay a fee or bond
type-dara_adjustment = DARA: adjustment filing and interview
type-other = Something else
type-forms = Download forms
type-case_status = Check my case status
type-efile_i90 = Replace a green card (Form I-90)
type-efile_i765 = Apply for a work permit (Form I-765)

# Where the online matters are done.
service-forms = the forms page of the USCIS website
service-case_status = Case Status Online on the USCIS website
service-efile_i90 = online filing of Form I-90 on the USCIS website
service-efile_i765 = online filing of Form I-765 on the USCIS website

doc-notice = this appointment notice
doc-photo_id = a photo identity document: passport, state photo ID or driver's license
doc-green_card_or_ead = your Permanent Resident Card (I-551) if you are a resident, otherwise your Employment Authorization Document
doc-i94 = Form I-94 (Arrival/Departure record); one without a photo counts only with a copy of a passport or ID that shows your name and face
doc-case_papers = forms, receipts, approval or denial notices, translations and originals that concern your question
doc-passport = your passport
doc-approval_notice = the approval notice of your permanent residence
doc-filing_receipt = the receipt notice of your adjustment application (Form I-485)
doc-passport_photos = two passport-style photos
doc-police_report = a police report of the loss or theft, if you have one
doc-travel_evidence = evidence of the emergency and of your planned travel
doc-final_order = the Immigration Judge's final order
doc-g28 = Form G-28 (notice of appearance as attorney or representative)
doc-fee_notice = the notice that asks for the fee or bond
