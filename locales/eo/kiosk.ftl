# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = Rendevuoj
kiosk-welcome = Bonvenon. Ĉi tie vi povas rezervi, ŝanĝi aŭ nuligi rendevuon en ĉi tiu oficejo kaj presi vian avizon.
kiosk-choose-language = Elektu vian lingvon
kiosk-book = Rezervi rendevuon
kiosk-manage = Ŝanĝi aŭ nuligi rendevuon
kiosk-replace = Presi mian avizon denove
kiosk-staff = Personaro
kiosk-back = Reen
kiosk-next = Antaŭen
kiosk-start-over = Rekomenci
kiosk-step = Paŝo { $step } el { $total }
kiosk-optional = nedeviga
kiosk-date-hint = Jaro-monato-tago, ekzemple 1980-04-25
kiosk-yes = Jes
kiosk-no = Ne
kiosk-working = Momenton, mi petas…
kiosk-idle = Post mallonga tempo sen uzo la ekrano revenas al la komenco kaj forgesas tion, kio estis enigita.

where-title = Kie vi loĝas?
where-in-us = En Usono
where-abroad = Ekster Usono
where-zip = Poŝtkodo (ZIP code)
where-zip-hint = 5 ciferoj, ekzemple 75201
where-country = Loĝlando
where-country-hint = Du literoj, ekzemple MX por Meksiko
where-office = La oficejo por via regiono
where-office-confirm = Via rendevuo okazos en ĉi tiu oficejo.

type-title = Kion vi bezonas?
type-questions = Kelkaj demandoj pri via peto
question-proof_needed_by = Kiam vi bezonas pruvon de via statuso?
question-travel_date = Kiam vi planas vojaĝi?
question-adjustment_filed_on = Kiam via peto pri ŝanĝo de statuso (Form I-485) estis prezentita?
question-final_order-date = Dato de la fina decido de la juĝisto
question-final_order-court = Enmigrada tribunalo, kiu eldonis la decidon
question-final_order-granted = Kion la juĝisto koncedis

who-title = Kiu rezervas ĉi tiun rendevuon?
who-self = Mi estas la petanto
who-representative = Mi rezervas por la petanto (advokato, reprezentanto aŭ familiano)
rep-title = Pri vi, la reprezentanto
rep-name = Via nomo
rep-organization = Organizaĵo
rep-phone = Via telefonnumero
rep-email = Via retpoŝtadreso
rep-text-messages = Sendu al mi SMS-ojn pri ĉi tiu rendevuo
rep-online-account = Numero de la reta konto
rep-call-times = Plej oportunaj tagoj kaj horoj por telefoni al vi

person-title = Pri la petanto
person-first-name = Antaŭnomo
person-middle-name = Dua nomo
person-last-name = Familia nomo
person-date-of-birth = Naskiĝdato
person-country-of-birth = Naskiĝlando
person-zip = Poŝtkodo (ZIP code)
person-phone = Telefonnumero
person-email = Retpoŝtadreso
person-a-number = Registra numero de eksterlandano (A-number)
person-a-number-hint = A kaj 7 ĝis 9 ciferoj, ekzemple A012345678
person-receipt-number = Kvitanca numero
person-receipt-number-hint = 3 literoj kaj 10 ciferoj, ekzemple EAC2190012345

verify-title = Bonvolu kontroli ĉi tiujn datumojn
verify-change = Ŝanĝi

slots-title = Elektu horon
slots-seats = Liberaj: { $seats }
slots-later = Montri pli postajn tagojn
slots-earlier = Montri pli fruajn tagojn

review-title = Kontrolu kaj konfirmu
review-office = Oficejo
review-type = Rendevuo
review-when = Dato kaj horo
review-applicant = Petanto
review-representative = Rezervita de
review-confirm = Konfirmi ĉi tiun rendevuon

done-title = Via rendevuo estas rezervita
done-moved = Via rendevuo estas transmetita
done-replaced = Jen via avizo
done-when = Dato kaj horo
done-confirmation = Konfirma numero
done-pin = PIN-kodo
done-keep = Notu aŭ presu la konfirman numeron kaj la PIN-kodon. Vi bezonas ambaŭ por ŝanĝi aŭ nuligi ĉi tiun rendevuon.
done-print = Presi la avizon
done-save = Konservi la avizon kiel PDF
done-saved = La avizo estas konservita.
done-printing = La avizo estas sendita al la presilo.
done-finish = Fini

manage-title = Ŝanĝi aŭ nuligi vian rendevuon
manage-confirmation = Konfirma numero
manage-pin = PIN-kodo
manage-find = Trovi mian rendevuon
manage-current = Via rendevuo
manage-reschedule = Elekti alian horon
manage-cancel = Nuligi ĉi tiun rendevuon
manage-cancel-confirm = Jes, nuligi ĝin
manage-cancel-question = Ĉu nuligi vian rendevuon je { $when }? La horo estos donita al iu alia.
manage-cancelled = Via rendevuo estas nuligita. Nenio plu necesas.
manage-print = Presi la avizon denove

replace-title = Presi vian avizon denove
replace-with-pin = Mi havas mian konfirman numeron kaj PIN-kodon
replace-without-pin = Mi ne havas ilin
replace-identity-hint = Enigu la nomon kaj naskiĝdaton de la petanto, kaj la A-number aŭ kvitancan numeron. Vi ricevos novan PIN-kodon; la malnova ne plu funkcios.
replace-find = Trovi mian rendevuon

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = Nun vokataj
lobby-number = Numero
lobby-desk = Iru al
lobby-count = Atendantaj: { $count }
lobby-cashier = Kaso
