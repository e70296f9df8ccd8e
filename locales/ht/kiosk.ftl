# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = Randevou
kiosk-welcome = Byenvini. Isit la, ou ka pran, chanje oswa anile yon randevou nan biwo sa a, epi enprime avi ou.
kiosk-choose-language = Chwazi lang ou
kiosk-book = Pran yon randevou
kiosk-manage = Chanje oswa anile yon randevou
kiosk-replace = Enprime avi mwen an ankò
kiosk-staff = Anplwaye
kiosk-back = Retounen
kiosk-next = Swivan
kiosk-start-over = Rekòmanse
kiosk-step = Etap { $step } sou { $total }
kiosk-optional = opsyonèl
kiosk-date-hint = Ane-mwa-jou, pa egzanp 1980-04-25
kiosk-yes = Wi
kiosk-no = Non
kiosk-working = Tanpri tann yon ti moman…
kiosk-idle = Si pèsonn pa itilize ekran an pandan yon ti tan, li retounen nan kòmansman epi li efase sa ki te antre.

where-title = Ki kote ou rete?
where-in-us = Ozetazini
where-abroad = Andeyò Etazini
where-zip = Kòd postal (ZIP code)
where-zip-hint = 5 chif, tankou 75201
where-country = Peyi kote ou rete
where-country-hint = De lèt, pa egzanp MX pou Meksik
where-office = Biwo ki sèvi zòn ou an
where-office-confirm = Randevou ou ap fèt nan biwo sa a.

type-title = Kisa ou bezwen?
type-questions = Kèk kesyon sou demann ou
question-proof_needed_by = Kilè ou bezwen prèv estati ou?
question-travel_date = Kilè ou planifye pou vwayaje?
question-adjustment_filed_on = Kilè yo te depoze demann ajisteman estati ou a (Fòm I-485)?
question-final_order-date = Dat lòd final jij la
question-final_order-court = Tribinal imigrasyon ki te bay lòd la
question-final_order-granted = Sa jij la te akòde

who-title = Kiyès k ap pran randevou sa a?
who-self = Se mwen ki aplikan an
who-representative = M ap pran l pou aplikan an (avoka, reprezantan oswa manm fanmi)
rep-title = Enfòmasyon sou ou, reprezantan an
rep-name = Non ou
rep-organization = Òganizasyon
rep-phone = Nimewo telefòn ou
rep-email = Adrès imèl ou
rep-text-messages = Voye mesaj tèks ban mwen sou randevou sa a
rep-online-account = Nimewo kont sou entènèt
rep-call-times = Pi bon jou ak lè pou rele ou

person-title = Enfòmasyon sou aplikan an
person-first-name = Prenon
person-middle-name = Dezyèm prenon
person-last-name = Non fanmi
person-date-of-birth = Dat nesans
person-country-of-birth = Peyi nesans
person-zip = Kòd postal (ZIP code)
person-phone = Nimewo telefòn
person-email = Adrès imèl
person-a-number = Nimewo A (A-number)
person-a-number-hint = Lèt A ak 7 a 9 chif, tankou A012345678
person-receipt-number = Nimewo resi
person-receipt-number-hint = 3 lèt ak 10 chif, tankou EAC2190012345

verify-title = Tanpri verifye enfòmasyon sa yo
verify-change = Chanje

slots-title = Chwazi yon lè
slots-seats = { $seats } plas lib
slots-later = Montre jou ki vin apre yo
slots-earlier = Montre jou ki vin anvan yo

review-title = Revize epi konfime
review-office = Biwo
review-type = Randevou
review-when = Dat ak lè
review-applicant = Aplikan
review-representative = Moun ki pran randevou a
review-confirm = Konfime randevou sa a

done-title = Randevou ou an anrejistre
done-moved = Randevou ou an chanje lè
done-replaced = Men avi ou
done-when = Dat ak lè
done-confirmation = Nimewo konfimasyon
done-pin = PIN
done-keep = Ekri oswa enprime nimewo konfimasyon an ak PIN nan. Ou bezwen toude pou chanje oswa anile randevou sa a.
done-print = Enprime avi a
done-save = Sove avi a an PDF
done-saved = Avi a sove.
done-printing = Avi a ap pati nan enprimant lan.
done-finish = Fini

manage-title = Chanje oswa anile randevou ou
manage-confirmation = Nimewo konfimasyon
manage-pin = PIN
manage-find = Chèche randevou mwen
manage-current = Randevou ou
manage-reschedule = Chwazi yon lòt lè
manage-cancel = Anile randevou sa a
manage-cancel-confirm = Wi, anile l
manage-cancel-question = Anile randevou ou pou { $when }? Y ap bay yon lòt moun lè sa a.
manage-cancelled = Randevou ou an anile. Ou pa bezwen fè anyen ankò.
manage-print = Enprime avi a ankò

replace-title = Enprime avi ou ankò
replace-with-pin = Mwen gen nimewo konfimasyon mwen ak PIN mwen
replace-without-pin = Mwen pa genyen yo
replace-identity-hint = Antre non aplikan an ak dat nesans li, ansanm ak nimewo A (A-number) a oswa yon nimewo resi. W ap resevwa yon nouvo PIN; ansyen an p ap mache ankò.
replace-find = Chèche randevou mwen

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = Kounye a n ap sèvi
lobby-number = Nimewo
lobby-desk = Ale nan
lobby-count = K ap tann: { $count }
lobby-cashier = Kès
