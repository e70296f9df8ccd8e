# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = Wizyty
kiosk-welcome = Witamy. Tutaj można umówić, zmienić lub odwołać wizytę w tej placówce oraz wydrukować zawiadomienie.
kiosk-choose-language = Proszę wybrać język
kiosk-book = Umówienie wizyty
kiosk-manage = Zmiana lub odwołanie wizyty
kiosk-replace = Ponowny wydruk zawiadomienia
kiosk-staff = Personel
kiosk-back = Wstecz
kiosk-next = Dalej
kiosk-start-over = Od początku
kiosk-step = Krok { $step } z { $total }
kiosk-optional = opcjonalnie
kiosk-date-hint = Rok-miesiąc-dzień, np. 1980-04-25
kiosk-yes = Tak
kiosk-no = Nie
kiosk-working = Proszę chwilę zaczekać…
kiosk-idle = Po krótkim czasie bez użycia ekran wraca do początku, a wprowadzone dane są usuwane.

where-title = Miejsce zamieszkania
where-in-us = W Stanach Zjednoczonych
where-abroad = Poza Stanami Zjednoczonymi
where-zip = Kod pocztowy (ZIP code)
where-zip-hint = 5 cyfr, np. 75201
where-country = Kraj zamieszkania
where-country-hint = Dwie litery, np. MX — Meksyk
where-office = Placówka właściwa dla miejsca zamieszkania
where-office-confirm = Wizyta odbędzie się w tej placówce.

type-title = W jakiej sprawie?
type-questions = Kilka pytań dotyczących sprawy
question-proof_needed_by = Na kiedy potrzebny jest dowód statusu?
question-travel_date = Na kiedy planowana jest podróż?
question-adjustment_filed_on = Kiedy złożono wniosek o zmianę statusu (Form I-485)?
question-final_order-date = Data ostatecznego orzeczenia sędziego
question-final_order-court = Sąd imigracyjny, który wydał orzeczenie
question-final_order-granted = Co przyznał sędzia

who-title = Kto umawia tę wizytę?
who-self = Umawiam wizytę dla siebie
who-representative = Umawiam wizytę w imieniu wnioskodawcy (adwokat, przedstawiciel lub członek rodziny)
rep-title = Dane przedstawiciela
rep-name = Imię i nazwisko
rep-organization = Organizacja
rep-phone = Numer telefonu
rep-email = Adres e-mail
rep-text-messages = Chcę otrzymywać SMS-y dotyczące tej wizyty
rep-online-account = Numer konta internetowego
rep-call-times = Najdogodniejsze dni i godziny kontaktu telefonicznego

person-title = Dane wnioskodawcy
person-first-name = Imię
person-middle-name = Drugie imię
person-last-name = Nazwisko
person-date-of-birth = Data urodzenia
person-country-of-birth = Kraj urodzenia
person-zip = Kod pocztowy (ZIP code)
person-phone = Numer telefonu
person-email = Adres e-mail
person-a-number = Numer cudzoziemca (A-number)
person-a-number-hint = Litera A i od 7 do 9 cyfr, np. A012345678
person-receipt-number = Numer potwierdzenia wpływu (receipt number)
person-receipt-number-hint = 3 litery i 10 cyfr, np. EAC2190012345

verify-title = Proszę sprawdzić te dane
verify-change = Zmiana

slots-title = Proszę wybrać godzinę
slots-seats = Wolne miejsca: { $seats }
slots-later = Późniejsze dni
slots-earlier = Wcześniejsze dni

review-title = Sprawdzenie i potwierdzenie
review-office = Placówka
review-type = Rodzaj wizyty
review-when = Data i godzina
review-applicant = Wnioskodawca
review-representative = Umówione przez
review-confirm = Potwierdzam wizytę

done-title = Wizyta została umówiona
done-moved = Termin wizyty został zmieniony
done-replaced = Oto zawiadomienie
done-when = Data i godzina
done-confirmation = Numer rezerwacji
done-pin = PIN
done-keep = Proszę zapisać lub wydrukować numer rezerwacji i PIN. Oba są potrzebne, aby zmienić lub odwołać tę wizytę.
done-print = Wydruk zawiadomienia
done-save = Zapis zawiadomienia jako PDF
done-saved = Zawiadomienie zostało zapisane.
done-printing = Zawiadomienie zostało wysłane do drukarki.
done-finish = Koniec

manage-title = Zmiana lub odwołanie wizyty
manage-confirmation = Numer rezerwacji
manage-pin = PIN
manage-find = Wyszukanie wizyty
manage-current = Umówiona wizyta
manage-reschedule = Wybór innego terminu
manage-cancel = Odwołanie tej wizyty
manage-cancel-confirm = Tak, odwołuję wizytę
manage-cancel-question = Czy odwołać wizytę ({ $when })? Ten termin zostanie udostępniony innym osobom.
manage-cancelled = Wizyta została odwołana. Nic więcej nie trzeba robić.
manage-print = Ponowny wydruk zawiadomienia

replace-title = Ponowny wydruk zawiadomienia
replace-with-pin = Mam numer rezerwacji i PIN
replace-without-pin = Nie mam ich
replace-identity-hint = Proszę podać imię, nazwisko i datę urodzenia wnioskodawcy oraz A-number lub numer potwierdzenia wpływu. Zostanie wydany nowy PIN, a dotychczasowy przestanie działać.
replace-find = Wyszukanie wizyty

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = Teraz obsługiwani
lobby-number = Numer
lobby-desk = Proszę podejść do
lobby-count = Oczekujący: { $count }
lobby-cashier = Kasa
