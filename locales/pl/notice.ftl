# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = Zawiadomienie o wizycie
notice-replacement = Duplikat zawiadomienia
notice-office = Placówka
notice-when = Data i godzina
notice-type = Rodzaj wizyty
notice-applicant = Wnioskodawca
notice-confirmation = Numer rezerwacji
notice-pin = PIN
notice-pin-new = Nowy PIN (poprzedni PIN już nie działa)
notice-bring = Co należy zabrać
notice-scan = Po przybyciu proszę okazać ten kod w punkcie informacyjnym.
notice-keep = Proszę zachować numer rezerwacji i PIN. Oba są potrzebne, aby zmienić lub odwołać tę wizytę w kiosku w holu placówki.
notice-arrive = Proszę przyjść o wskazanej godzinie. Wejść mogą wyłącznie wnioskodawca oraz osoby wpuszczone przez placówkę.
notice-printed = Wydrukowano: { $when }

type-case_inquiry = Pytanie dotyczące sprawy w toku
type-adit = Potwierdzenie stałego pobytu (ADIT / stempel I-551)
type-interim_ead = Tymczasowe pozwolenie na pracę (wniosek o zmianę statusu rozpatrywany od 90 dni lub dłużej)
type-card_replacement = Wymiana zgubionej lub skradzionej karty rejestracyjnej cudzoziemca
type-eap = Pilna zgoda na wyjazd i powrót (Emergency Advance Parole, pilna podróż)
type-ij_grant = Ochrona przyznana przez sędziego imigracyjnego
type-asylum = Wizyta w sprawie azylu
type-nacara = Wizyta w sprawie NACARA
type-attorney_inquiry = Zapytanie adwokata lub akredytowanego przedstawiciela
type-cashier_payment = Kasa: wniesienie opłaty lub kaucji
type-dara_adjustment = DARA: złożenie wniosku o zmianę statusu i rozmowa
type-other = Inna sprawa
type-forms = Pobieranie formularzy
type-case_status = Sprawdzenie statusu sprawy
type-efile_i90 = Wymiana zielonej karty (Form I-90)
type-efile_i765 = Wniosek o pozwolenie na pracę (Form I-765)

# Where the online matters are done.
service-forms = strona z formularzami w witrynie USCIS
service-case_status = Case Status Online w witrynie USCIS
service-efile_i90 = składanie Form I-90 online w witrynie USCIS
service-efile_i765 = składanie Form I-765 online w witrynie USCIS

doc-notice = to zawiadomienie o wizycie
doc-photo_id = dokument tożsamości ze zdjęciem: paszport, stanowy dowód tożsamości ze zdjęciem lub prawo jazdy
doc-green_card_or_ead = karta stałego rezydenta (I-551) w przypadku rezydentów, w pozostałych przypadkach dokument zezwolenia na pracę (Employment Authorization Document)
doc-i94 = Form I-94 (rejestr przyjazdu/wyjazdu); formularz bez zdjęcia jest ważny tylko z kopią paszportu lub dokumentu tożsamości, na którym widać imię i nazwisko oraz twarz
doc-case_papers = formularze, potwierdzenia wpływu, decyzje o zatwierdzeniu lub odmowie, tłumaczenia i oryginały dokumentów dotyczących sprawy
doc-passport = paszport
doc-approval_notice = zawiadomienie o przyznaniu stałego pobytu
doc-filing_receipt = potwierdzenie wpływu wniosku o zmianę statusu (Form I-485)
doc-passport_photos = dwa zdjęcia paszportowe
doc-police_report = policyjne zaświadczenie o zgłoszeniu zgubienia lub kradzieży, jeśli zostało wydane
doc-travel_evidence = dowody nagłej sytuacji i planowanej podróży
doc-final_order = ostateczne orzeczenie sędziego imigracyjnego
doc-g28 = Form G-28 (zgłoszenie występowania jako adwokat lub przedstawiciel)
doc-fee_notice = wezwanie do wniesienia opłaty lub kaucji
