# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = PassDesk ap louvri…
staff-nav-board = Tablo jodi a
staff-nav-mix = Plan chak jou
staff-nav-staff = Anplwaye
staff-enter-kiosk = Mòd kiosk
staff-sign-out = Dekonekte
staff-status-database = Baz done lokal: { $path }

## Role names (roles.ts)

staff-role-administrator = Administratè
staff-role-district-manager = Manadjè distri
staff-role-front-desk = Ofisye resepsyon
staff-role-cashier = Kesye

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = Koneksyon anplwaye PassDesk
staff-sign-in-leave-kiosk = Koneksyon anplwaye pou soti nan kiosk la
staff-sign-in-username = Non itilizatè
staff-sign-in-password = Modpas
staff-sign-in-back = Retounen
staff-sign-in-submit = Konekte

## First start on an empty database (sign_in.tsx)

staff-first-run-title = Byenvini nan PassDesk
staff-first-run-intro = Baz done sa a poko gen okenn kont. Kreye kont administratè a; apre sa, administratè a ap kreye lòt kont yo.
staff-first-run-name = Non ou
staff-first-run-username = Non itilizatè
staff-first-run-password = Modpas (10 karaktè oswa plis)
staff-first-run-repeat = Modpas la ankò
staff-first-run-mismatch = De modpas yo pa menm.
staff-first-run-create = Kreye administratè a

## Daily mix editor (mix_editor.tsx)

staff-mix-title = Plan chak jou
staff-mix-loading = Chajman…
staff-mix-title-office = Plan chak jou · { $office }
staff-mix-version = vèsyon { $version }
staff-mix-unsaved = chanjman ki pa sove
staff-mix-discard = Anile chanjman yo
staff-mix-save = Sove
staff-mix-saving = Ap sove…
staff-mix-saved = Sove (vèsyon { $version }). { $remade } jou ki te pibliye refèt dapre nouvo plan an.
staff-mix-saved-kept = Sove (vèsyon { $version }). { $remade } jou ki te pibliye refèt dapre nouvo plan an. Jou ki pibliye ki gen randevou yo kenbe lè randevou yo: { $days }.
staff-mix-not-saved = Pa sove: { $error }
staff-mix-released = Pibliye jiska { $through }: { $created } nouvo lè randevou sou { $days } jou; { $before } jou te deja pibliye anvan.
staff-mix-not-released = Pa pibliye: { $error }
staff-mix-cannot-save = Poko ka sove: { $problem }
staff-mix-open = Louvri
staff-mix-closed = fèmen
staff-mix-summary = { $slots } lè randevou · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = pa gen plas
staff-mix-add-block = Ajoute yon blòk
staff-mix-copy-day = Kopye jou a nan…
staff-mix-copy-to = Kopye lè ouvèti ak blòk { $day } yo nan:
staff-mix-copy = Kopye
staff-mix-cancel = Anile
staff-mix-col-time = Lè
staff-mix-col-slot = Dire
staff-mix-col-capacity = Kapasite
staff-mix-col-track = Liy
staff-mix-col-types = Kalite randevou
staff-mix-slot-minutes = { $minutes } min
staff-mix-block-types = { $count } kalite: { $types }
staff-mix-remove = Retire
staff-mix-range-format = Ekri l konsa: HH:MM-HH:MM, pa egzanp 08:00-11:30.
staff-mix-range-order = Lè fen an dwe vini apre lè kòmansman an.
staff-mix-capacity-range = Kapasite a se 1 a 50 moun pou chak lè randevou.
staff-mix-types-needed = Chwazi omwen yon kalite randevou.
staff-mix-holidays = Jou ferye
staff-mix-add-holiday = Ajoute yon jou ferye
staff-mix-release-policy = Règ piblikasyon
staff-mix-release-window = Kantite jou pibliye davans (1-180)
staff-mix-release-at = Nouvo lè randevou pibliye chak jou a
staff-mix-release-through = Pibliye jiska
staff-mix-release-dirty = Sove oswa anile chanjman ou yo anvan
staff-mix-release = Pibliye lè randevou yo
staff-mix-policies = Règ biwo a
staff-mix-walk-ins = Tri pou moun ki vini san randevou an ijans
staff-mix-companions = Moun k ap akonpaye yo ka antre
staff-mix-attorney-hours = Lè pou avoka vini san randevou
staff-mix-cashier-hours = Lè kès la

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = lendi
staff-day-tue = madi
staff-day-wed = mèkredi
staff-day-thu = jedi
staff-day-fri = vandredi
staff-day-sat = samdi
staff-day-sun = dimanch
staff-day-short-mon = len
staff-day-short-tue = mad
staff-day-short-wed = mèk
staff-day-short-thu = jed
staff-day-short-fri = van
staff-day-short-sat = sam
staff-day-short-sun = dim

## Today's board (board.tsx)

staff-board-title = Tablo
staff-board-previous-day = Jou anvan
staff-board-next-day = Jou apre
staff-board-today = Jodi a
staff-board-roster-print = Enprime lis jounen an
staff-board-roster-save = Anrejistre lis la an PDF
staff-board-search-placeholder = Nimewo konfimasyon, nimewo A oswa non
staff-board-find = Chèche
staff-board-found-one = { $count } randevou jwenn
staff-board-found-many = { $count } randevou jwenn
staff-board-close = Fèmen
staff-board-empty = Pa gen okenn randevou pou { $date }.
staff-board-booked-count = ({ $count } rezève)
staff-board-open-desk-booking = Pran randevou ak pwosesis konplè a, nan lang aplikan an…
staff-board-col-when = Kilè
staff-board-col-time = Lè
staff-board-col-name = Non
staff-board-col-type = Kalite
staff-board-col-confirmation = Konfimasyon
staff-board-col-status = Estati
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = Pran randevou pou yon moun ki rele oswa ki vini san randevou
staff-book-type = Kalite randevou
staff-book-question-proof-needed-by = Dat li bezwen prèv estati a
staff-book-question-travel-date = Dat vwayaj li planifye
staff-book-question-adjustment-filed-on = Dat depo demann ajisteman estati a
staff-book-day = Jou
staff-book-time = Lè
staff-book-first-free = Premye plas lib apati jou sa a
staff-book-free = { $count } plas lib
staff-book-first-name = Prenon
staff-book-last-name = Non fanmi
staff-book-date-of-birth = Dat nesans
staff-book-dob-future = Dat nesans lan pa ka nan lavni.
staff-book-a-number = Nimewo A (opsyonèl)
staff-book-phone = Telefòn (opsyonèl)
staff-book-receipt = Randevou pran: { $type }, { $date } a { $time }. Konfimasyon { $confirmation }, PIN { $pin } (di moun ki rele a: se sèlman kounye a li parèt).
staff-book-submit = Pran randevou a

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = Pran randevou ak aplikan an (nan lang li)
staff-desk-booking-language = Lang
staff-desk-booking-close = Fèmen

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = Kont anplwaye yo
staff-accounts-col-username = Non itilizatè
staff-accounts-col-name = Non
staff-accounts-col-role = Wòl
staff-accounts-col-office = Biwo
staff-accounts-all-offices = tout
staff-accounts-new = Nouvo kont
staff-accounts-name = Non
staff-accounts-username = Non itilizatè
staff-accounts-role = Wòl
staff-accounts-office = Biwo
staff-accounts-password = Premye modpas (10 karaktè oswa plis)
staff-accounts-short-password = Sèvi ak omwen 10 karaktè.
staff-accounts-created = Kont { $username } kreye.
staff-accounts-create = Kreye kont lan
staff-accounts-col-status = Estati
staff-accounts-active = aktif
staff-accounts-disabled = dezaktive
staff-accounts-edit = Modifye
staff-accounts-editing = Chanje { $username }
staff-accounts-disable = Dezaktive: kont sa a pa ka konekte
staff-accounts-new-password = Nouvo modpas (kite l vid pou kenbe modpas aktyèl la)
staff-accounts-save = Sove chanjman yo
staff-accounts-cancel = Anile
staff-accounts-saved = Kont { $username } sove.

## Check-in (front desk)
staff-nav-checkin = Arive
staff-nav-cashier = Kès
staff-checkin-title = Anrejistre arive
staff-checkin-search-placeholder = Eskane avi a, oswa tape yon nimewo konfimasyon, nimewo A (A-number), nimewo resi oswa non
staff-checkin-find = Chèche
staff-checkin-none = Pa jwenn anyen.
staff-checkin-documents = Pyès idantite ki verifye
staff-checkin-mrz = MRZ ki soti nan lektè dokiman an
staff-checkin-override = Rezon pou aksepte dokiman yo jan yo ye a
staff-checkin-submit = Anrejistre arive a
staff-checkin-cancel = Anile
staff-checkin-next = Pwochen moun ki rive
staff-checkin-shortcut = Espas make yon dokiman, Tab pase, Ctrl+Enter anrejistre rive a.
staff-checkin-rebook = Rezève pwochen lè ki lib la
staff-checkin-rebooked = Deplase pou { $when }. Nouvo PIN: { $pin }
staff-checkin-rebook-print = Enprime nouvo avi a
staff-checkin-done = Arive anrejistre: nimewo { $number }
staff-checkin-not-here = Randevou sa a pa jodi a nan biwo sa a; gade nòt ki anwo a.
staff-doc-passport = Paspò
staff-doc-state_photo_id = Kat idantite eta a ak foto
staff-doc-drivers_license = Lisans pou kondui
staff-doc-permanent_resident_card = Kat Rezidan Pèmanan (I-551)
staff-doc-ead = Dokiman Otorizasyon pou Travay
staff-doc-i94_with_photo = I-94 ak foto
staff-doc-i94_without_photo = I-94 san foto
staff-doc-passport_or_id_copy = Kopi yon paspò oswa yon pyès idantite (non ak figi)
staff-doc-other = Lòt dokiman

## The waiting queue
staff-queue-title = Fil datant jodi a
staff-queue-desk = Biwo oswa gichè mwen
staff-queue-late = an reta
staff-queue-call = Rele
staff-queue-served = Resevwa sèvis
staff-queue-not-served = Pa resevwa sèvis
staff-visit-waiting = ap tann
staff-visit-called = yo rele l
staff-visit-served = resevwa sèvis
staff-visit-not_served = pa resevwa sèvis
staff-appointment-booked = rezève
staff-appointment-cancelled = anile

## Walk-ins
staff-walkin-open = San randevou…
staff-walkin-title = Moun ki vini san randevou
staff-walkin-name = Non
staff-walkin-kind = Kalite
staff-walkin-kind-walk_in = Ijans (apre tri)
staff-walkin-kind-attorney_walk_in = Avoka (lè pou vini san randevou)
staff-walkin-kind-cashier_walk_in = Kès (lè kès la)
staff-walkin-reason = Ijans
staff-walkin-reason-medical_emergency = Ijans medikal
staff-walkin-reason-imminent_travel = Vwayaj ki pa ka tann
staff-walkin-reason-death_in_family = Lanmò nan fanmi an
staff-walkin-reason-document_needed_for_work = Dokiman ki nesesè pou travay
staff-walkin-reason-humanitarian = Rezon imanitè
staff-walkin-reason-other = Lòt
staff-walkin-reason-text = Detay
staff-walkin-approval = Yon manadjè oswa yon sipèvizè apwouve (jounen an plen)
staff-walkin-submit = Kite l antre

## Cashier
staff-cashier-title = Kès
staff-cashier-placeholder = Eskane avi a oswa tape nimewo konfimasyon an
staff-cashier-admit = Kite l antre
staff-cashier-receipt = Referans resi peman an

## The waiting room's screen
staff-waiting-open = Louvri ekran sal datant lan

## The day's figures, companions
staff-summary-title = Chif jounen an
staff-summary-track = Liy
staff-summary-seats = Plas
staff-summary-booked = Rezève
staff-summary-arrived = Rive
staff-summary-no-show = Pa vini
staff-summary-walk-ins = San randevou
staff-summary-no-show-rate = To absans
staff-summary-utilisation = Itilizasyon
staff-companions-title = Akonpaye pa
staff-companion-family = Manm fanmi
staff-companion-translator = Entèprèt
staff-companion-attorney = Avoka
staff-companions-add = Ajoute yon moun k ap akonpaye
staff-companions-remove = Retire

## The status bar: the sync with the central database
staff-sync-standalone = Pa gen baz done santral: estasyon travay sa a jere biwo li poukont li.
staff-sync-online = Baz done santral: konekte · dènye senkronizasyon: { $age } · { $unsent } poko voye
staff-sync-offline = Baz done santral: PA KONEKTE · dènye senkronizasyon: { $age } · { $unsent } poko voye, yo kenbe isit la epi y ap voye yo lè li disponib ankò · anrejistreman arive toujou mache, men pou pran randevou fòk gen baz done santral la
staff-sync-draining = Ap voye bay baz done santral la: { $sent } voye, { $remaining } ki rete
staff-sync-never = poko fèt
staff-sync-seconds-ago = sa gen { $seconds } segonn
staff-sync-minutes-ago = sa gen { $minutes } minit
staff-sync-hours-ago = sa gen { $hours } èdtan
staff-sync-days-ago = sa gen { $days } jou
staff-sync-problem = Baz done santral: PA KA ITILIZE · { $problem } · dènye senkronizasyon: { $age } · { $unsent } poko voye, yo kenbe isit la · anrejistreman arive toujou mache
staff-sync-local-problem = Senkronizasyon an kanpe pou kounye a: { $problem } · dènye senkronizasyon: { $age } · { $unsent } poko voye · sistèm nan ap eseye ankò otomatikman chak kèk segonn; si sa kontinye, rele sèvis IT a

## The administrator's central-database settings
staff-nav-central = Baz done santral
staff-central-title = Baz done santral
staff-central-standalone = Estasyon travay sa a jere biwo li poukont li. Konekte l ak baz done santral distri a pou pran randevou yon fason santral epi pataje anrejistreman arive yo ak lòt estasyon travay yo.
staff-central-connected = Konekte ak { $address }
staff-central-reachable = Sèvè a reponn: PostgreSQL { $version }, chema { $applied } sou { $known }.
staff-central-unreachable = Sèvè a pa reponn: { $reason }
staff-central-refused = Baz done santral la reponn, men yo pa ka itilize l: { $reason }
staff-central-password-unreadable = Yo pa ka li modpas ki sere a sou estasyon travay sa a: { $reason }
staff-central-schema-behind = Chema li pi ansyen pase chema aplikasyon sa a: yon administratè dwe lanse `passdesk central migrate` yon sèl fwa pou distri a (pou yon baz done nèf ki vid: `passdesk central init`).
staff-central-schema-ahead = Chema li pi nouvo pase sa aplikasyon sa a konnen: enstale vèsyon PassDesk distri a sou estasyon travay sa a.
staff-central-office-unknown = Distri a pa gen biwo { $office }: tablo, lis ak rechèch estasyon sa a ap rete vid. Konekte ankò ak bon biwo a.
staff-central-password-keychain = Yo sere modpas la nan depo modpas sistèm nan.
staff-central-password-file = Yo sere modpas la nan fichye { $path }, se sèl kont sa a ki ka li l.
staff-central-unsent = Enfòmasyon ki poko voye: { $count }
staff-central-host = Sèvè
staff-central-port = Pò (vid: 5432)
staff-central-database = Baz done
staff-central-user = Kont
staff-central-password = Modpas
staff-central-office = Biwo estasyon travay sa a kenbe done li (vid: tout biwo yo)
staff-central-password-file-label = Sere modpas la nan fichye sa a pito (pou yon machin ki pa gen depo modpas)
staff-central-connect = Konekte
staff-central-disconnect = Koupe koneksyon an
staff-central-disconnected = Koneksyon an koupe: kounye a estasyon travay sa a jere biwo li poukont li.
staff-central-disconnect-warning = Koupe koneksyon estasyon travay sa a ak baz done santral la? Apre sa, l ap jere biwo li poukont li. Randevou li pran, deplase oswa anile pandan l ap mache poukont li dwe voye bay distri a anvan li konekte ankò; sa ki pa ka voye yo (paske lè a te pran nan distri a pandan tan sa a) ap parèt nan yon lis ak moun pou rele a. Anrejistreman arive yo rete sere, epi y ap voye yo lè li konekte ankò.
staff-central-disconnect-yes = Wi, koupe koneksyon an
staff-central-disconnect-keep = Rete konekte
staff-central-own-title = Randevou ki chanje sou estasyon travay sa a sèlman: { $count }
staff-central-own-explain = Pandan koneksyon an te koupe, estasyon travay sa a te pran, deplase oswa anile randevou sa yo, oswa li te ba yo yon nouvo PIN. Baz done santral distri a poko genyen yo, kidonk yo pa ka konekte estasyon travay sa a ankò jan li ye a. Voye yo bay distri a: chak randevou ap antre nan menm lè a, ak menm nimewo konfimasyon an ak menm PIN an. Sa ki pa ka voye (paske lè a plen nan distri a, pa egzanp) ap rete isit la ak rezon an: rele moun sa a. Oswa koupe koneksyon estasyon travay sa a epi kontinye ak baz done sa a sèlman.
staff-central-own-col-what = Pou refè
staff-central-own-booked = Pran randevou a ankò
staff-central-own-rescheduled = Deplase
staff-central-own-cancelled = Anile
staff-central-own-pin-reissued = Nouvo PIN
staff-central-own-send = Voye yo bay distri a
staff-central-own-col-sent = Voye
staff-central-own-sent = Voye
staff-central-own-not-sent = Pa voye: { $why }. Rele moun sa a.
staff-central-own-all-sent = Tout sa ki chanje sou estasyon travay sa a sèlman se pou distri a kounye a, epi estasyon travay la konekte ankò.

## Closing a day (snow, a power cut)
staff-close-title = Fèmen yon jou
staff-close-explain = Pou nèj, yon koupe kouran oswa yon lòt fèmti. Chak randevou ki pran pou jou a ap deplase nan premye lè lib ki gen menm kalite a apre li (oswa y ap anile l), epi jou a vin yon jou ferye. Lis ki parèt apre a montre ki moun pou w rele; yon randevou ki deplase kenbe menm nimewo konfimasyon ak menm PIN li.
staff-close-date = Jou pou fèmen
staff-close-move = Deplase randevou yo nan pwochen lè ki lib yo
staff-close-cancel = Anile randevou yo
staff-close-button = Fèmen jou a…
staff-close-dirty = Sove oswa anile chanjman ou yo anvan
staff-close-confirm-move = Fèmen { $office } pou { $date } epi deplase tout randevou jou sa a? Ou pa ka defèt sa isit la.
staff-close-confirm-cancel = Fèmen { $office } pou { $date } epi anile tout randevou jou sa a? Ou pa ka defèt sa isit la.
staff-close-yes = Wi, fèmen jou a
staff-close-failed = Jou a pa fèmen: { $error }
staff-close-done = { $date } fèmen. Deplase: { $moved }. Anile: { $cancelled }.
staff-close-col-was = Lè
staff-close-col-person = Moun
staff-close-col-now = Kounye a
staff-close-col-reach = Telefòn, imèl
staff-close-col-language = Lang
staff-close-cancelled = anile
staff-close-no-contact = pa gen okenn

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = PassDesk pa ka demare
staff-startup-code = Kòd
staff-startup-database = Baz done
staff-startup-next = Anyen pa chanje. Korije sa mesaj la di a, epi demare PassDesk ankò. Si sa kontinye, rele sèvis IT a epi ba yo mesaj sa a ak kòd la.
staff-startup-quit = Fèmen

staff-desks-title = Estasyon travay distri a
staff-desks-explain = Dapre dènye nouvèl baz done santral la resevwa nan men chak: chak estasyon travay di ki jan li ye nan fen chak tou senkronizasyon li, omwen chak 30 segonn toutotan li ka jwenn baz done santral la. Anvan ou fèmen yon jou, gade isit la si gen yon estasyon travay ki pa bay nouvèl oswa ki kenbe anrejistreman arive li poko voye.
staff-desks-none = Poko gen okenn estasyon travay ki di ki jan li ye.
staff-desks-col-workstation = Estasyon travay
staff-desks-col-office = Biwo
staff-desks-col-heard = Dènye nouvèl
staff-desks-col-unsent = Poko voye lè sa a
staff-desks-col-problem = Pwoblèm
staff-desks-this-one = (sa a)
staff-desks-every-office = tout biwo yo
staff-desks-silent = Pa gen nouvèl depi plis pase 2 minit
staff-desks-unsent = { $count } enfòmasyon, pi ansyen an te anrejistre { $oldest }
staff-desks-failed = Dènye senkronizasyon li echwe: { $why }
staff-desks-rejected-count = Enfòmasyon ki rejte: { $count }
staff-desks-rejected-title = Enfòmasyon baz done santral la rejte: { $count }
staff-desks-rejected-explain = Baz done santral la pa t ka aplike enfòmasyon sa yo, li kenbe yo ak rezon an; okenn senkronizasyon p ap eseye yo ankò. Regle chak youn alamen: anrejistre arive moun nan ankò oswa korije dosye a.
staff-desks-col-made = Anrejistre
staff-desks-col-about = Sou kisa
staff-desks-col-why = Rezon
