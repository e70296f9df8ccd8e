# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.

error-unexpected = Une erreur s’est produite. Veuillez réessayer ou vous adresser à l’accueil.
error-database_unavailable = Le système de rendez-vous n’est pas disponible pour le moment. Veuillez vous adresser à l’accueil.
error-central_unavailable = La prise de rendez-vous nécessite le système central de rendez-vous, qui n’est pas accessible pour le moment. Veuillez réessayer dans quelques minutes ou vous adresser à l’accueil.
error-forbidden = Ce service n’est pas disponible ici.
error-invalid_input = Veuillez vérifier ce que vous avez saisi.

# One message per field, shown beside the field.
field-zip = Saisissez un code postal (ZIP) de 5 chiffres, par exemple 75201.
field-country = Choisissez votre pays de résidence. Si vous habitez aux États-Unis, saisissez plutôt votre code postal (ZIP).
field-office = Choisissez un bureau.
field-type = Choisissez le type de rendez-vous.
field-confirmation = Saisissez le numéro de confirmation indiqué sur votre convocation : 10 lettres et chiffres, par exemple 7K3QF-9XW2M.
field-pin = Saisissez le code PIN indiqué sur votre convocation : 6 chiffres.
field-first_name = Saisissez le prénom tel qu’il figure sur vos documents (lettres uniquement).
field-middle_name = Saisissez le deuxième prénom tel qu’il figure sur vos documents, ou laissez le champ vide.
field-last_name = Saisissez le nom de famille tel qu’il figure sur vos documents (lettres uniquement).
field-date_of_birth = Saisissez une vraie date de naissance, dans le passé.
field-country_of_birth = Choisissez le pays de naissance, ou laissez le champ vide.
field-phone = Saisissez un numéro de téléphone : 10 chiffres aux États-Unis, ou + suivi de l’indicatif du pays.
field-rep_phone = Saisissez un numéro de téléphone : 10 chiffres aux États-Unis, ou + suivi de l’indicatif du pays.
field-email = Saisissez une adresse e-mail, par exemple name@example.com, ou laissez le champ vide.
field-rep_email = Saisissez une adresse e-mail, par exemple name@example.com, ou laissez le champ vide.
field-a_number = Saisissez le numéro A (A-number) : la lettre A suivie de 7 à 9 chiffres, par exemple A012345678, ou laissez le champ vide.
field-receipt_number = Saisissez le numéro de reçu : 3 lettres et 10 chiffres, par exemple EAC2190012345, ou laissez le champ vide.
field-name = Saisissez le nom du représentant (lettres uniquement).
field-organization = Saisissez l’organisation en texte simple (120 caractères maximum), ou laissez le champ vide.
field-online_account = Saisissez le numéro de compte en ligne en texte simple, ou laissez le champ vide.
field-call_times = Indiquez les meilleurs jours et heures en texte simple (200 caractères maximum), ou laissez le champ vide.
field-proof_needed_by = Saisissez la date à laquelle vous avez besoin d’une preuve de votre statut. Elle ne peut pas être passée.
field-travel_date = Saisissez la date à laquelle vous prévoyez de voyager. Elle ne peut pas être passée.
field-adjustment_filed_on = Saisissez la date de dépôt de votre demande d’ajustement de statut. Elle ne peut pas être dans le futur.
field-final_order = Saisissez la date de la décision définitive du juge (pas dans le futur), le tribunal et ce qui a été accordé.
field-language = Choisissez l’une des langues proposées.
field-slot_id = Choisissez l’un des horaires proposés.
field-from = Saisissez une date à partir de laquelle chercher.
field-identity = Indiquez aussi le numéro A (A-number) ou un numéro de reçu.

error-redirect-contact-center = « { $type } » ne se réserve pas ici. Veuillez appeler le Centre de contact de l’USCIS au { $phone }.
error-redirect-online = « { $type } » ne nécessite pas de rendez-vous. Veuillez utiliser { $service }.
error-rule-proof = Vous avez besoin d’une preuve de statut pour le { $date }, soit dans plus de { $days } jours. Veuillez prendre rendez-vous plus près de cette date, ou appeler le Centre de contact de l’USCIS au { $phone }.
error-rule-travel = Votre voyage du { $date } a lieu dans { $days } jours ouvrables ou moins. Veuillez appeler le Centre de contact de l’USCIS au { $phone }.
error-no_slot_in_time = Il n’y a aucun horaire libre jusqu’au { $date } inclus, dernier jour où ce rendez-vous peut vous être utile. Veuillez appeler le Centre de contact de l’USCIS au { $phone }.
error-rule-filed = Un permis de travail provisoire peut être demandé { $days } jours après le dépôt de la demande. Votre demande a été déposée il y a { $waited } jours.

error-no_free_slot = Il n’y a plus de rendez-vous disponibles sur cette période à { $office }. De nouveaux rendez-vous sont proposés chaque jour à { $time }. Veuillez réessayer à ce moment-là.
error-slot_full = Quelqu’un vient de prendre cet horaire. Veuillez choisir un autre horaire.
error-slot_unavailable = Cet horaire ne peut plus être réservé. Veuillez choisir un autre horaire.
error-duplicate_booking = Cette personne a déjà un rendez-vous de ce type. Pour le modifier, choisissez « Modifier ou annuler un rendez-vous » et utilisez le numéro de confirmation et le code PIN de ce rendez-vous.
error-no_office_zip = Aucun bureau ne dessert le code postal { $zip }. Veuillez le vérifier ou vous adresser à l’accueil.
error-no_office_country = Aucun bureau ici ne reçoit les demandeurs dont le pays de résidence est { $country }. Veuillez vous adresser à l’accueil.
error-wrong_pin = { $left ->
    [one] Le numéro de confirmation ou le code PIN est incorrect. Il vous reste { $left } essai.
   *[other] Le numéro de confirmation ou le code PIN est incorrect. Il vous reste { $left } essais.
}
error-pin_locked = Trop d’essais incorrects pour ce numéro de confirmation. Veuillez réessayer dans { $minutes } minutes ou vous adresser à l’accueil.
error-identity_not_found = Aucun rendez-vous ne correspond à ces informations. Veuillez les vérifier ou vous adresser à l’accueil.
error-identity_locked = Trop d’essais avec ces informations. Veuillez vous adresser à l’accueil.
error-appointment_cancelled = Ce rendez-vous est annulé. Veuillez en prendre un nouveau.
error-appointment_past = Ce rendez-vous a déjà commencé ou est passé. Veuillez en prendre un nouveau.
error-checked_in = Votre arrivée pour ce rendez-vous est déjà enregistrée. Pour le modifier, veuillez vous adresser à l’accueil.
