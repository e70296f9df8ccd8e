# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = Malfermiĝas PassDesk…
staff-nav-board = Hodiaŭa tabulo
staff-nav-mix = Ĉiutaga plano
staff-nav-staff = Personaro
staff-enter-kiosk = Kioska reĝimo
staff-sign-out = Elsaluti
staff-status-database = Loka datumbazo: { $path }

## Role names (roles.ts)

staff-role-administrator = Administranto
staff-role-district-manager = Distrikta estro
staff-role-front-desk = Oficisto de la akceptejo
staff-role-cashier = Kasisto

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = Ensaluto de la personaro de PassDesk
staff-sign-in-leave-kiosk = Ensaluto de la personaro por forlasi la kioskon
staff-sign-in-username = Uzantnomo
staff-sign-in-password = Pasvorto
staff-sign-in-back = Reen
staff-sign-in-submit = Ensaluti

## First start on an empty database (sign_in.tsx)

staff-first-run-title = Bonvenon al PassDesk
staff-first-run-intro = Ĉi tiu datumbazo ankoraŭ ne havas kontojn. Kreu la konton de la administranto; poste la administranto kreos la aliajn.
staff-first-run-name = Via nomo
staff-first-run-username = Uzantnomo
staff-first-run-password = Pasvorto (almenaŭ 10 signoj)
staff-first-run-repeat = Pasvorto denove
staff-first-run-mismatch = La du pasvortoj malsamas.
staff-first-run-create = Krei administranton

## Daily mix editor (mix_editor.tsx)

staff-mix-title = Ĉiutaga plano
staff-mix-loading = Ŝargado…
staff-mix-title-office = Ĉiutaga plano · { $office }
staff-mix-version = versio { $version }
staff-mix-unsaved = nekonservitaj ŝanĝoj
staff-mix-discard = Forĵeti ŝanĝojn
staff-mix-save = Konservi
staff-mix-saving = Konservado…
staff-mix-saved = Konservita (versio { $version }). Publikigitaj tagoj refaritaj laŭ la nova plano: { $remade }.
staff-mix-saved-kept = Konservita (versio { $version }). Publikigitaj tagoj refaritaj laŭ la nova plano: { $remade }. Publikigitaj tagoj kun rendevuoj konservas siajn horojn: { $days }.
staff-mix-not-saved = Ne konservita: { $error }
staff-mix-released = Publikigita ĝis { $through }. Novaj horoj: { $created }; tagoj: { $days }; tagoj jam antaŭe publikigitaj: { $before }.
staff-mix-not-released = Ne publikigita: { $error }
staff-mix-cannot-save = Ankoraŭ ne eblas konservi: { $problem }
staff-mix-open = Malfermita
staff-mix-closed = fermita
staff-mix-summary = Horoj: { $slots } · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = neniuj lokoj
staff-mix-add-block = Aldoni blokon
staff-mix-copy-day = Kopii la tagon al…
staff-mix-copy-to = Kopii la malfermajn horojn kaj blokojn de { $day } al:
staff-mix-copy = Kopii
staff-mix-cancel = Nuligi
staff-mix-col-time = Tempo
staff-mix-col-slot = Daŭro
staff-mix-col-capacity = Kapacito
staff-mix-col-track = Vico
staff-mix-col-types = Specoj de rendevuo
staff-mix-slot-minutes = { $minutes } min
staff-mix-block-types = Specoj ({ $count }): { $types }
staff-mix-remove = Forigi
staff-mix-range-format = Skribu ĝin kiel HH:MM-HH:MM, ekzemple 08:00-11:30.
staff-mix-range-order = La fino devas esti post la komenco.
staff-mix-capacity-range = La kapacito estas 1 ĝis 50 personoj por ĉiu rendevua horo.
staff-mix-types-needed = Elektu almenaŭ unu specon de rendevuo.
staff-mix-holidays = Festotagoj
staff-mix-add-holiday = Aldoni festotagon
staff-mix-release-policy = Publikiga regulo
staff-mix-release-window = Tagoj publikigataj anticipe (1-180)
staff-mix-release-at = Novaj horoj publikigataj ĉiutage je
staff-mix-release-through = Publikigi ĝis
staff-mix-release-dirty = Unue konservu aŭ forĵetu viajn ŝanĝojn
staff-mix-release = Publikigi horojn
staff-mix-policies = Reguloj de la oficejo
staff-mix-walk-ins = Urĝaj vizitantoj sen rendevuo estas kontrolataj
staff-mix-companions = Akompanantoj estas enlasataj
staff-mix-attorney-hours = Horoj por advokatoj sen rendevuo
staff-mix-cashier-hours = Horoj de la kaso

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = lundo
staff-day-tue = mardo
staff-day-wed = merkredo
staff-day-thu = ĵaŭdo
staff-day-fri = vendredo
staff-day-sat = sabato
staff-day-sun = dimanĉo
staff-day-short-mon = lu
staff-day-short-tue = ma
staff-day-short-wed = me
staff-day-short-thu = ĵa
staff-day-short-fri = ve
staff-day-short-sat = sa
staff-day-short-sun = di

## Today's board (board.tsx)

staff-board-title = Tabulo
staff-board-previous-day = Antaŭa tago
staff-board-next-day = Sekva tago
staff-board-today = Hodiaŭ
staff-board-roster-print = Presi la tagan liston
staff-board-roster-save = Konservi la liston kiel PDF
staff-board-search-placeholder = Konfirma numero, A-number aŭ nomo
staff-board-find = Trovi
staff-board-found-one = Trovita: { $count } rendevuo
staff-board-found-many = Trovitaj: { $count } rendevuoj
staff-board-close = Fermi
staff-board-empty = Neniuj rendevuoj je { $date }.
staff-board-booked-count = (rezervitaj: { $count })
staff-board-open-desk-booking = Rezervi per la plena procezo, en la lingvo de la petanto…
staff-board-col-when = Kiam
staff-board-col-time = Horo
staff-board-col-name = Nomo
staff-board-col-type = Speco
staff-board-col-confirmation = Konfirmo
staff-board-col-status = Stato
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = Rezervi por telefonanto aŭ vizitanto sen rendevuo
staff-book-type = Speco de rendevuo
staff-book-question-proof-needed-by = Pruvo de statuso necesa ĝis
staff-book-question-travel-date = Planata vojaĝdato
staff-book-question-adjustment-filed-on = Peto pri ŝanĝo de statuso prezentita je
staff-book-day = Tago
staff-book-time = Horo
staff-book-first-free = Unua libera ekde ĉi tiu tago
staff-book-free = liberaj: { $count }
staff-book-first-name = Antaŭnomo
staff-book-last-name = Familia nomo
staff-book-date-of-birth = Naskiĝdato
staff-book-dob-future = La naskiĝdato ne povas esti en la estonteco.
staff-book-a-number = A-number (nedeviga)
staff-book-phone = Telefono (nedeviga)
staff-book-receipt = Rezervita: { $type }, { $date } je la { $time }. Konfirmo { $confirmation }, PIN-kodo { $pin } (diru al la telefonanto: ĝi montriĝas nur nun).
staff-book-submit = Rezervi

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = Rezervi kun la petanto (en ties lingvo)
staff-desk-booking-language = Lingvo
staff-desk-booking-close = Fermi

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = Kontoj de la personaro
staff-accounts-col-username = Uzantnomo
staff-accounts-col-name = Nomo
staff-accounts-col-role = Rolo
staff-accounts-col-office = Oficejo
staff-accounts-all-offices = ĉiuj
staff-accounts-new = Nova konto
staff-accounts-name = Nomo
staff-accounts-username = Uzantnomo
staff-accounts-role = Rolo
staff-accounts-office = Oficejo
staff-accounts-password = Unua pasvorto (almenaŭ 10 signoj)
staff-accounts-short-password = Uzu almenaŭ 10 signojn.
staff-accounts-created = Konto { $username } kreita.
staff-accounts-create = Krei konton
staff-accounts-col-status = Stato
staff-accounts-active = aktiva
staff-accounts-disabled = malŝaltita
staff-accounts-edit = Redakti
staff-accounts-editing = Ŝanĝi { $username }
staff-accounts-disable = Malŝaltita: ĉi tiu konto ne povas ensaluti
staff-accounts-new-password = Nova pasvorto (lasu malplena por konservi la nunan)
staff-accounts-save = Konservi ŝanĝojn
staff-accounts-cancel = Nuligi
staff-accounts-saved = Konto { $username } konservita.

## Check-in (front desk)
staff-nav-checkin = Alvenoj
staff-nav-cashier = Kaso
staff-checkin-title = Registrado de alvenoj
staff-checkin-search-placeholder = Skanu la avizon aŭ tajpu konfirman numeron, A-number, kvitancan numeron aŭ nomon
staff-checkin-find = Trovi
staff-checkin-none = Nenio trovita.
staff-checkin-documents = Viditaj identigaj dokumentoj
staff-checkin-mrz = MRZ el la dokumentlegilo
staff-checkin-override = Kialo akcepti la dokumentojn tiaj, kiaj ili estas
staff-checkin-submit = Registri alvenon
staff-checkin-cancel = Nuligi
staff-checkin-next = Sekva alveninto
staff-checkin-shortcut = Spaceto markas dokumenton, Tab iras plu, Ctrl+Enen registras la alvenon.
staff-checkin-rebook = Rezervi la sekvan liberan horon
staff-checkin-rebooked = Movita al { $when }. Nova PIN-kodo: { $pin }
staff-checkin-rebook-print = Presi la novan avizon
staff-checkin-done = Alveno registrita: numero { $number }
staff-checkin-not-here = Ĉi tiu rendevuo ne estas hodiaŭ en ĉi tiu oficejo; vidu la noton supre.
staff-doc-passport = Pasporto
staff-doc-state_photo_id = Ŝtata identiga karto kun foto
staff-doc-drivers_license = Stirpermesilo
staff-doc-permanent_resident_card = Karto de permanenta loĝanto (I-551)
staff-doc-ead = Dokumento de laborrajto (Employment Authorization Document)
staff-doc-i94_with_photo = I-94 kun foto
staff-doc-i94_without_photo = I-94 sen foto
staff-doc-passport_or_id_copy = Kopio de pasporto aŭ identiga karto (nomo kaj vizaĝo)
staff-doc-other = Alia dokumento

## The waiting queue
staff-queue-title = Hodiaŭa vico
staff-queue-desk = Mia skribotablo aŭ giĉeto
staff-queue-late = malfrua
staff-queue-call = Voki
staff-queue-served = Servita
staff-queue-not-served = Ne servita
staff-visit-waiting = atendanta
staff-visit-called = vokita
staff-visit-served = servita
staff-visit-not_served = ne servita
staff-appointment-booked = rezervita
staff-appointment-cancelled = nuligita

## Walk-ins
staff-walkin-open = Sen rendevuo…
staff-walkin-title = Vizitanto sen rendevuo
staff-walkin-name = Nomo
staff-walkin-kind = Speco
staff-walkin-kind-walk_in = Urĝa kazo (kontrolita)
staff-walkin-kind-attorney_walk_in = Advokato (horoj sen rendevuo)
staff-walkin-kind-cashier_walk_in = Kaso (horoj de la kaso)
staff-walkin-reason = Urĝa kazo
staff-walkin-reason-medical_emergency = Medicina urĝaĵo
staff-walkin-reason-imminent_travel = Vojaĝo, kiu ne povas atendi
staff-walkin-reason-death_in_family = Morto en la familio
staff-walkin-reason-document_needed_for_work = Dokumento necesa por laboro
staff-walkin-reason-humanitarian = Humanitara kialo
staff-walkin-reason-other = Alia
staff-walkin-reason-text = Detaloj
staff-walkin-approval = Estro aŭ kontrolanto aprobas (la tago estas plena)
staff-walkin-submit = Enlasi

## Cashier
staff-cashier-title = Kaso
staff-cashier-placeholder = Skanu la avizon aŭ tajpu la konfirman numeron
staff-cashier-admit = Enlasi
staff-cashier-receipt = Referenco de la kvitanco

## The waiting room's screen
staff-waiting-open = Malfermi la ekranon de la atendejo

## The day's figures, companions
staff-summary-title = Ciferoj de la tago
staff-summary-track = Vico
staff-summary-seats = Lokoj
staff-summary-booked = Rezervitaj
staff-summary-arrived = Alvenintaj
staff-summary-no-show = Forestantaj
staff-summary-walk-ins = Senrendevuaj
staff-summary-no-show-rate = Forestoprocento
staff-summary-utilisation = Uzado
staff-companions-title = Akompanata de
staff-companion-family = Familiano
staff-companion-translator = Interpretisto
staff-companion-attorney = Advokato
staff-companions-add = Aldoni akompananton
staff-companions-remove = Forigi

## The status bar: the sync with the central database
staff-sync-standalone = Neniu centra datumbazo: ĉi tiu laborstacio mastrumas sian oficejon memstare.
staff-sync-online = Centra datumbazo: konektita · lasta sinkronigo: { $age } · nesenditaj: { $unsent }
staff-sync-offline = Centra datumbazo: MALKONEKTITA · lasta sinkronigo: { $age } · nesenditaj: { $unsent }, konservataj ĉi tie kaj sendotaj, kiam ĝi denove disponeblos · registrado de alvenoj plu funkcias, rezervado bezonas la centran datumbazon
staff-sync-draining = Sendado al la centra datumbazo: senditaj { $sent }, restas { $remaining }
staff-sync-never = neniam
staff-sync-seconds-ago = antaŭ { $seconds } s
staff-sync-minutes-ago = antaŭ { $minutes } min
staff-sync-hours-ago = antaŭ { $hours } h
staff-sync-days-ago = antaŭ { $days } d
staff-sync-problem = Centra datumbazo: NEUZEBLA · { $problem } · lasta sinkronigo: { $age } · nesenditaj: { $unsent }, konservataj ĉi tie · registrado de alvenoj plu funkcias
staff-sync-local-problem = Sinkronigo paŭzas: { $problem } · lasta sinkronigo: { $age } · nesenditaj: { $unsent } · nova provo aŭtomate ĉiujn kelkajn sekundojn; se tio daŭras, telefonu al la IT-subteno

## The administrator's central-database settings
staff-nav-central = Centra datumbazo
staff-central-title = Centra datumbazo
staff-central-standalone = Ĉi tiu laborstacio mastrumas sian oficejon memstare. Konektu ĝin al la centra datumbazo de la distrikto por rezervi centre kaj kunhavigi la registradon de alvenoj kun la aliaj laborstacioj.
staff-central-connected = Konektita al { $address }
staff-central-reachable = La servilo respondas: PostgreSQL { $version }, skemo { $applied } el { $known }.
staff-central-unreachable = La servilo ne respondas: { $reason }
staff-central-refused = La centra datumbazo respondas, sed ne estas uzebla: { $reason }
staff-central-password-unreadable = La konservita pasvorto ne estas legebla sur ĉi tiu laborstacio: { $reason }
staff-central-schema-behind = Ĝia skemo estas pli malnova ol tiu de ĉi tiu aplikaĵo: administranto rulu `passdesk central migrate` unufoje por la distrikto (por nova, malplena datumbazo: `passdesk central init`).
staff-central-schema-ahead = Ĝia skemo estas pli nova ol tiu, kiun ĉi tiu aplikaĵo konas: instalu sur ĉi tiu laborstacio la version de PassDesk uzatan en la distrikto.
staff-central-office-unknown = La distrikto ne havas oficejon { $office }: la tabulo, listo kaj serĉo de ĉi tiu laborstacio restas malplenaj. Konektu denove kun la ĝusta oficejo.
staff-central-password-keychain = La pasvorto estas konservata en la ŝlosilaro de la sistemo.
staff-central-password-file = La pasvorto estas konservata en la dosiero { $path }, legebla nur de ĉi tiu konto.
staff-central-unsent = Ankoraŭ nesenditaj registraĵoj: { $count }
staff-central-host = Servilo
staff-central-port = Pordo (malplena: 5432)
staff-central-database = Datumbazo
staff-central-user = Konto
staff-central-password = Pasvorto
staff-central-office = Oficejo, kies datumojn konservas ĉi tiu laborstacio (malplena: ĉiuj oficejoj)
staff-central-password-file-label = Anstataŭe konservi la pasvorton en ĉi tiu dosiero (por komputilo sen ŝlosilaro)
staff-central-connect = Konekti
staff-central-disconnect = Malkonekti
staff-central-disconnected = Malkonektita: ĉi tiu laborstacio nun mastrumas sian oficejon memstare.
staff-central-disconnect-warning = Ĉu malkonekti ĉi tiun laborstacion de la centra datumbazo? Ĝi tiam mastrumos sian oficejon memstare. Rendevuoj, kiujn ĝi rezervas, movas aŭ nuligas dum ĝi laboras memstare, devas esti senditaj al la distrikto antaŭ ol ĝi denove konektiĝos; tiuj, kiuj ne sendeblas (ĉar ilia horo intertempe estis prenita en la distrikto), estas listigitaj kun la persono, al kiu telefoni. Registritaj alvenoj estas konservataj kaj sendotaj, kiam ĝi denove konektiĝos.
staff-central-disconnect-yes = Jes, malkonekti
staff-central-disconnect-keep = Resti konektita
staff-central-own-title = Rendevuoj ŝanĝitaj nur sur ĉi tiu laborstacio: { $count }
staff-central-own-explain = Dum ĝi estis malkonektita, ĉi tiu laborstacio rezervis, movis aŭ nuligis ĉi tiujn rendevuojn, aŭ donis al ili novan PIN-kodon. La centra datumbazo de la distrikto ankoraŭ ne havas ilin, do ĉi tiu laborstacio ne povas esti denove konektita tia, kia ĝi estas. Sendu ilin al la distrikto: ĉiu rezervo iras en la saman horon kun la sama konfirma numero kaj PIN-kodo. Tio, kio ne sendeblas (ekzemple ĉar ĝia horo jam estas plena en la distrikto), restas ĉi tie kun la kialo: telefonu al tiu persono. Aŭ malkonektu ĉi tiun laborstacion kaj daŭrigu nur kun ĉi tiu datumbazo.
staff-central-own-col-what = Refarenda
staff-central-own-booked = Rezervi denove
staff-central-own-rescheduled = Movi
staff-central-own-cancelled = Nuligi
staff-central-own-pin-reissued = Nova PIN-kodo
staff-central-own-send = Sendi ilin al la distrikto
staff-central-own-col-sent = Sendita
staff-central-own-sent = Sendita
staff-central-own-not-sent = Ne sendita: { $why }. Telefonu al ĉi tiu persono.
staff-central-own-all-sent = Ĉio ŝanĝita nur sur ĉi tiu laborstacio nun apartenas al la distrikto, kaj ĝi estas denove konektita.

## Closing a day (snow, a power cut)
staff-close-title = Fermi tagon
staff-close-explain = Por neĝo, elektropaneo aŭ alia fermo. Ĉiu rezervita rendevuo de la tago moviĝas al la unua libera horo de sia speco post ĝi (aŭ estas nuligita), kaj la tago fariĝas festotago. La listo, kiu sekvas, montras, al kiu telefoni; movita rendevuo konservas sian konfirman numeron kaj PIN-kodon.
staff-close-date = Fermota tago
staff-close-move = Movi la rendevuojn al la sekvaj liberaj horoj
staff-close-cancel = Nuligi la rendevuojn
staff-close-button = Fermi la tagon…
staff-close-dirty = Unue konservu aŭ forĵetu viajn ŝanĝojn
staff-close-confirm-move = Ĉu fermi { $office } je { $date } kaj movi ĉiujn rendevuojn de tiu tago? Tio ne estas malfarebla ĉi tie.
staff-close-confirm-cancel = Ĉu fermi { $office } je { $date } kaj nuligi ĉiujn rendevuojn de tiu tago? Tio ne estas malfarebla ĉi tie.
staff-close-yes = Jes, fermi la tagon
staff-close-failed = La tago ne estis fermita: { $error }
staff-close-done = { $date } estas fermita. Movitaj: { $moved }. Nuligitaj: { $cancelled }.
staff-close-col-was = Horo
staff-close-col-person = Persono
staff-close-col-now = Nun
staff-close-col-reach = Telefono, retpoŝto
staff-close-col-language = Lingvo
staff-close-cancelled = nuligita
staff-close-no-contact = ne indikita

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = PassDesk ne povas starti
staff-startup-code = Kodo
staff-startup-database = Datumbazo
staff-startup-next = Nenio estis ŝanĝita. Riparu tion, kion diras la mesaĝo, kaj poste denove startigu PassDesk. Se tio daŭras, telefonu al la IT-subteno kaj donu al ili ĉi tiun mesaĝon kaj kodon.
staff-startup-quit = Fermi

staff-desks-title = Laborstacioj de la distrikto
staff-desks-explain = Laŭ la lasta informo, kiun la centra datumbazo ricevis de ĉiu: ĉiu laborstacio raportas sian staton je la fino de siaj sinkronigaj rondoj, almenaŭ ĉiujn 30 sekundojn, dum ĝi povas atingi la centran datumbazon. Antaŭ ol fermi tagon, serĉu ĉi tie laborstacion, de kiu nenio venis, aŭ kiu tenas registritajn alvenojn ankoraŭ ne senditajn.
staff-desks-none = Neniu laborstacio ankoraŭ raportis sian staton.
staff-desks-col-workstation = Laborstacio
staff-desks-col-office = Oficejo
staff-desks-col-heard = Lasta raporto
staff-desks-col-unsent = Tiam nesenditaj
staff-desks-col-problem = Problemo
staff-desks-this-one = (ĉi tiu)
staff-desks-every-office = ĉiuj oficejoj
staff-desks-silent = Neniu raporto dum pli ol 2 minutoj
staff-desks-unsent = Registraĵoj: { $count }, la plej malnova de { $oldest }
staff-desks-failed = Ĝia lasta sinkronigo malsukcesis: { $why }
staff-desks-rejected-count = Rifuzitaj registraĵoj: { $count }
staff-desks-rejected-title = Registraĵoj rifuzitaj de la centra datumbazo: { $count }
staff-desks-rejected-explain = La centra datumbazo ne povis apliki ĉi tiujn kaj konservis ilin kun la kialo; neniu sinkronigo provos ilin denove. Solvu ĉiun permane: denove registru la alvenon de la persono aŭ korektu la datumojn.
staff-desks-col-made = Registrita
staff-desks-col-about = Pri
staff-desks-col-why = Kialo
