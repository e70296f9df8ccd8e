# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = Binubuksan ang PassDesk…
staff-nav-board = Talaan ngayong araw
staff-nav-mix = Pang-araw-araw na mix
staff-nav-staff = Kawani
staff-enter-kiosk = Kiosk mode
staff-sign-out = Mag-sign out
staff-status-database = Lokal na database: { $path }

## Role names (roles.ts)

staff-role-administrator = Administrator
staff-role-district-manager = Tagapamahala ng distrito
staff-role-front-desk = Opisyal sa front desk
staff-role-cashier = Kahera

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = Pag-sign in ng kawani ng PassDesk
staff-sign-in-leave-kiosk = Pag-sign in ng kawani para umalis sa kiosk
staff-sign-in-username = Username
staff-sign-in-password = Password
staff-sign-in-back = Bumalik
staff-sign-in-submit = Mag-sign in

## First start on an empty database (sign_in.tsx)

staff-first-run-title = Maligayang pagdating sa PassDesk
staff-first-run-intro = Wala pang account sa database na ito. Gawin ang account ng administrator; ang administrator na ang gagawa ng iba pang account.
staff-first-run-name = Ang inyong pangalan
staff-first-run-username = Username
staff-first-run-password = Password (10 character o higit pa)
staff-first-run-repeat = Ulitin ang password
staff-first-run-mismatch = Magkaiba ang dalawang password.
staff-first-run-create = Gumawa ng administrator

## Daily mix editor (mix_editor.tsx)

staff-mix-title = Pang-araw-araw na mix
staff-mix-loading = Naglo-load…
staff-mix-title-office = Pang-araw-araw na mix · { $office }
staff-mix-version = bersyon { $version }
staff-mix-unsaved = may mga pagbabagong hindi pa naka-save
staff-mix-discard = Bawiin ang mga pagbabago
staff-mix-save = I-save
staff-mix-saving = Sine-save…
staff-mix-saved = Naka-save (bersyon { $version }). Mga na-release na araw na ginawang muli mula sa bagong mix: { $remade }.
staff-mix-saved-kept = Naka-save (bersyon { $version }). Mga na-release na araw na ginawang muli mula sa bagong mix: { $remade }. Nananatili ang mga slot ng mga na-release na araw na may appointment: { $days }.
staff-mix-not-saved = Hindi na-save: { $error }
staff-mix-released = Na-release hanggang { $through }: { $created } bagong slot sa { $days } araw; { $before } araw ang na-release na dati.
staff-mix-not-released = Hindi na-release: { $error }
staff-mix-cannot-save = Hindi pa maaaring i-save: { $problem }
staff-mix-open = Bukas
staff-mix-closed = sarado
staff-mix-summary = { $slots } slot · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = walang puwesto
staff-mix-add-block = Magdagdag ng block
staff-mix-copy-day = Kopyahin ang araw sa…
staff-mix-copy-to = Kopyahin ang oras at mga block ng { $day } sa:
staff-mix-copy = Kopyahin
staff-mix-cancel = Kanselahin
staff-mix-col-time = Oras
staff-mix-col-slot = Slot
staff-mix-col-capacity = Kapasidad
staff-mix-col-track = Track
staff-mix-col-types = Mga uri ng appointment
staff-mix-slot-minutes = { $minutes } min
staff-mix-block-types = { $count } uri: { $types }
staff-mix-remove = Alisin
staff-mix-range-format = Isulat bilang HH:MM-HH:MM, gaya ng 08:00-11:30.
staff-mix-range-order = Dapat mas huli ang katapusan kaysa sa simula.
staff-mix-capacity-range = Ang kapasidad ay 1 hanggang 50 tao bawat slot.
staff-mix-types-needed = Pumili ng kahit isang uri ng appointment.
staff-mix-holidays = Mga pista opisyal
staff-mix-add-holiday = Magdagdag ng pista opisyal
staff-mix-release-policy = Patakaran sa pag-release
staff-mix-release-window = Mga araw na nire-release nang maaga (1-180)
staff-mix-release-at = Oras ng araw-araw na pag-release ng bagong slot
staff-mix-release-through = I-release hanggang
staff-mix-release-dirty = I-save o bawiin muna ang inyong mga pagbabago
staff-mix-release = I-release ang mga slot
staff-mix-policies = Mga patakaran ng opisina
staff-mix-walk-ins = Sinasala ang mga emergency walk-in
staff-mix-companions = Pinapapasok ang mga kasama ng aplikante
staff-mix-attorney-hours = Oras ng walk-in para sa abogado
staff-mix-cashier-hours = Oras ng kahera

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = Lunes
staff-day-tue = Martes
staff-day-wed = Miyerkoles
staff-day-thu = Huwebes
staff-day-fri = Biyernes
staff-day-sat = Sabado
staff-day-sun = Linggo
staff-day-short-mon = Lun
staff-day-short-tue = Mar
staff-day-short-wed = Miy
staff-day-short-thu = Huw
staff-day-short-fri = Biy
staff-day-short-sat = Sab
staff-day-short-sun = Lin

## Today's board (board.tsx)

staff-board-title = Talaan
staff-board-previous-day = Nakaraang araw
staff-board-next-day = Susunod na araw
staff-board-today = Ngayong araw
staff-board-roster-print = I-print ang listahan
staff-board-roster-save = I-save ang listahan bilang PDF
staff-board-search-placeholder = Numero ng kumpirmasyon, A-number o pangalan
staff-board-find = Hanapin
staff-board-found-one = Nakakita ng { $count } appointment
staff-board-found-many = Nakakita ng { $count } appointment
staff-board-close = Isara
staff-board-empty = Walang appointment sa { $date }.
staff-board-booked-count = ({ $count } naka-book)
staff-board-open-desk-booking = Mag-book gamit ang buong proseso, sa wika ng aplikante…
staff-board-col-when = Kailan
staff-board-col-time = Oras
staff-board-col-name = Pangalan
staff-board-col-type = Uri
staff-board-col-confirmation = Kumpirmasyon
staff-board-col-status = Status
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = Mag-book para sa tumawag o walk-in
staff-book-type = Uri ng appointment
staff-book-question-proof-needed-by = Petsa kung kailan kailangan ang patunay ng status
staff-book-question-travel-date = Planong petsa ng pagbiyahe
staff-book-question-adjustment-filed-on = Petsa ng paghahain ng adjustment of status
staff-book-day = Araw
staff-book-time = Oras
staff-book-first-free = Unang bakante mula sa araw na ito
staff-book-free = { $count } bakante
staff-book-first-name = Unang pangalan
staff-book-last-name = Apelyido
staff-book-date-of-birth = Petsa ng kapanganakan
staff-book-dob-future = Hindi maaaring nasa hinaharap ang petsa ng kapanganakan.
staff-book-a-number = A-number (opsyonal)
staff-book-phone = Telepono (opsyonal)
staff-book-receipt = Na-book ang { $type } sa { $date } nang { $time }. Kumpirmasyon { $confirmation }, PIN { $pin } (sabihin sa tumawag: ngayon lang ito ipinapakita).
staff-book-submit = I-book

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = Mag-book kasama ang aplikante (sa kanyang wika)
staff-desk-booking-language = Wika
staff-desk-booking-close = Isara

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = Mga account ng kawani
staff-accounts-col-username = Username
staff-accounts-col-name = Pangalan
staff-accounts-col-role = Tungkulin
staff-accounts-col-office = Opisina
staff-accounts-all-offices = lahat
staff-accounts-new = Bagong account
staff-accounts-name = Pangalan
staff-accounts-username = Username
staff-accounts-role = Tungkulin
staff-accounts-office = Opisina
staff-accounts-password = Unang password (10 character o higit pa)
staff-accounts-short-password = Gumamit ng hindi bababa sa 10 character.
staff-accounts-created = Nagawa na ang account na { $username }.
staff-accounts-create = Gumawa ng account
staff-accounts-col-status = Status
staff-accounts-active = aktibo
staff-accounts-disabled = naka-disable
staff-accounts-edit = I-edit
staff-accounts-editing = Baguhin ang { $username }
staff-accounts-disable = Naka-disable: hindi makakapag-sign in ang account na ito
staff-accounts-new-password = Bagong password (iwanang blangko para panatilihin ang kasalukuyan)
staff-accounts-save = I-save ang mga pagbabago
staff-accounts-cancel = Kanselahin
staff-accounts-saved = Naka-save na ang account na { $username }.

## Check-in (front desk)
staff-nav-checkin = Check-in
staff-nav-cashier = Kahera
staff-checkin-title = Check-in
staff-checkin-search-placeholder = I-scan ang abiso, o i-type ang numero ng kumpirmasyon, A-number, numero ng resibo o pangalan
staff-checkin-find = Hanapin
staff-checkin-none = Walang nakita.
staff-checkin-documents = Mga dokumento ng pagkakakilanlan na nakita
staff-checkin-mrz = MRZ mula sa document reader
staff-checkin-override = Dahilan para tanggapin ang mga dokumento kung ano ang mga ito
staff-checkin-submit = I-check in
staff-checkin-cancel = Kanselahin
staff-checkin-next = Susunod na dumating
staff-checkin-shortcut = Space para markahan ang dokumento, Tab para lumipat, Ctrl+Enter para mag-check in.
staff-checkin-rebook = I-book ang susunod na bakanteng oras
staff-checkin-rebooked = Inilipat sa { $when }. Bagong PIN: { $pin }
staff-checkin-rebook-print = I-print ang bagong abiso
staff-checkin-done = Naka-check in: numero { $number }
staff-checkin-not-here = Ang appointment na ito ay hindi ngayong araw sa opisinang ito; tingnan ang paalala sa itaas.
staff-doc-passport = Pasaporte
staff-doc-state_photo_id = State photo ID
staff-doc-drivers_license = Lisensya sa pagmamaneho
staff-doc-permanent_resident_card = Permanent Resident Card (I-551)
staff-doc-ead = Employment Authorization Document
staff-doc-i94_with_photo = I-94 na may larawan
staff-doc-i94_without_photo = I-94 na walang larawan
staff-doc-passport_or_id_copy = Kopya ng pasaporte o ID (pangalan at mukha)
staff-doc-other = Ibang dokumento

## The waiting queue
staff-queue-title = Pila ngayong araw
staff-queue-desk = Aking desk o window
staff-queue-late = huli
staff-queue-call = Tawagin
staff-queue-served = Naserbisyuhan
staff-queue-not-served = Hindi naserbisyuhan
staff-visit-waiting = naghihintay
staff-visit-called = tinawag
staff-visit-served = naserbisyuhan
staff-visit-not_served = hindi naserbisyuhan
staff-appointment-booked = naka-book
staff-appointment-cancelled = kinansela

## Walk-ins
staff-walkin-open = Walk-in…
staff-walkin-title = Walk-in na walang appointment
staff-walkin-name = Pangalan
staff-walkin-kind = Uri
staff-walkin-kind-walk_in = Emergency (nasala na)
staff-walkin-kind-attorney_walk_in = Abogado (oras ng walk-in)
staff-walkin-kind-cashier_walk_in = Kahera (oras ng kahera)
staff-walkin-reason = Emergency
staff-walkin-reason-medical_emergency = Medikal na emergency
staff-walkin-reason-imminent_travel = Biyaheng hindi makapaghihintay
staff-walkin-reason-death_in_family = May namatay sa pamilya
staff-walkin-reason-document_needed_for_work = Dokumentong kailangan sa trabaho
staff-walkin-reason-humanitarian = Makataong dahilan
staff-walkin-reason-other = Iba pa
staff-walkin-reason-text = Mga detalye
staff-walkin-approval = Inaprubahan ng manager o supervisor (puno na ang araw)
staff-walkin-submit = Papasukin

## Cashier
staff-cashier-title = Kahera
staff-cashier-placeholder = I-scan ang abiso o i-type ang numero ng kumpirmasyon
staff-cashier-admit = Papasukin
staff-cashier-receipt = Reference ng resibo

## The waiting room's screen
staff-waiting-open = Buksan ang screen ng waiting room

## The day's figures, companions
staff-summary-title = Mga bilang ngayong araw
staff-summary-track = Track
staff-summary-seats = Puwesto
staff-summary-booked = Naka-book
staff-summary-arrived = Dumating
staff-summary-no-show = Hindi sumipot
staff-summary-walk-ins = Walk-in
staff-summary-no-show-rate = Antas ng hindi pagsipot
staff-summary-utilisation = Paggamit
staff-companions-title = Kasama
staff-companion-family = Kapamilya
staff-companion-translator = Tagasalin
staff-companion-attorney = Abogado
staff-companions-add = Magdagdag ng kasama
staff-companions-remove = Alisin

## The status bar: the sync with the central database
staff-sync-standalone = Walang sentral na database: mag-isang pinapatakbo ng workstation na ito ang opisina nito.
staff-sync-online = Sentral na database: online · huling sync: { $age } · hindi pa naipapadala: { $unsent }
staff-sync-offline = Sentral na database: OFFLINE · huling sync: { $age } · hindi pa naipapadala: { $unsent }, naka-save dito at ipapadala kapag bumalik na ito · gumagana pa rin ang check-in, pero kailangan ng sentral na database para mag-book
staff-sync-draining = Ipinapadala sa sentral na database: { $sent } naipadala na, { $remaining } pa ang natitira
staff-sync-never = wala pa
staff-sync-seconds-ago = { $seconds } segundo ang nakalipas
staff-sync-minutes-ago = { $minutes } minuto ang nakalipas
staff-sync-hours-ago = { $hours } oras ang nakalipas
staff-sync-days-ago = { $days } araw ang nakalipas
staff-sync-problem = Sentral na database: HINDI MAGAMIT · { $problem } · huling sync: { $age } · hindi pa naipapadala: { $unsent }, naka-save dito · gumagana pa rin ang check-in
staff-sync-local-problem = Naka-pause ang sync: { $problem } · huling sync: { $age } · hindi pa naipapadala: { $unsent } · awtomatikong sinusubukang muli bawat ilang segundo; kung magpatuloy ito, tumawag sa IT

## The administrator's central-database settings
staff-nav-central = Sentral na database
staff-central-title = Sentral na database
staff-central-standalone = Mag-isang pinapatakbo ng workstation na ito ang opisina nito. Ikonekta ito sa sentral na database ng distrito para makapag-book nang sentralisado at maibahagi ang mga check-in sa iba pang desk.
staff-central-connected = Nakakonekta sa { $address }
staff-central-reachable = Sumasagot ang server: PostgreSQL { $version }, schema { $applied } ng { $known }.
staff-central-unreachable = Hindi sumasagot ang server: { $reason }
staff-central-refused = Sumasagot ang sentral na database pero hindi ito magamit: { $reason }
staff-central-password-unreadable = Hindi mabasa sa workstation na ito ang naka-save na password: { $reason }
staff-central-schema-behind = Mas luma ang schema nito kaysa sa schema ng app na ito: kailangang patakbuhin ng isang administrator ang `passdesk central migrate` nang isang beses para sa distrito (para sa bago at walang lamang database: `passdesk central init`).
staff-central-schema-ahead = Mas bago ang schema nito kaysa sa alam ng app na ito: i-install sa workstation na ito ang bersyon ng PassDesk na ginagamit ng distrito.
staff-central-office-unknown = Walang opisinang { $office } ang distrito: mananatiling walang laman ang board, listahan at paghahanap ng workstation na ito. Kumonekta muli gamit ang tamang opisina.
staff-central-password-keychain = Nakatago ang password sa keychain ng system.
staff-central-password-file = Nakatago ang password sa file na { $path }, na mababasa lamang ng account na ito.
staff-central-unsent = Mga record na hindi pa naipapadala: { $count }
staff-central-host = Server
staff-central-port = Port (kapag blangko: 5432)
staff-central-database = Database
staff-central-user = Account
staff-central-password = Password
staff-central-office = Opisina na ang data ay itinatago sa workstation na ito (kapag blangko: lahat ng opisina)
staff-central-password-file-label = Sa halip, itago ang password sa file na ito (para sa makinang walang keychain)
staff-central-connect = Ikonekta
staff-central-disconnect = Idiskonekta
staff-central-disconnected = Nadiskonekta: mag-isa nang pinapatakbo ng workstation na ito ang opisina nito.
staff-central-disconnect-warning = Idiskonekta ang workstation na ito sa sentral na database? Mag-isa na nitong patatakbuhin ang opisina nito. Ang mga appointment na ibu-book, ililipat o kakanselahin nito habang mag-isa ay kailangang ipadala sa distrito bago ito muling kumonekta; ang mga hindi maipadala (kapag nakuha na samantala ang oras nito sa distrito) ay ililista kasama ang taong dapat tawagan. Itinatago ang mga check-in at ipapadala kapag muli itong nakakonekta.
staff-central-disconnect-yes = Oo, idiskonekta
staff-central-disconnect-keep = Manatiling nakakonekta
staff-central-own-title = Binago sa workstation na ito lamang: { $count }
staff-central-own-explain = Habang nakadiskonekta ito, nag-book, naglipat o nagkansela ang workstation na ito ng mga appointment na ito, o nagbigay ng bagong PIN para sa mga ito. Wala pa ang mga ito sa sentral na database ng distrito, kaya hindi na maikokonekta muli ang workstation na ito sa kasalukuyang kalagayan nito. Ipadala ang mga ito sa distrito: mapupunta ang bawat appointment sa parehong oras, na may parehong numero ng kumpirmasyon at PIN. Ang hindi maipadala (halimbawa, kapag puno na ang oras nito sa distrito) ay mananatili rito kasama ang dahilan: tawagan ang taong iyon. O idiskonekta ang workstation na ito at magpatuloy gamit lamang ang database na ito.
staff-central-own-col-what = Gagawin muli
staff-central-own-booked = I-book muli
staff-central-own-rescheduled = Ilipat
staff-central-own-cancelled = Kanselahin
staff-central-own-pin-reissued = Bagong PIN
staff-central-own-send = Ipadala ang mga ito sa distrito
staff-central-own-col-sent = Naipadala
staff-central-own-sent = Naipadala
staff-central-own-not-sent = Hindi naipadala: { $why }. Tawagan ang taong ito.
staff-central-own-all-sent = Ang lahat ng binago sa workstation na ito lamang ay nasa distrito na ngayon, at muling nakakonekta ang workstation na ito.

## Closing a day (snow, a power cut)
staff-close-title = Isara ang isang araw
staff-close-explain = Para sa niyebe, pagkawala ng kuryente o iba pang pagsasara. Ililipat ang bawat naka-book na appointment sa araw na iyon sa unang bakanteng oras ng kaparehong uri pagkatapos nito (o kakanselahin ito), at magiging pista opisyal ang araw. Ipinapakita ng kasunod na listahan kung sino ang dapat tawagan; nananatili sa nailipat na appointment ang numero ng kumpirmasyon at PIN nito.
staff-close-date = Araw na isasara
staff-close-move = Ilipat ang mga appointment sa susunod na mga bakanteng oras
staff-close-cancel = Kanselahin ang mga appointment
staff-close-button = Isara ang araw…
staff-close-dirty = I-save o bawiin muna ang inyong mga pagbabago
staff-close-confirm-move = Isara ang { $office } sa { $date } at ilipat ang lahat ng appointment sa araw na iyon? Hindi ito maaaring bawiin dito.
staff-close-confirm-cancel = Isara ang { $office } sa { $date } at kanselahin ang lahat ng appointment sa araw na iyon? Hindi ito maaaring bawiin dito.
staff-close-yes = Oo, isara ang araw
staff-close-failed = Hindi naisara ang araw: { $error }
staff-close-done = Sarado na ang { $date }. Inilipat: { $moved }. Kinansela: { $cancelled }.
staff-close-col-was = Oras
staff-close-col-person = Tao
staff-close-col-now = Ngayon
staff-close-col-reach = Telepono, e-mail
staff-close-col-language = Wika
staff-close-cancelled = kanselado
staff-close-no-contact = walang ibinigay

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = Hindi makapagsimula ang PassDesk
staff-startup-code = Code
staff-startup-database = Database
staff-startup-next = Walang binago. Ayusin ang sinasabi ng mensahe, pagkatapos ay simulan muli ang PassDesk. Kung magpatuloy ito, tumawag sa IT at ibigay sa kanila ang mensaheng ito at ang code.
staff-startup-quit = Isara

staff-desks-title = Mga workstation ng distrito
staff-desks-explain = Ayon sa huling balitang natanggap ng sentral na database mula sa bawat isa: iniuulat ng bawat workstation ang kalagayan nito sa dulo ng bawat round ng sync, kahit man lang bawat 30 segundo habang naaabot nito ang sentral na database. Bago isara ang isang araw, tingnan dito kung may workstation na walang balita o may hawak pang mga check-in na hindi pa naipapadala.
staff-desks-none = Wala pang workstation na nag-ulat ng kalagayan nito.
staff-desks-col-workstation = Workstation
staff-desks-col-office = Opisina
staff-desks-col-heard = Huling balita
staff-desks-col-unsent = Hindi pa naipadala noon
staff-desks-col-problem = Problema
staff-desks-this-one = (ito)
staff-desks-every-office = lahat ng opisina
staff-desks-silent = Walang balita nang mahigit 2 minuto
staff-desks-unsent = Mga record: { $count }, ang pinakaluma ay naitala { $oldest }
staff-desks-failed = Nabigo ang huling sync nito: { $why }
staff-desks-rejected-count = Mga record na tinanggihan: { $count }
staff-desks-rejected-title = Mga record na tinanggihan ng sentral na database: { $count }
staff-desks-rejected-explain = Hindi mailapat ng sentral na database ang mga ito kaya itinago ang mga ito kasama ang dahilan; wala nang sync na susubok muli sa mga ito. Ayusin ang bawat isa nang mano-mano: i-check in muli ang tao o itama ang record.
staff-desks-col-made = Naitala
staff-desks-col-about = Tungkol sa
staff-desks-col-why = Dahilan
