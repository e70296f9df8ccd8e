# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.

error-unexpected = Gen yon bagay ki pa mache. Tanpri eseye ankò, oswa mande nan biwo resepsyon an.
error-database_unavailable = Sistèm randevou a pa disponib kounye a. Tanpri mande nan biwo resepsyon an.
error-central_unavailable = Pou pran randevou, fòk gen sistèm randevou santral la, men nou pa ka konekte avè l kounye a. Tanpri eseye ankò nan kèk minit, oswa mande nan biwo resepsyon an.
error-forbidden = Sa a pa disponib isit la.
error-invalid_input = Tanpri verifye sa ou antre a.

# One message per field, shown beside the field.
field-zip = Antre yon kòd postal (ZIP code) 5 chif, tankou 75201.
field-country = Chwazi peyi kote ou rete a. Si ou rete Ozetazini, antre kòd postal (ZIP code) ou pito.
field-office = Chwazi yon biwo.
field-type = Chwazi ki kalite randevou.
field-confirmation = Antre nimewo konfimasyon ki sou avi ou a: 10 lèt ak chif, tankou 7K3QF-9XW2M.
field-pin = Antre PIN ki sou avi ou a: 6 chif.
field-first_name = Antre prenon an jan li ekri sou dokiman ou yo (lèt sèlman).
field-middle_name = Antre dezyèm prenon an jan li ekri sou dokiman ou yo, oswa kite l vid.
field-last_name = Antre non fanmi an jan li ekri sou dokiman ou yo (lèt sèlman).
field-date_of_birth = Antre yon vrè dat nesans ki nan tan pase.
field-country_of_birth = Chwazi peyi nesans lan, oswa kite l vid.
field-phone = Antre yon nimewo telefòn: 10 chif Ozetazini, oswa + ak kòd peyi a.
field-rep_phone = Antre yon nimewo telefòn: 10 chif Ozetazini, oswa + ak kòd peyi a.
field-email = Antre yon adrès imèl tankou name@example.com, oswa kite l vid.
field-rep_email = Antre yon adrès imèl tankou name@example.com, oswa kite l vid.
field-a_number = Antre nimewo A (A-number) a: lèt A ak 7 a 9 chif, tankou A012345678, oswa kite l vid.
field-receipt_number = Antre nimewo resi a: 3 lèt ak 10 chif, tankou EAC2190012345, oswa kite l vid.
field-name = Antre non reprezantan an (lèt sèlman).
field-organization = Antre non òganizasyon an an tèks senp (jiska 120 karaktè), oswa kite l vid.
field-online_account = Antre nimewo kont sou entènèt la an tèks senp, oswa kite l vid.
field-call_times = Ekri ki jou ak ki lè ki pi bon, an tèks senp (jiska 200 karaktè), oswa kite l vid.
field-proof_needed_by = Antre dat ou bezwen prèv estati ou. Li pa ka nan tan pase.
field-travel_date = Antre dat ou planifye pou vwayaje. Li pa ka nan tan pase.
field-adjustment_filed_on = Antre dat yo te depoze demann ajisteman estati ou a. Li pa ka nan lavni.
field-final_order = Antre dat lòd final jij la (pa nan lavni), tribinal la, ak sa jij la te akòde.
field-language = Chwazi youn nan lang yo ofri yo.
field-slot_id = Chwazi youn nan lè yo ofri yo.
field-from = Antre yon dat pou kòmanse chèche.
field-identity = Bay nimewo A (A-number) a oswa yon nimewo resi tou.

error-redirect-contact-center = Yo pa pran randevou pou "{ $type }" isit la. Tanpri rele Sant Kontak USCIS la nan { $phone }.
error-redirect-online = "{ $type }" pa bezwen randevou. Tanpri itilize { $service }.
error-rule-proof = Ou bezwen prèv estati ou nan dat { $date }, sa vle di plis pase { $days } jou apati jodi a. Tanpri pran randevou a pi pre dat sa a, oswa rele Sant Kontak USCIS la nan { $phone }.
error-rule-travel = Vwayaj ou nan dat { $date } la ap fèt nan { $days } jou travay oswa mwens. Tanpri rele Sant Kontak USCIS la nan { $phone }.
error-no_slot_in_time = Pa gen okenn lè ki lib nan dat { $date } oswa anvan. Dat sa a se dènye jou randevou sa a ka ede ou. Tanpri rele Sant Kontak USCIS la nan { $phone }.
error-rule-filed = Ou ka mande yon pèmi travay pwovizwa { $days } jou apre ou fin depoze demann lan. Yo te depoze demann ou an sa gen { $waited } jou.

error-no_free_slot = Pa gen randevou ki rete nan peryòd sa a nan { $office }. Chak jou, yo mete nouvo randevou disponib a { $time }. Tanpri eseye ankò lè sa a.
error-slot_full = Yon lòt moun fèk pran lè sa a. Tanpri chwazi yon lòt lè.
error-slot_unavailable = Ou pa ka pran lè sa a ankò. Tanpri chwazi yon lòt lè.
error-duplicate_booking = Moun sa a deja gen yon randevou kalite sa a. Pou chanje l, chwazi "Chanje oswa anile yon randevou" epi itilize nimewo konfimasyon li ak PIN li.
error-no_office_zip = Pa gen okenn biwo ki sèvi kòd postal { $zip }. Tanpri verifye l, oswa mande nan biwo resepsyon an.
error-no_office_country = Pa gen okenn biwo isit la ki sèvi moun ki rete nan { $country }. Tanpri mande nan biwo resepsyon an.
error-wrong_pin = { $left ->
   *[other] Nimewo konfimasyon an oswa PIN nan pa bon. Ou ka eseye { $left } fwa ankò.
}
error-pin_locked = Twòp esè ki pa bon pou nimewo konfimasyon sa a. Tanpri eseye ankò nan { $minutes } minit, oswa mande nan biwo resepsyon an.
error-identity_not_found = Pa gen okenn randevou ki koresponn ak enfòmasyon sa yo. Tanpri verifye yo, oswa mande nan biwo resepsyon an.
error-identity_locked = Twòp esè ak enfòmasyon sa yo. Tanpri mande nan biwo resepsyon an.
error-appointment_cancelled = Randevou sa a anile. Tanpri pran yon nouvo randevou.
error-appointment_past = Randevou sa a gentan kòmanse oswa li gentan pase. Tanpri pran yon nouvo randevou.
error-checked_in = Yo deja anrejistre arive ou pou randevou sa a. Pou chanje randevou a, tanpri mande nan biwo resepsyon an.
