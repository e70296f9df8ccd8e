# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.

error-unexpected = Io misfunkciis. Bonvolu reprovi aŭ demandi ĉe la akceptejo.
error-database_unavailable = La rendevua sistemo nun ne disponeblas. Bonvolu demandi ĉe la akceptejo.
error-central_unavailable = Por rezervi necesas la centra rendevua sistemo, kiu nun ne estas atingebla. Bonvolu reprovi post kelkaj minutoj aŭ demandi ĉe la akceptejo.
error-forbidden = Tio ne disponeblas ĉi tie.
error-invalid_input = Bonvolu kontroli tion, kion vi enigis.

# One message per field, shown beside the field.
field-zip = Enigu poŝtkodon (ZIP code) el 5 ciferoj, ekzemple 75201.
field-country = Elektu vian loĝlandon. Se vi loĝas en Usono, anstataŭe enigu vian poŝtkodon (ZIP code).
field-office = Elektu oficejon.
field-type = Elektu la specon de rendevuo.
field-confirmation = Enigu la konfirman numeron el via avizo: 10 literoj kaj ciferoj, ekzemple 7K3QF-9XW2M.
field-pin = Enigu la PIN-kodon el via avizo: 6 ciferoj.
field-first_name = Enigu la antaŭnomon kiel en la dokumentoj (nur literoj).
field-middle_name = Enigu la duan nomon kiel en la dokumentoj, aŭ lasu la kampon malplena.
field-last_name = Enigu la familian nomon kiel en la dokumentoj (nur literoj).
field-date_of_birth = Enigu veran naskiĝdaton en la pasinteco.
field-country_of_birth = Elektu la naskiĝlandon, aŭ lasu la kampon malplena.
field-phone = Enigu telefonnumeron: 10 ciferoj en Usono, aŭ + kaj la landokodo.
field-rep_phone = Enigu telefonnumeron: 10 ciferoj en Usono, aŭ + kaj la landokodo.
field-email = Enigu retpoŝtadreson, ekzemple name@example.com, aŭ lasu la kampon malplena.
field-rep_email = Enigu retpoŝtadreson, ekzemple name@example.com, aŭ lasu la kampon malplena.
field-a_number = Enigu la registran numeron de eksterlandano (A-number) kiel A kaj 7 ĝis 9 ciferoj, ekzemple A012345678, aŭ lasu la kampon malplena.
field-receipt_number = Enigu la kvitancan numeron kiel 3 literoj kaj 10 ciferoj, ekzemple EAC2190012345, aŭ lasu la kampon malplena.
field-name = Enigu la nomon de la reprezentanto (nur literoj).
field-organization = Enigu la organizaĵon kiel simplan tekston (ĝis 120 signoj), aŭ lasu la kampon malplena.
field-online_account = Enigu la numeron de la reta konto kiel simplan tekston, aŭ lasu la kampon malplena.
field-call_times = Priskribu per simpla teksto la plej oportunajn tagojn kaj horojn (ĝis 200 signoj), aŭ lasu la kampon malplena.
field-proof_needed_by = Enigu la daton, kiam vi bezonas pruvon de via statuso. Ĝi ne povas esti en la pasinteco.
field-travel_date = Enigu la daton, kiam vi planas vojaĝi. Ĝi ne povas esti en la pasinteco.
field-adjustment_filed_on = Enigu la daton, kiam via peto pri ŝanĝo de statuso estis prezentita. Ĝi ne povas esti en la estonteco.
field-final_order = Enigu la daton de la fina decido de la juĝisto (ne en la estonteco), la tribunalon kaj tion, kio estis koncedita.
field-language = Elektu unu el la proponataj lingvoj.
field-slot_id = Elektu unu el la proponataj horoj.
field-from = Enigu daton, ekde kiu serĉi.
field-identity = Donu ankaŭ la A-number aŭ kvitancan numeron.

error-redirect-contact-center = Por “{ $type }” oni ne rezervas rendevuon ĉi tie. Bonvolu telefoni al la Kontaktcentro de USCIS ĉe { $phone }.
error-redirect-online = Por “{ $type }” ne necesas rendevuo. Vi povas fari tion rete: { $service }.
error-rule-proof = Vi bezonas pruvon de statuso je { $date }, tio estas post pli ol { $days } tagoj de hodiaŭ. Bonvolu rezervi pli proksime al tiu dato, aŭ telefoni al la Kontaktcentro de USCIS ĉe { $phone }.
error-rule-travel = Via vojaĝo je { $date } okazos post { $days } labortagoj aŭ malpli. Bonvolu telefoni al la Kontaktcentro de USCIS ĉe { $phone }.
error-no_slot_in_time = Ne estas libera horo ĝis { $date } inkluzive, la lasta tago, kiam ĉi tiu rendevuo povas helpi vin. Bonvolu telefoni al la Kontaktcentro de USCIS ĉe { $phone }.
error-rule-filed = Provizoran laborpermeson oni povas peti { $days } tagojn post la prezento de la peto. Via peto estis prezentita antaŭ { $waited } tagoj.

error-no_free_slot = En { $office } ne plu restas rendevuoj en ĉi tiu periodo. Novaj rendevuoj malfermiĝas ĉiutage je la { $time }. Bonvolu reprovi tiam.
error-slot_full = Iu ĵus prenis ĉi tiun horon. Bonvolu elekti alian horon.
error-slot_unavailable = Ĉi tiun horon oni ne plu povas rezervi. Bonvolu elekti alian horon.
error-duplicate_booking = Ĉi tiu persono jam havas rendevuon de ĉi tiu speco. Por ŝanĝi ĝin, elektu “Ŝanĝi aŭ nuligi rendevuon” kaj uzu ĝian konfirman numeron kaj PIN-kodon.
error-no_office_zip = Neniu oficejo servas la poŝtkodon { $zip }. Bonvolu kontroli ĝin aŭ demandi ĉe la akceptejo.
error-no_office_country = Neniu oficejo ĉi tie servas petantojn, kiuj loĝas en { $country }. Bonvolu demandi ĉe la akceptejo.
error-wrong_pin = { $left ->
    [one] La konfirma numero aŭ la PIN-kodo estas malĝusta. Restas al vi ankoraŭ { $left } provo.
   *[other] La konfirma numero aŭ la PIN-kodo estas malĝusta. Restas al vi ankoraŭ { $left } provoj.
}
error-pin_locked = Tro da malĝustaj provoj por ĉi tiu konfirma numero. Bonvolu reprovi post { $minutes } minutoj aŭ demandi ĉe la akceptejo.
error-identity_not_found = Neniu rendevuo kongruas kun ĉi tiuj datumoj. Bonvolu kontroli ilin aŭ demandi ĉe la akceptejo.
error-identity_locked = Tro da provoj kun ĉi tiuj datumoj. Bonvolu demandi ĉe la akceptejo.
error-appointment_cancelled = Ĉi tiu rendevuo estas nuligita. Bonvolu rezervi novan.
error-appointment_past = Ĉi tiu rendevuo jam komenciĝis aŭ pasis. Bonvolu rezervi novan.
error-checked_in = Via alveno por ĉi tiu rendevuo jam estas registrita. Por ŝanĝi la rendevuon, bonvolu demandi ĉe la akceptejo.
