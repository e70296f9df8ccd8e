# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = Rendez-vous
kiosk-welcome = Bienvenue. Ici, vous pouvez prendre, modifier ou annuler un rendez-vous dans ce bureau, et imprimer votre convocation.
kiosk-choose-language = Choisissez votre langue
kiosk-book = Prendre un rendez-vous
kiosk-manage = Modifier ou annuler un rendez-vous
kiosk-replace = Réimprimer ma convocation
kiosk-staff = Personnel
kiosk-back = Retour
kiosk-next = Suivant
kiosk-start-over = Recommencer
kiosk-step = Étape { $step } sur { $total }
kiosk-optional = facultatif
kiosk-date-hint = Année-mois-jour, par exemple 1980-04-25
kiosk-yes = Oui
kiosk-no = Non
kiosk-working = Un instant, s’il vous plaît…
kiosk-idle = Après un court moment sans utilisation, l’écran revient au début et efface ce qui a été saisi.

where-title = Où habitez-vous ?
where-in-us = Aux États-Unis
where-abroad = Hors des États-Unis
where-zip = Code postal (ZIP)
where-zip-hint = 5 chiffres, par exemple 75201
where-country = Pays de résidence
where-country-hint = Deux lettres, par exemple MX pour le Mexique
where-office = Le bureau de votre région
where-office-confirm = Votre rendez-vous aura lieu dans ce bureau.

type-title = De quoi avez-vous besoin ?
type-questions = Quelques questions sur votre demande
question-proof_needed_by = Quand avez-vous besoin d’une preuve de votre statut ?
question-travel_date = Quand prévoyez-vous de voyager ?
question-adjustment_filed_on = Quand votre demande d’ajustement de statut (formulaire I-485) a-t-elle été déposée ?
question-final_order-date = Date de la décision définitive du juge
question-final_order-court = Tribunal de l’immigration qui a rendu la décision
question-final_order-granted = Ce que le juge a accordé

who-title = Qui prend ce rendez-vous ?
who-self = Je suis le demandeur (la personne concernée)
who-representative = Je prends rendez-vous pour le demandeur (avocat, représentant ou membre de la famille)
rep-title = Vos informations de représentant
rep-name = Votre nom
rep-organization = Organisation
rep-phone = Votre numéro de téléphone
rep-email = Votre adresse e-mail
rep-text-messages = M’envoyer des SMS au sujet de ce rendez-vous
rep-online-account = Numéro de compte en ligne
rep-call-times = Meilleurs jours et heures pour vous appeler

person-title = Informations sur le demandeur
person-first-name = Prénom
person-middle-name = Deuxième prénom
person-last-name = Nom de famille
person-date-of-birth = Date de naissance
person-country-of-birth = Pays de naissance
person-zip = Code postal (ZIP)
person-phone = Numéro de téléphone
person-email = Adresse e-mail
person-a-number = Numéro A (A-number)
person-a-number-hint = A suivi de 7 à 9 chiffres, par exemple A012345678
person-receipt-number = Numéro de reçu
person-receipt-number-hint = 3 lettres et 10 chiffres, par exemple EAC2190012345

verify-title = Veuillez vérifier ces informations
verify-change = Modifier

slots-title = Choisissez un horaire
slots-seats = Places libres : { $seats }
slots-later = Afficher les jours suivants
slots-earlier = Afficher les jours précédents

review-title = Vérifier et confirmer
review-office = Bureau
review-type = Rendez-vous
review-when = Date et heure
review-applicant = Demandeur
review-representative = Pris par
review-confirm = Confirmer ce rendez-vous

done-title = Votre rendez-vous est confirmé
done-moved = Votre rendez-vous a été déplacé
done-replaced = Voici votre convocation
done-when = Date et heure
done-confirmation = Numéro de confirmation
done-pin = Code PIN
done-keep = Notez ou imprimez le numéro de confirmation et le code PIN. Vous avez besoin des deux pour modifier ou annuler ce rendez-vous.
done-print = Imprimer la convocation
done-save = Enregistrer la convocation en PDF
done-saved = La convocation est enregistrée.
done-printing = La convocation est envoyée à l’imprimante.
done-finish = Terminer

manage-title = Modifier ou annuler votre rendez-vous
manage-confirmation = Numéro de confirmation
manage-pin = Code PIN
manage-find = Trouver mon rendez-vous
manage-current = Votre rendez-vous
manage-reschedule = Choisir un autre horaire
manage-cancel = Annuler ce rendez-vous
manage-cancel-confirm = Oui, l’annuler
manage-cancel-question = Annuler votre rendez-vous du { $when } ? L’horaire sera attribué à quelqu’un d’autre.
manage-cancelled = Votre rendez-vous est annulé. Vous n’avez rien d’autre à faire.
manage-print = Réimprimer la convocation

replace-title = Réimprimer votre convocation
replace-with-pin = J’ai mon numéro de confirmation et mon code PIN
replace-without-pin = Je ne les ai pas
replace-identity-hint = Saisissez le nom et la date de naissance du demandeur, ainsi que le numéro A (A-number) ou un numéro de reçu. Vous recevrez un nouveau code PIN ; l’ancien ne fonctionnera plus.
replace-find = Trouver mon rendez-vous

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = Appels en cours
lobby-number = Numéro
lobby-desk = Se présenter à
lobby-count = En attente : { $count }
lobby-cashier = Caisse
