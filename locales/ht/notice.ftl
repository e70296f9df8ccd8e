# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = Avi randevou
notice-replacement = Avi ranplasman
notice-office = Biwo
notice-when = Dat ak lè
notice-type = Kalite randevou
notice-applicant = Aplikan
notice-confirmation = Nimewo konfimasyon
notice-pin = PIN
notice-pin-new = Nouvo PIN (PIN ou te genyen anvan an pa mache ankò)
notice-bring = Sa pou ou pote
notice-scan = Montre kòd sa a nan biwo resepsyon an lè ou rive.
notice-keep = Kenbe nimewo konfimasyon ou ak PIN ou. Ou bezwen toude pou chanje oswa anile randevou sa a, nan kiosk ki nan sal datant biwo a.
notice-arrive = Vini lè ki endike a. Se sèlman aplikan an ak moun biwo a aksepte ki ka antre.
notice-printed = Dat enpresyon: { $when }

type-case_inquiry = Kesyon sou yon dosye k ap trete
type-adit = Prèv rezidans pèmanan (ADIT / tanpon I-551)
type-interim_ead = Pèmi travay pwovizwa (ajisteman estati an atant depi 90 jou oswa plis)
type-card_replacement = Ranplase yon kat anrejistreman etranje ki pèdi oswa yo vòlè
type-eap = Pèmisyon davans pou vwayaje an ijans (Emergency Advance Parole)
type-ij_grant = Benefis yon jij imigrasyon akòde
type-asylum = Randevou azil
type-nacara = Randevou NACARA
type-attorney_inquiry = Kesyon yon avoka oswa yon reprezantan akredite
type-cashier_payment = Kès: peye yon frè oswa yon kosyon
type-dara_adjustment = DARA: depo demann ajisteman ak entèvyou
type-other = Yon lòt bagay
type-forms = Telechaje fòm
type-case_status = Verifye estati dosye mwen
type-efile_i90 = Ranplase yon kat vèt (Fòm I-90)
type-efile_i765 = Mande yon pèmi travay (Fòm I-765)

# Where the online matters are done.
service-forms = paj fòm yo sou sit entènèt USCIS la
service-case_status = Case Status Online sou sit entènèt USCIS la
service-efile_i90 = depo Fòm I-90 an liy sou sit entènèt USCIS la
service-efile_i765 = depo Fòm I-765 an liy sou sit entènèt USCIS la

doc-notice = avi randevou sa a
doc-photo_id = yon pyès idantite ak foto: paspò, kat idantite eta a oswa lisans pou kondui
doc-green_card_or_ead = Kat Rezidan Pèmanan ou (I-551) si ou se rezidan; si se pa sa, Dokiman Otorizasyon pou Travay ou
doc-i94 = Fòm I-94 (dosye Arive/Depa); si li pa gen foto, li valab sèlman ak yon kopi paspò oswa pyès idantite ki montre non ou ak figi ou
doc-case_papers = fòm, resi, avi apwobasyon oswa refi, tradiksyon ak orijinal ki gen rapò ak kesyon ou
doc-passport = paspò ou
doc-approval_notice = avi apwobasyon rezidans pèmanan ou
doc-filing_receipt = avi resi demann ajisteman estati ou (Fòm I-485)
doc-passport_photos = de foto fòma paspò
doc-police_report = yon rapò lapolis sou pèt la oswa vòl la, si ou genyen youn
doc-travel_evidence = prèv ijans lan ak vwayaj ou planifye a
doc-final_order = lòd final Jij Imigrasyon an
doc-g28 = Fòm G-28 (avi prezantasyon kòm avoka oswa reprezantan)
doc-fee_notice = avi ki mande peye frè a oswa kosyon an
