# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = Abiso ng appointment
notice-replacement = Kapalit na abiso
notice-office = Opisina
notice-when = Petsa at oras
notice-type = Uri ng appointment
notice-applicant = Aplikante
notice-confirmation = Numero ng kumpirmasyon
notice-pin = PIN
notice-pin-new = Bagong PIN (hindi na gumagana ang dati ninyong PIN)
notice-bring = Mga dapat dalhin
notice-scan = Ipakita ang code na ito sa front desk pagdating ninyo.
notice-keep = Itago ang inyong numero ng kumpirmasyon at PIN. Kailangan ninyo ang dalawang ito para baguhin o kanselahin ang appointment na ito sa kiosk sa lobby ng opisina.
notice-arrive = Dumating sa oras na nakasaad. Ang aplikante at ang mga taong pinapapasok ng opisina lamang ang maaaring pumasok.
notice-printed = Na-print noong { $when }

type-case_inquiry = Tanong tungkol sa nakabinbing kaso
type-adit = Patunay ng permanenteng paninirahan (ADIT / I-551 stamp)
type-interim_ead = Pansamantalang work permit (nakabinbin ang adjustment nang 90 araw o higit pa)
type-card_replacement = Pagpapalit ng nawala o ninakaw na alien registration card
type-eap = Emergency Advance Parole (agarang pagbiyahe)
type-ij_grant = Benepisyong ipinagkaloob ng Immigration Judge
type-asylum = Appointment para sa asylum
type-nacara = Appointment para sa NACARA
type-attorney_inquiry = Tanong ng abogado o akreditadong kinatawan
type-cashier_payment = Kahera: magbayad ng bayarin o bond
type-dara_adjustment = DARA: paghahain ng adjustment at interbyu
type-other = Iba pa
type-forms = Mag-download ng mga form
type-case_status = Alamin ang status ng aking kaso
type-efile_i90 = Palitan ang green card (Form I-90)
type-efile_i765 = Mag-apply ng work permit (Form I-765)

# Where the online matters are done.
service-forms = pahina ng mga form sa website ng USCIS
service-case_status = Case Status Online sa website ng USCIS
service-efile_i90 = online na paghahain ng Form I-90 sa website ng USCIS
service-efile_i765 = online na paghahain ng Form I-765 sa website ng USCIS

doc-notice = itong abiso ng appointment
doc-photo_id = isang dokumento ng pagkakakilanlan na may larawan: pasaporte, state photo ID o lisensya sa pagmamaneho
doc-green_card_or_ead = ang inyong Permanent Resident Card (I-551) kung residente kayo; kung hindi, ang inyong Employment Authorization Document
doc-i94 = Form I-94 (talaan ng Pagdating/Pag-alis); kung walang larawan, tinatanggap lamang ito kasama ng kopya ng pasaporte o ID na nagpapakita ng inyong pangalan at mukha
doc-case_papers = mga form, resibo, abiso ng pag-apruba o pagtanggi, salin, at mga orihinal na may kinalaman sa inyong tanong
doc-passport = ang inyong pasaporte
doc-approval_notice = ang abiso ng pag-apruba ng inyong permanenteng paninirahan
doc-filing_receipt = ang receipt notice ng inyong aplikasyon para sa adjustment of status (Form I-485)
doc-passport_photos = dalawang larawang pang-pasaporte
doc-police_report = ulat ng pulisya tungkol sa pagkawala o pagnanakaw, kung mayroon kayo
doc-travel_evidence = katibayan ng emergency at ng inyong planong pagbiyahe
doc-final_order = ang pinal na utos ng Immigration Judge
doc-g28 = Form G-28 (abiso ng pagharap bilang abogado o kinatawan)
doc-fee_notice = ang abisong humihingi ng bayarin o bond
