# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = Mga Appointment
kiosk-welcome = Maligayang pagdating. Dito, maaari kayong kumuha, magbago o magkansela ng appointment sa opisinang ito, at mag-print ng inyong abiso.
kiosk-choose-language = Piliin ang inyong wika
kiosk-book = Kumuha ng appointment
kiosk-manage = Baguhin o kanselahin ang appointment
kiosk-replace = I-print muli ang aking abiso
kiosk-staff = Kawani
kiosk-back = Bumalik
kiosk-next = Susunod
kiosk-start-over = Magsimulang muli
kiosk-step = Hakbang { $step } ng { $total }
kiosk-optional = opsyonal
kiosk-date-hint = Taon-buwan-araw, halimbawa 1980-04-25
kiosk-yes = Oo
kiosk-no = Hindi
kiosk-working = Sandali lang po…
kiosk-idle = Kapag hindi ginamit nang ilang sandali, babalik ang screen sa simula at buburahin ang mga inilagay.

where-title = Saan kayo nakatira?
where-in-us = Sa Estados Unidos
where-abroad = Sa labas ng Estados Unidos
where-zip = ZIP code
where-zip-hint = 5 numero, gaya ng 75201
where-country = Bansang tinitirhan
where-country-hint = Dalawang titik, halimbawa MX para sa Mexico
where-office = Ang opisina para sa inyong lugar
where-office-confirm = Sa opisinang ito gaganapin ang inyong appointment.

type-title = Ano ang kailangan ninyo?
type-questions = Ilang tanong tungkol sa inyong kahilingan
question-proof_needed_by = Kailan ninyo kailangan ang patunay ng inyong status?
question-travel_date = Kailan kayo nagbabalak bumiyahe?
question-adjustment_filed_on = Kailan inihain ang inyong aplikasyon para sa adjustment of status (Form I-485)?
question-final_order-date = Petsa ng pinal na utos ng hukom
question-final_order-court = Korte ng imigrasyon na naglabas ng utos
question-final_order-granted = Ang ipinagkaloob ng hukom

who-title = Sino ang kumukuha ng appointment na ito?
who-self = Ako ang aplikante
who-representative = Kinukuha ko ito para sa aplikante (abogado, kinatawan o kapamilya)
rep-title = Tungkol sa inyo, ang kinatawan
rep-name = Ang inyong pangalan
rep-organization = Organisasyon
rep-phone = Ang inyong numero ng telepono
rep-email = Ang inyong e-mail address
rep-text-messages = Padalhan ako ng text message tungkol sa appointment na ito
rep-online-account = Numero ng online account
rep-call-times = Pinakamainam na mga araw at oras para tawagan kayo

person-title = Tungkol sa aplikante
person-first-name = Unang pangalan
person-middle-name = Gitnang pangalan
person-last-name = Apelyido
person-date-of-birth = Petsa ng kapanganakan
person-country-of-birth = Bansang sinilangan
person-zip = ZIP code
person-phone = Numero ng telepono
person-email = E-mail address
person-a-number = A-number
person-a-number-hint = A at 7 hanggang 9 na numero, gaya ng A012345678
person-receipt-number = Numero ng resibo
person-receipt-number-hint = 3 titik at 10 numero, gaya ng EAC2190012345

verify-title = Pakisuri ang mga detalyeng ito
verify-change = Baguhin

slots-title = Pumili ng oras
slots-seats = { $seats } bakante
slots-later = Ipakita ang mga susunod na araw
slots-earlier = Ipakita ang mga naunang araw

review-title = Suriin at kumpirmahin
review-office = Opisina
review-type = Appointment
review-when = Petsa at oras
review-applicant = Aplikante
review-representative = Kinuha ni
review-confirm = Kumpirmahin ang appointment na ito

done-title = Nakakuha na kayo ng appointment
done-moved = Nailipat na ang inyong appointment
done-replaced = Narito ang inyong abiso
done-when = Petsa at oras
done-confirmation = Numero ng kumpirmasyon
done-pin = PIN
done-keep = Isulat o i-print ang numero ng kumpirmasyon at ang PIN. Kailangan ninyo ang dalawang ito para baguhin o kanselahin ang appointment na ito.
done-print = I-print ang abiso
done-save = I-save ang abiso bilang PDF
done-saved = Naka-save na ang abiso.
done-printing = Ipinapadala na ang abiso sa printer.
done-finish = Tapusin

manage-title = Baguhin o kanselahin ang inyong appointment
manage-confirmation = Numero ng kumpirmasyon
manage-pin = PIN
manage-find = Hanapin ang aking appointment
manage-current = Ang inyong appointment
manage-reschedule = Pumili ng ibang oras
manage-cancel = Kanselahin ang appointment na ito
manage-cancel-confirm = Oo, kanselahin ito
manage-cancel-question = Kanselahin ang inyong appointment sa { $when }? Ibibigay sa ibang tao ang oras na ito.
manage-cancelled = Kanselado na ang inyong appointment. Wala na kayong kailangang gawin.
manage-print = I-print muli ang abiso

replace-title = I-print muli ang inyong abiso
replace-with-pin = Nasa akin ang aking numero ng kumpirmasyon at PIN
replace-without-pin = Wala sa akin ang mga ito
replace-identity-hint = Ilagay ang pangalan at petsa ng kapanganakan ng aplikante, at ang A-number o isang numero ng resibo. Bibigyan kayo ng bagong PIN; hindi na gagana ang dati.
replace-find = Hanapin ang aking appointment

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = Tinatawag ngayon
lobby-number = Numero
lobby-desk = Pumunta sa
lobby-count = Naghihintay: { $count }
lobby-cashier = Kahera
