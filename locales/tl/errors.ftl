# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.

error-unexpected = Nagkaroon ng problema. Pakisubukang muli, o magtanong sa front desk.
error-database_unavailable = Hindi magagamit ang sistema ng appointment sa ngayon. Mangyaring magtanong sa front desk.
error-central_unavailable = Kailangan ang sentral na sistema ng appointment para makakuha ng appointment, pero hindi ito ma-access sa ngayon. Pakisubukang muli pagkalipas ng ilang minuto, o magtanong sa front desk.
error-forbidden = Hindi ito magagamit dito.
error-invalid_input = Pakisuri ang inyong inilagay.

# One message per field, shown beside the field.
field-zip = Maglagay ng ZIP code na may 5 numero, gaya ng 75201.
field-country = Piliin ang bansang inyong tinitirhan. Kung nakatira kayo sa Estados Unidos, ilagay na lang ang inyong ZIP code.
field-office = Pumili ng opisina.
field-type = Piliin ang uri ng appointment.
field-confirmation = Ilagay ang numero ng kumpirmasyon mula sa inyong abiso: 10 titik at numero, gaya ng 7K3QF-9XW2M.
field-pin = Ilagay ang PIN mula sa inyong abiso: 6 na numero.
field-first_name = Ilagay ang unang pangalan ayon sa inyong mga dokumento (mga titik lamang).
field-middle_name = Ilagay ang gitnang pangalan ayon sa inyong mga dokumento, o iwanang blangko.
field-last_name = Ilagay ang apelyido ayon sa inyong mga dokumento (mga titik lamang).
field-date_of_birth = Maglagay ng totoong petsa ng kapanganakan na nakalipas na.
field-country_of_birth = Piliin ang bansang sinilangan, o iwanang blangko.
field-phone = Maglagay ng numero ng telepono: 10 numero sa Estados Unidos, o + at ang code ng bansa.
field-rep_phone = Maglagay ng numero ng telepono: 10 numero sa Estados Unidos, o + at ang code ng bansa.
field-email = Maglagay ng e-mail address gaya ng name@example.com, o iwanang blangko.
field-rep_email = Maglagay ng e-mail address gaya ng name@example.com, o iwanang blangko.
field-a_number = Ilagay ang A-number bilang A at 7 hanggang 9 na numero, gaya ng A012345678, o iwanang blangko.
field-receipt_number = Ilagay ang numero ng resibo bilang 3 titik at 10 numero, gaya ng EAC2190012345, o iwanang blangko.
field-name = Ilagay ang pangalan ng kinatawan (mga titik lamang).
field-organization = Ilagay ang organisasyon bilang simpleng teksto (hanggang 120 karakter), o iwanang blangko.
field-online_account = Ilagay ang numero ng online account bilang simpleng teksto, o iwanang blangko.
field-call_times = Isulat ang pinakamainam na mga araw at oras bilang simpleng teksto (hanggang 200 karakter), o iwanang blangko.
field-proof_needed_by = Ilagay ang petsa kung kailan ninyo kailangan ang patunay ng inyong status. Hindi ito maaaring nakalipas na.
field-travel_date = Ilagay ang petsa ng inyong planong pagbiyahe. Hindi ito maaaring nakalipas na.
field-adjustment_filed_on = Ilagay ang petsa kung kailan inihain ang inyong aplikasyon para sa adjustment of status. Hindi ito maaaring nasa hinaharap.
field-final_order = Ilagay ang petsa ng pinal na utos ng hukom (hindi sa hinaharap), ang korte, at kung ano ang ipinagkaloob.
field-language = Pumili ng isa sa mga wikang iniaalok.
field-slot_id = Pumili ng isa sa mga oras na iniaalok.
field-from = Maglagay ng petsa kung saan magsisimula ang paghahanap.
field-identity = Ibigay rin ang A-number o isang numero ng resibo.

error-redirect-contact-center = Hindi dito kinukuha ang appointment para sa "{ $type }". Pakitawagan ang USCIS Contact Center sa { $phone }.
error-redirect-online = Hindi kailangan ng appointment para sa "{ $type }". Pakigamit ang { $service }.
error-rule-proof = Kailangan ninyo ng patunay ng status sa { $date }, na higit sa { $days } araw mula ngayon. Mangyaring kumuha ng appointment nang mas malapit sa petsang iyon, o tumawag sa USCIS Contact Center sa { $phone }.
error-rule-travel = Ang inyong biyahe sa { $date } ay nasa loob ng { $days } araw ng trabaho mula ngayon. Pakitawagan ang USCIS Contact Center sa { $phone }.
error-no_slot_in_time = Walang bakanteng oras sa { $date } o bago nito, ang huling araw na makatutulong pa sa inyo ang appointment na ito. Pakitawagan ang USCIS Contact Center sa { $phone }.
error-rule-filed = Maaaring humiling ng pansamantalang work permit { $days } araw matapos ang paghahain. Inihain ang inyong aplikasyon { $waited } araw na ang nakalipas.

error-no_free_slot = Wala nang natitirang appointment sa panahong ito sa { $office }. May mga bagong appointment na inilalabas araw-araw sa ganap na { $time }. Pakisubukang muli sa oras na iyon.
error-slot_full = May ibang kumuha na ng oras na ito. Pumili ng ibang oras.
error-slot_unavailable = Hindi na maaaring kunin ang oras na ito. Pumili ng ibang oras.
error-duplicate_booking = May appointment na ng ganitong uri ang taong ito. Para baguhin ito, piliin ang "Baguhin o kanselahin ang appointment" at gamitin ang numero ng kumpirmasyon at PIN nito.
error-no_office_zip = Walang opisinang naglilingkod sa ZIP code na { $zip }. Pakisuri ito, o magtanong sa front desk.
error-no_office_country = Walang opisina rito na naglilingkod sa mga aplikanteng nakatira sa { $country }. Mangyaring magtanong sa front desk.
error-wrong_pin = { $left ->
    [one] Mali ang numero ng kumpirmasyon o ang PIN. May natitira pa kayong { $left } pagsubok.
   *[other] Mali ang numero ng kumpirmasyon o ang PIN. May natitira pa kayong { $left } pagsubok.
}
error-pin_locked = Masyadong maraming maling pagsubok para sa numero ng kumpirmasyong ito. Pakisubukang muli pagkalipas ng { $minutes } minuto, o magtanong sa front desk.
error-identity_not_found = Walang appointment na tumutugma sa mga detalyeng ito. Pakisuri ang mga ito, o magtanong sa front desk.
error-identity_locked = Masyadong maraming pagsubok gamit ang mga detalyeng ito. Mangyaring magtanong sa front desk.
error-appointment_cancelled = Kanselado na ang appointment na ito. Mangyaring kumuha ng bago.
error-appointment_past = Nagsimula na o lumipas na ang appointment na ito. Mangyaring kumuha ng bago.
error-checked_in = Naka-check in na kayo para sa appointment na ito. Para baguhin ito, mangyaring magtanong sa front desk.
