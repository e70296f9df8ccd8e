# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.

error-unexpected = Wystąpił błąd. Proszę spróbować ponownie lub zapytać w punkcie informacyjnym.
error-database_unavailable = System umawiania wizyt jest w tej chwili niedostępny. Proszę zapytać w punkcie informacyjnym.
error-central_unavailable = Do umówienia wizyty potrzebny jest centralny system umawiania wizyt, z którym w tej chwili nie ma połączenia. Proszę spróbować ponownie za kilka minut lub zapytać w punkcie informacyjnym.
error-forbidden = Ta funkcja nie jest tutaj dostępna.
error-invalid_input = Proszę sprawdzić wprowadzone dane.

# One message per field, shown beside the field.
field-zip = Proszę wpisać 5-cyfrowy kod pocztowy (ZIP code), np. 75201.
field-country = Proszę wybrać kraj zamieszkania. W przypadku zamieszkania w Stanach Zjednoczonych proszę zamiast tego wpisać kod pocztowy (ZIP code).
field-office = Proszę wybrać placówkę.
field-type = Proszę wybrać rodzaj wizyty.
field-confirmation = Proszę wpisać numer rezerwacji z zawiadomienia: 10 liter i cyfr, np. 7K3QF-9XW2M.
field-pin = Proszę wpisać PIN z zawiadomienia: 6 cyfr.
field-first_name = Proszę wpisać imię tak jak w dokumentach (tylko litery).
field-middle_name = Proszę wpisać drugie imię tak jak w dokumentach lub zostawić to pole puste.
field-last_name = Proszę wpisać nazwisko tak jak w dokumentach (tylko litery).
field-date_of_birth = Proszę wpisać prawdziwą datę urodzenia (z przeszłości).
field-country_of_birth = Proszę wybrać kraj urodzenia lub zostawić to pole puste.
field-phone = Proszę wpisać numer telefonu: 10 cyfr w Stanach Zjednoczonych albo + i numer kierunkowy kraju.
field-rep_phone = Proszę wpisać numer telefonu: 10 cyfr w Stanach Zjednoczonych albo + i numer kierunkowy kraju.
field-email = Proszę wpisać adres e-mail, np. name@example.com, lub zostawić to pole puste.
field-rep_email = Proszę wpisać adres e-mail, np. name@example.com, lub zostawić to pole puste.
field-a_number = Proszę wpisać numer cudzoziemca (A-number): literę A i od 7 do 9 cyfr, np. A012345678, lub zostawić to pole puste.
field-receipt_number = Proszę wpisać numer potwierdzenia wpływu (receipt number): 3 litery i 10 cyfr, np. EAC2190012345, lub zostawić to pole puste.
field-name = Proszę wpisać imię i nazwisko przedstawiciela (tylko litery).
field-organization = Proszę wpisać nazwę organizacji zwykłym tekstem (do 120 znaków) lub zostawić to pole puste.
field-online_account = Proszę wpisać numer konta internetowego zwykłym tekstem lub zostawić to pole puste.
field-call_times = Proszę opisać zwykłym tekstem najdogodniejsze dni i godziny (do 200 znaków) lub zostawić to pole puste.
field-proof_needed_by = Proszę wpisać datę, na którą potrzebny jest dowód statusu. Nie może to być data z przeszłości.
field-travel_date = Proszę wpisać planowaną datę podróży. Nie może to być data z przeszłości.
field-adjustment_filed_on = Proszę wpisać datę złożenia wniosku o zmianę statusu. Nie może to być data z przyszłości.
field-final_order = Proszę wpisać datę ostatecznego orzeczenia sędziego (nie z przyszłości), nazwę sądu oraz to, co zostało przyznane.
field-language = Proszę wybrać jeden z dostępnych języków.
field-slot_id = Proszę wybrać jedną z dostępnych godzin.
field-from = Proszę wpisać datę, od której ma się zacząć wyszukiwanie.
field-identity = Proszę podać również A-number lub numer potwierdzenia wpływu.

error-redirect-contact-center = W sprawie „{ $type }” nie umawia się tutaj wizyt. Proszę zadzwonić do Centrum Kontaktowego USCIS pod numer { $phone }.
error-redirect-online = W sprawie „{ $type }” wizyta nie jest potrzebna. Można to załatwić online: { $service }.
error-rule-proof = Dowód statusu jest potrzebny na dzień { $date }, a do tej daty pozostało więcej dni niż { $days }. Proszę umówić wizytę bliżej tej daty lub zadzwonić do Centrum Kontaktowego USCIS pod numer { $phone }.
error-rule-travel = Do podróży planowanej na dzień { $date } pozostało nie więcej dni roboczych niż { $days }. Proszę zadzwonić do Centrum Kontaktowego USCIS pod numer { $phone }.
error-no_slot_in_time = Do dnia { $date } włącznie nie ma wolnych terminów, a jest to ostatni dzień, w którym ta wizyta może pomóc. Proszę zadzwonić do Centrum Kontaktowego USCIS pod numer { $phone }.
error-rule-filed = O tymczasowe pozwolenie na pracę można się ubiegać, gdy od złożenia wniosku minie wymagana liczba dni: { $days }. Od złożenia wniosku minęło dni: { $waited }.

error-no_free_slot = W placówce { $office } nie ma już wolnych terminów w tym okresie. Nowe terminy są udostępniane codziennie o godz. { $time }. Proszę spróbować ponownie o tej porze.
error-slot_full = Ktoś właśnie zajął ten termin. Proszę wybrać inny termin.
error-slot_unavailable = Tego terminu nie można już zarezerwować. Proszę wybrać inny termin.
error-duplicate_booking = Ta osoba ma już umówioną wizytę tego rodzaju. Aby ją zmienić, proszę wybrać „Zmiana lub odwołanie wizyty” i podać numer rezerwacji oraz PIN tej wizyty.
error-no_office_zip = Żadna placówka nie obsługuje kodu pocztowego { $zip }. Proszę go sprawdzić lub zapytać w punkcie informacyjnym.
error-no_office_country = Żadna z tutejszych placówek nie obsługuje osób mieszkających w kraju: { $country }. Proszę zapytać w punkcie informacyjnym.
error-wrong_pin = { $left ->
    [one] Nieprawidłowy numer rezerwacji lub PIN. Pozostała { $left } próba.
    [few] Nieprawidłowy numer rezerwacji lub PIN. Pozostały { $left } próby.
    [many] Nieprawidłowy numer rezerwacji lub PIN. Pozostało { $left } prób.
   *[other] Nieprawidłowy numer rezerwacji lub PIN. Pozostało prób: { $left }.
}
error-pin_locked = Zbyt wiele nieudanych prób dla tego numeru rezerwacji. Proszę spróbować ponownie za { $minutes } min lub zapytać w punkcie informacyjnym.
error-identity_not_found = Nie znaleziono wizyty pasującej do tych danych. Proszę je sprawdzić lub zapytać w punkcie informacyjnym.
error-identity_locked = Zbyt wiele prób z tymi danymi. Proszę zapytać w punkcie informacyjnym.
error-appointment_cancelled = Ta wizyta została odwołana. Proszę umówić nową wizytę.
error-appointment_past = Ta wizyta już się rozpoczęła lub minęła. Proszę umówić nową wizytę.
error-checked_in = Przybycie na tę wizytę zostało już zarejestrowane. Aby ją zmienić, proszę zapytać w punkcie informacyjnym.
