# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = Rendevua avizo
notice-replacement = Anstataŭa avizo
notice-office = Oficejo
notice-when = Dato kaj horo
notice-type = Speco de rendevuo
notice-applicant = Petanto
notice-confirmation = Konfirma numero
notice-pin = PIN-kodo
notice-pin-new = Nova PIN-kodo (la antaŭa PIN-kodo ne plu funkcias)
notice-bring = Kion kunporti
notice-scan = Montru ĉi tiun kodon ĉe la akceptejo, kiam vi alvenos.
notice-keep = Konservu vian konfirman numeron kaj PIN-kodon. Vi bezonas ambaŭ por ŝanĝi aŭ nuligi ĉi tiun rendevuon ĉe la kiosko en la atendejo de la oficejo.
notice-arrive = Venu je la indikita horo. Eniri rajtas nur la petanto kaj la personoj, kiujn la oficejo enlasas.
notice-printed = Presita: { $when }

type-case_inquiry = Demando pri pritraktata kazo
type-adit = Pruvo de permanenta loĝado (ADIT / stampo I-551)
type-interim_ead = Provizora laborpermeso (peto pri ŝanĝo de statuso pritraktata dum 90 tagoj aŭ pli)
type-card_replacement = Anstataŭigo de perdita aŭ ŝtelita registra karto de eksterlandano
type-eap = Urĝa permeso por eliri kaj reveni (Emergency Advance Parole, urĝa vojaĝo)
type-ij_grant = Koncedo de enmigrada juĝisto
type-asylum = Rendevuo pri azilo
type-nacara = Rendevuo pri NACARA
type-attorney_inquiry = Demando de advokato aŭ akreditita reprezentanto
type-cashier_payment = Kaso: pago de kotizo aŭ kaŭcio
type-dara_adjustment = DARA: prezento de peto pri ŝanĝo de statuso kaj intervjuo
type-other = Io alia
type-forms = Elŝuti formularojn
type-case_status = Kontroli la staton de mia kazo
type-efile_i90 = Anstataŭigi verdan karton (Form I-90)
type-efile_i765 = Peti laborpermeson (Form I-765)

# Where the online matters are done.
service-forms = la formularpaĝo de la retejo de USCIS
service-case_status = Case Status Online en la retejo de USCIS
service-efile_i90 = reta prezento de Form I-90 en la retejo de USCIS
service-efile_i765 = reta prezento de Form I-765 en la retejo de USCIS

doc-notice = ĉi tiu rendevua avizo
doc-photo_id = identiga dokumento kun foto: pasporto, ŝtata identiga karto kun foto aŭ stirpermesilo
doc-green_card_or_ead = via karto de permanenta loĝanto (I-551), se vi estas loĝanto; alie via dokumento de laborrajto (Employment Authorization Document)
doc-i94 = Form I-94 (registro de alveno kaj foriro); tiu sen foto validas nur kun kopio de pasporto aŭ identiga karto, kiu montras vian nomon kaj vizaĝon
doc-case_papers = formularoj, kvitancoj, avizoj pri aprobo aŭ rifuzo, tradukoj kaj originaloj, kiuj koncernas vian demandon
doc-passport = via pasporto
doc-approval_notice = la aproba avizo pri via permanenta loĝado
doc-filing_receipt = la kvitanca avizo pri via peto pri ŝanĝo de statuso (Form I-485)
doc-passport_photos = du pasportaj fotoj
doc-police_report = polica raporto pri la perdo aŭ ŝtelo, se vi havas tian
doc-travel_evidence = pruvoj pri la urĝa situacio kaj pri via planata vojaĝo
doc-final_order = la fina decido de la enmigrada juĝisto
doc-g28 = Form G-28 (avizo pri apero kiel advokato aŭ reprezentanto)
doc-fee_notice = la avizo, kiu postulas la kotizon aŭ kaŭcion
