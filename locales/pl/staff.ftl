# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = Uruchamianie PassDesk…
staff-nav-board = Tablica dnia
staff-nav-mix = Plan dnia
staff-nav-staff = Personel
staff-enter-kiosk = Tryb kiosku
staff-sign-out = Wyloguj
staff-status-database = Lokalna baza danych: { $path }

## Role names (roles.ts)

staff-role-administrator = Administrator
staff-role-district-manager = Kierownik okręgu
staff-role-front-desk = Urzędnik recepcji
staff-role-cashier = Kasjer

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = Logowanie personelu PassDesk
staff-sign-in-leave-kiosk = Logowanie personelu w celu wyjścia z kiosku
staff-sign-in-username = Nazwa użytkownika
staff-sign-in-password = Hasło
staff-sign-in-back = Wstecz
staff-sign-in-submit = Zaloguj

## First start on an empty database (sign_in.tsx)

staff-first-run-title = Witamy w PassDesk
staff-first-run-intro = Ta baza danych nie ma jeszcze żadnych kont. Utwórz konto administratora; administrator utworzy następnie pozostałe konta.
staff-first-run-name = Imię i nazwisko
staff-first-run-username = Nazwa użytkownika
staff-first-run-password = Hasło (co najmniej 10 znaków)
staff-first-run-repeat = Powtórz hasło
staff-first-run-mismatch = Hasła nie są takie same.
staff-first-run-create = Utwórz konto administratora

## Daily mix editor (mix_editor.tsx)

staff-mix-title = Plan dnia
staff-mix-loading = Wczytywanie…
staff-mix-title-office = Plan dnia · { $office }
staff-mix-version = wersja { $version }
staff-mix-unsaved = niezapisane zmiany
staff-mix-discard = Odrzuć zmiany
staff-mix-save = Zapisz
staff-mix-saving = Zapisywanie…
staff-mix-saved = Zapisano (wersja { $version }). Udostępnione dni odtworzone według nowego planu: { $remade }.
staff-mix-saved-kept = Zapisano (wersja { $version }). Udostępnione dni odtworzone według nowego planu: { $remade }. Udostępnione dni z umówionymi wizytami zachowują swoje terminy: { $days }.
staff-mix-not-saved = Nie zapisano: { $error }
staff-mix-released = Udostępniono do { $through }. Nowe terminy: { $created }, dni: { $days }. Dni udostępnione wcześniej: { $before }.
staff-mix-not-released = Nie udostępniono: { $error }
staff-mix-cannot-save = Nie można jeszcze zapisać: { $problem }
staff-mix-open = Godziny otwarcia
staff-mix-closed = nieczynne
staff-mix-summary = Terminy: { $slots } · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = brak miejsc
staff-mix-add-block = Dodaj blok
staff-mix-copy-day = Kopiuj dzień do…
staff-mix-copy-to = Kopiuj godziny i bloki ({ $day }) do:
staff-mix-copy = Kopiuj
staff-mix-cancel = Anuluj
staff-mix-col-time = Godziny
staff-mix-col-slot = Długość terminu
staff-mix-col-capacity = Liczba miejsc
staff-mix-col-track = Ścieżka
staff-mix-col-types = Rodzaje wizyt
staff-mix-slot-minutes = { $minutes } min
staff-mix-block-types = Rodzaje ({ $count }): { $types }
staff-mix-remove = Usuń
staff-mix-range-format = Wpisz w formacie HH:MM-HH:MM, np. 08:00-11:30.
staff-mix-range-order = Godzina końca musi być późniejsza niż godzina początku.
staff-mix-capacity-range = Liczba miejsc: od 1 do 50 osób na termin.
staff-mix-types-needed = Wybierz co najmniej jeden rodzaj wizyty.
staff-mix-holidays = Dni wolne
staff-mix-add-holiday = Dodaj dzień wolny
staff-mix-release-policy = Zasady udostępniania
staff-mix-release-window = Liczba dni udostępnianych z wyprzedzeniem (1-180)
staff-mix-release-at = Godzina codziennego udostępniania nowych terminów
staff-mix-release-through = Udostępnij do dnia
staff-mix-release-dirty = Najpierw zapisz lub odrzuć zmiany
staff-mix-release = Udostępnij terminy
staff-mix-policies = Zasady placówki
staff-mix-walk-ins = Weryfikacja pilnych spraw bez umówionej wizyty
staff-mix-companions = Wstęp dla osób towarzyszących
staff-mix-attorney-hours = Godziny przyjęć adwokatów bez umówionej wizyty
staff-mix-cashier-hours = Godziny pracy kasy

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = Poniedziałek
staff-day-tue = Wtorek
staff-day-wed = Środa
staff-day-thu = Czwartek
staff-day-fri = Piątek
staff-day-sat = Sobota
staff-day-sun = Niedziela
staff-day-short-mon = pon.
staff-day-short-tue = wt.
staff-day-short-wed = śr.
staff-day-short-thu = czw.
staff-day-short-fri = pt.
staff-day-short-sat = sob.
staff-day-short-sun = niedz.

## Today's board (board.tsx)

staff-board-title = Tablica
staff-board-previous-day = Poprzedni dzień
staff-board-next-day = Następny dzień
staff-board-today = Dzisiaj
staff-board-roster-print = Drukuj listę dnia
staff-board-roster-save = Zapisz listę jako PDF
staff-board-search-placeholder = Numer rezerwacji, A-number lub nazwisko
staff-board-find = Szukaj
staff-board-found-one = Znalezione wizyty: { $count }
staff-board-found-many = Znalezione wizyty: { $count }
staff-board-close = Zamknij
staff-board-empty = Brak wizyt w dniu { $date }.
staff-board-booked-count = (umówione: { $count })
staff-board-open-desk-booking = Pełna rezerwacja w języku wnioskodawcy…
staff-board-col-when = Termin
staff-board-col-time = Godzina
staff-board-col-name = Imię i nazwisko
staff-board-col-type = Rodzaj
staff-board-col-confirmation = Numer rezerwacji
staff-board-col-status = Status
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = Rezerwacja dla osoby dzwoniącej lub przybyłej bez umówienia
staff-book-type = Rodzaj wizyty
staff-book-question-proof-needed-by = Dowód statusu potrzebny do dnia
staff-book-question-travel-date = Planowana data podróży
staff-book-question-adjustment-filed-on = Data złożenia wniosku o zmianę statusu
staff-book-day = Dzień
staff-book-time = Godzina
staff-book-first-free = Pierwszy wolny termin od tego dnia
staff-book-free = wolne miejsca: { $count }
staff-book-first-name = Imię
staff-book-last-name = Nazwisko
staff-book-date-of-birth = Data urodzenia
staff-book-dob-future = Data urodzenia nie może być datą przyszłą.
staff-book-a-number = A-number (opcjonalnie)
staff-book-phone = Telefon (opcjonalnie)
staff-book-receipt = Umówiono: { $type }, { $date }, godz. { $time }. Numer rezerwacji { $confirmation }, PIN { $pin } (przekaż go interesantowi: jest wyświetlany tylko teraz).
staff-book-submit = Umów

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = Rezerwacja z wnioskodawcą (w jego języku)
staff-desk-booking-language = Język
staff-desk-booking-close = Zamknij

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = Konta personelu
staff-accounts-col-username = Nazwa użytkownika
staff-accounts-col-name = Imię i nazwisko
staff-accounts-col-role = Rola
staff-accounts-col-office = Placówka
staff-accounts-all-offices = wszystkie
staff-accounts-new = Nowe konto
staff-accounts-name = Imię i nazwisko
staff-accounts-username = Nazwa użytkownika
staff-accounts-role = Rola
staff-accounts-office = Placówka
staff-accounts-password = Hasło początkowe (co najmniej 10 znaków)
staff-accounts-short-password = Hasło musi mieć co najmniej 10 znaków.
staff-accounts-created = Utworzono konto { $username }.
staff-accounts-create = Utwórz konto
staff-accounts-col-status = Status
staff-accounts-active = aktywne
staff-accounts-disabled = wyłączone
staff-accounts-edit = Edytuj
staff-accounts-editing = Zmiana konta { $username }
staff-accounts-disable = Wyłączone: to konto nie może się zalogować
staff-accounts-new-password = Nowe hasło (pozostaw puste, aby zachować obecne)
staff-accounts-save = Zapisz zmiany
staff-accounts-cancel = Anuluj
staff-accounts-saved = Zapisano konto { $username }.

## Check-in (front desk)
staff-nav-checkin = Rejestracja przybyć
staff-nav-cashier = Kasa
staff-checkin-title = Rejestracja przybyć
staff-checkin-search-placeholder = Zeskanuj zawiadomienie lub wpisz numer rezerwacji, A-number, numer potwierdzenia wpływu albo nazwisko
staff-checkin-find = Szukaj
staff-checkin-none = Nic nie znaleziono.
staff-checkin-documents = Okazane dokumenty tożsamości
staff-checkin-mrz = MRZ z czytnika dokumentów
staff-checkin-override = Powód przyjęcia dokumentów w obecnej postaci
staff-checkin-submit = Zarejestruj przybycie
staff-checkin-cancel = Anuluj
staff-checkin-next = Następna osoba
staff-checkin-shortcut = Spacja zaznacza dokument, Tab przechodzi dalej, Ctrl+Enter rejestruje przybycie.
staff-checkin-rebook = Zarezerwuj najbliższy wolny termin
staff-checkin-rebooked = Przeniesiono na { $when }. Nowy PIN: { $pin }
staff-checkin-rebook-print = Drukuj nowe zawiadomienie
staff-checkin-done = Zarejestrowano: numer { $number }
staff-checkin-not-here = Ta wizyta nie jest wyznaczona na dziś w tej placówce; zobacz uwagę powyżej.
staff-doc-passport = Paszport
staff-doc-state_photo_id = Stanowy dowód tożsamości ze zdjęciem
staff-doc-drivers_license = Prawo jazdy
staff-doc-permanent_resident_card = Karta stałego rezydenta (I-551)
staff-doc-ead = Dokument zezwolenia na pracę (Employment Authorization Document)
staff-doc-i94_with_photo = I-94 ze zdjęciem
staff-doc-i94_without_photo = I-94 bez zdjęcia
staff-doc-passport_or_id_copy = Kopia paszportu lub dokumentu tożsamości (imię i nazwisko oraz twarz)
staff-doc-other = Inny dokument

## The waiting queue
staff-queue-title = Dzisiejsza kolejka
staff-queue-desk = Moje stanowisko lub okienko
staff-queue-late = spóźnienie
staff-queue-call = Wezwij
staff-queue-served = Obsłużono
staff-queue-not-served = Nie obsłużono
staff-visit-waiting = oczekuje
staff-visit-called = wezwano
staff-visit-served = obsłużono
staff-visit-not_served = nie obsłużono
staff-appointment-booked = zarezerwowana
staff-appointment-cancelled = odwołana

## Walk-ins
staff-walkin-open = Bez umówienia…
staff-walkin-title = Osoba bez umówionej wizyty
staff-walkin-name = Imię i nazwisko
staff-walkin-kind = Rodzaj
staff-walkin-kind-walk_in = Pilna sprawa (po weryfikacji)
staff-walkin-kind-attorney_walk_in = Adwokat (godziny przyjęć bez umówienia)
staff-walkin-kind-cashier_walk_in = Kasa (godziny pracy kasy)
staff-walkin-reason = Pilna sprawa
staff-walkin-reason-medical_emergency = Nagły przypadek medyczny
staff-walkin-reason-imminent_travel = Podróż, która nie może czekać
staff-walkin-reason-death_in_family = Śmierć w rodzinie
staff-walkin-reason-document_needed_for_work = Dokument potrzebny do pracy
staff-walkin-reason-humanitarian = Względy humanitarne
staff-walkin-reason-other = Inne
staff-walkin-reason-text = Szczegóły
staff-walkin-approval = Zgoda kierownika lub przełożonego (wszystkie miejsca na ten dzień są zajęte)
staff-walkin-submit = Przyjmij

## Cashier
staff-cashier-title = Kasa
staff-cashier-placeholder = Zeskanuj zawiadomienie lub wpisz numer rezerwacji
staff-cashier-admit = Przyjmij
staff-cashier-receipt = Numer dowodu wpłaty

## The waiting room's screen
staff-waiting-open = Otwórz ekran poczekalni

## The day's figures, companions
staff-summary-title = Dane dnia
staff-summary-track = Ścieżka
staff-summary-seats = Miejsca
staff-summary-booked = Umówieni
staff-summary-arrived = Przybyli
staff-summary-no-show = Nieobecni
staff-summary-walk-ins = Bez wizyty
staff-summary-no-show-rate = Odsetek nieobecności
staff-summary-utilisation = Wykorzystanie
staff-companions-title = Osoby towarzyszące
staff-companion-family = Członek rodziny
staff-companion-translator = Tłumacz
staff-companion-attorney = Adwokat
staff-companions-add = Dodaj osobę towarzyszącą
staff-companions-remove = Usuń

## The status bar: the sync with the central database
staff-sync-standalone = Brak centralnej bazy danych: to stanowisko samodzielnie obsługuje swoją placówkę.
staff-sync-online = Centralna baza danych: online · ostatnia synchronizacja: { $age } · niewysłane: { $unsent }
staff-sync-offline = Centralna baza danych: OFFLINE · ostatnia synchronizacja: { $age } · niewysłane: { $unsent }, przechowywane tutaj, zostaną wysłane, gdy baza znów będzie dostępna · rejestracja przybyć nadal działa, umawianie wizyt wymaga centralnej bazy danych
staff-sync-draining = Wysyłanie do centralnej bazy danych: wysłano { $sent }, pozostało { $remaining }
staff-sync-never = nigdy
staff-sync-seconds-ago = { $seconds } s temu
staff-sync-minutes-ago = { $minutes } min temu
staff-sync-hours-ago = { $hours } godz. temu
staff-sync-days-ago = { $days } d temu
staff-sync-problem = Centralna baza danych: NIE DO UŻYCIA · { $problem } · ostatnia synchronizacja: { $age } · niewysłane: { $unsent }, przechowywane tutaj · rejestracja przybyć nadal działa
staff-sync-local-problem = Synchronizacja wstrzymana: { $problem } · ostatnia synchronizacja: { $age } · niewysłane: { $unsent } · ponawiana automatycznie co kilka sekund; jeśli problem nie ustąpi, zadzwoń do działu IT

## The administrator's central-database settings
staff-nav-central = Centralna baza danych
staff-central-title = Centralna baza danych
staff-central-standalone = To stanowisko samodzielnie obsługuje swoją placówkę. Połącz je z centralną bazą danych okręgu, aby umawiać wizyty centralnie i współdzielić rejestrację przybyć z innymi stanowiskami.
staff-central-connected = Połączono z { $address }
staff-central-reachable = Serwer odpowiada: PostgreSQL { $version }, schemat { $applied } z { $known }.
staff-central-unreachable = Serwer nie odpowiada: { $reason }
staff-central-refused = Centralna baza danych odpowiada, ale nie można jej używać: { $reason }
staff-central-password-unreadable = Nie można odczytać zapisanego hasła na tym stanowisku: { $reason }
staff-central-schema-behind = Jej schemat jest starszy niż schemat tej aplikacji: administrator musi raz dla całego okręgu uruchomić `passdesk central migrate` (w przypadku nowej, pustej bazy danych: `passdesk central init`).
staff-central-schema-ahead = Jej schemat jest nowszy od tego, który zna ta aplikacja: zainstaluj na tym stanowisku wersję PassDesk używaną w okręgu.
staff-central-office-unknown = W okręgu nie ma biura { $office }: tablica, lista i wyszukiwanie na tym stanowisku pozostaną puste. Połącz się ponownie, podając właściwe biuro.
staff-central-password-keychain = Hasło jest przechowywane w systemowym pęku kluczy.
staff-central-password-file = Hasło jest przechowywane w pliku { $path }, który może odczytać tylko to konto.
staff-central-unsent = Jeszcze niewysłane wpisy: { $count }
staff-central-host = Serwer
staff-central-port = Port (puste: 5432)
staff-central-database = Baza danych
staff-central-user = Konto
staff-central-password = Hasło
staff-central-office = Placówka, której dane są przechowywane na tym stanowisku (puste: wszystkie placówki)
staff-central-password-file-label = Zamiast tego przechowuj hasło w tym pliku (dla komputera bez pęku kluczy)
staff-central-connect = Połącz
staff-central-disconnect = Rozłącz
staff-central-disconnected = Rozłączono: to stanowisko obsługuje teraz swoją placówkę samodzielnie.
staff-central-disconnect-warning = Rozłączyć to stanowisko z centralną bazą danych? Będzie ono wtedy samodzielnie obsługiwać swoją placówkę. Wizyty, które umówi, przeniesie lub odwoła, działając samodzielnie, trzeba wysłać do okręgu przed ponownym połączeniem; te, których nie da się wysłać (bo termin został w międzyczasie zajęty w okręgu), zostaną wymienione wraz z osobą, do której trzeba zadzwonić. Rejestracje przybyć są zachowywane i wysyłane po ponownym połączeniu.
staff-central-disconnect-yes = Tak, rozłącz
staff-central-disconnect-keep = Zachowaj połączenie
staff-central-own-title = Wizyty zmienione tylko na tym stanowisku: { $count }
staff-central-own-explain = Gdy to stanowisko było rozłączone, umówiło, przeniosło lub odwołało te wizyty albo wydało dla nich nowy PIN. Centralna baza danych okręgu jeszcze ich nie ma, dlatego tego stanowiska nie można ponownie połączyć w obecnym stanie. Wyślij je do okręgu: każda wizyta trafia na ten sam termin i zachowuje numer rezerwacji oraz PIN. To, czego nie da się wysłać (na przykład gdy w okręgu nie ma już miejsc w tym terminie), zostaje tutaj wraz z powodem: zadzwoń do tej osoby. Albo rozłącz to stanowisko i pracuj dalej tylko z tą bazą danych.
staff-central-own-col-what = Do powtórzenia
staff-central-own-booked = Umów ponownie
staff-central-own-rescheduled = Przenieś
staff-central-own-cancelled = Odwołaj
staff-central-own-pin-reissued = Nowy PIN
staff-central-own-send = Wyślij je do okręgu
staff-central-own-col-sent = Wysłano
staff-central-own-sent = Wysłano
staff-central-own-not-sent = Nie wysłano: { $why }. Zadzwoń do tej osoby.
staff-central-own-all-sent = Wszystko, co zmieniono tylko na tym stanowisku, należy już do okręgu, a stanowisko jest ponownie połączone.

## Closing a day (snow, a power cut)
staff-close-title = Zamknięcie dnia
staff-close-explain = Na wypadek śniegu, awarii prądu lub innego zamknięcia. Każda umówiona wizyta z tego dnia zostaje przeniesiona na pierwszy wolny termin tego samego rodzaju po niej (albo odwołana), a dzień staje się dniem wolnym. Lista, która pojawi się potem, pokazuje, do kogo trzeba zadzwonić; przeniesiona wizyta zachowuje swój numer rezerwacji i PIN.
staff-close-date = Dzień do zamknięcia
staff-close-move = Przenieś wizyty na najbliższe wolne terminy
staff-close-cancel = Odwołaj wizyty
staff-close-button = Zamknij dzień…
staff-close-dirty = Najpierw zapisz lub odrzuć zmiany
staff-close-confirm-move = Zamknąć placówkę { $office } w dniu { $date } i przenieść wszystkie wizyty z tego dnia? Tutaj nie można tego cofnąć.
staff-close-confirm-cancel = Zamknąć placówkę { $office } w dniu { $date } i odwołać wszystkie wizyty z tego dnia? Tutaj nie można tego cofnąć.
staff-close-yes = Tak, zamknij dzień
staff-close-failed = Dzień nie został zamknięty: { $error }
staff-close-done = Dzień { $date } jest zamknięty. Przeniesione: { $moved }. Odwołane: { $cancelled }.
staff-close-col-was = Godzina
staff-close-col-person = Osoba
staff-close-col-now = Teraz
staff-close-col-reach = Telefon, e-mail
staff-close-col-language = Język
staff-close-cancelled = odwołana
staff-close-no-contact = nie podano

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = Nie można uruchomić PassDesk
staff-startup-code = Kod
staff-startup-database = Baza danych
staff-startup-next = Nic nie zostało zmienione. Usuń przyczynę opisaną w komunikacie, a następnie ponownie uruchom PassDesk. Jeśli problem nie ustąpi, zadzwoń do działu IT i podaj ten komunikat oraz kod.
staff-startup-quit = Zamknij

staff-desks-title = Stanowiska okręgu
staff-desks-explain = Według ostatnich informacji, jakie centralna baza danych otrzymała od każdego z nich: każde stanowisko zgłasza swój stan na końcu każdej rundy synchronizacji, co najmniej co 30 sekund, dopóki może połączyć się z centralną bazą danych. Przed zamknięciem dnia sprawdź tutaj, czy któreś stanowisko nie przestało się zgłaszać albo nie przechowuje niewysłanych rejestracji przybyć.
staff-desks-none = Żadne stanowisko nie zgłosiło jeszcze swojego stanu.
staff-desks-col-workstation = Stanowisko
staff-desks-col-office = Placówka
staff-desks-col-heard = Ostatni kontakt
staff-desks-col-unsent = Wtedy niewysłane
staff-desks-col-problem = Problem
staff-desks-this-one = (to stanowisko)
staff-desks-every-office = wszystkie placówki
staff-desks-silent = Brak kontaktu od ponad 2 minut
staff-desks-unsent = Wpisy: { $count }, najstarszy zapisany { $oldest }
staff-desks-failed = Ostatnia synchronizacja nie powiodła się: { $why }
staff-desks-rejected-count = Odrzucone wpisy: { $count }
staff-desks-rejected-title = Wpisy odrzucone przez centralną bazę danych: { $count }
staff-desks-rejected-explain = Centralna baza danych nie mogła ich zastosować i zachowała je wraz z powodem; żadna synchronizacja nie spróbuje ich ponownie. Załatw każdy ręcznie: ponownie zarejestruj przybycie osoby albo popraw dane.
staff-desks-col-made = Zapisano
staff-desks-col-about = Dotyczy
staff-desks-col-why = Powód
