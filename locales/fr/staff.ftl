# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = Ouverture de PassDesk…
staff-nav-board = Tableau du jour
staff-nav-mix = Planning quotidien
staff-nav-staff = Personnel
staff-enter-kiosk = Mode borne
staff-sign-out = Se déconnecter
staff-status-database = Base de données locale : { $path }

## Role names (roles.ts)

staff-role-administrator = Administrateur
staff-role-district-manager = Responsable de district
staff-role-front-desk = Agent d’accueil
staff-role-cashier = Caissier

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = Connexion du personnel PassDesk
staff-sign-in-leave-kiosk = Connexion du personnel pour quitter la borne
staff-sign-in-username = Nom d’utilisateur
staff-sign-in-password = Mot de passe
staff-sign-in-back = Retour
staff-sign-in-submit = Se connecter

## First start on an empty database (sign_in.tsx)

staff-first-run-title = Bienvenue dans PassDesk
staff-first-run-intro = Cette base de données ne contient encore aucun compte. Créez le compte de l’administrateur ; l’administrateur créera ensuite les autres.
staff-first-run-name = Votre nom
staff-first-run-username = Nom d’utilisateur
staff-first-run-password = Mot de passe (10 caractères ou plus)
staff-first-run-repeat = Confirmez le mot de passe
staff-first-run-mismatch = Les deux mots de passe sont différents.
staff-first-run-create = Créer l’administrateur

## Daily mix editor (mix_editor.tsx)

staff-mix-title = Planning quotidien
staff-mix-loading = Chargement…
staff-mix-title-office = Planning quotidien · { $office }
staff-mix-version = version { $version }
staff-mix-unsaved = modifications non enregistrées
staff-mix-discard = Annuler les modifications
staff-mix-save = Enregistrer
staff-mix-saving = Enregistrement…
staff-mix-saved = Enregistré (version { $version }). Jours publiés recalculés selon le nouveau planning : { $remade }.
staff-mix-saved-kept = Enregistré (version { $version }). Jours publiés recalculés selon le nouveau planning : { $remade }. Les jours publiés qui ont déjà des rendez-vous gardent leurs créneaux : { $days }.
staff-mix-not-saved = Non enregistré : { $error }
staff-mix-released = Publication jusqu’au { $through }. Nouveaux créneaux : { $created } ; jours publiés maintenant : { $days } ; jours déjà publiés : { $before }.
staff-mix-not-released = Non publié : { $error }
staff-mix-cannot-save = Enregistrement impossible pour l’instant : { $problem }
staff-mix-open = Ouvert
staff-mix-closed = fermé
staff-mix-summary = Créneaux : { $slots } · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = aucune place
staff-mix-add-block = Ajouter un bloc
staff-mix-copy-day = Copier le jour vers…
staff-mix-copy-to = { $day } : copier les horaires et les blocs vers :
staff-mix-copy = Copier
staff-mix-cancel = Annuler
staff-mix-col-time = Horaires
staff-mix-col-slot = Créneau
staff-mix-col-capacity = Capacité
staff-mix-col-track = File
staff-mix-col-types = Types de rendez-vous
staff-mix-slot-minutes = { $minutes } min
staff-mix-block-types = Types ({ $count }) : { $types }
staff-mix-remove = Supprimer
staff-mix-range-format = Format attendu : HH:MM-HH:MM, par exemple 08:00-11:30.
staff-mix-range-order = La fin doit être après le début.
staff-mix-capacity-range = La capacité va de 1 à 50 personnes par créneau.
staff-mix-types-needed = Choisissez au moins un type de rendez-vous.
staff-mix-holidays = Jours fériés
staff-mix-add-holiday = Ajouter un jour férié
staff-mix-release-policy = Règles de publication
staff-mix-release-window = Jours publiés à l’avance (1-180)
staff-mix-release-at = Nouveaux créneaux publiés chaque jour à
staff-mix-release-through = Publier jusqu’au
staff-mix-release-dirty = Enregistrez ou annulez d’abord vos modifications
staff-mix-release = Publier les créneaux
staff-mix-policies = Règles du bureau
staff-mix-walk-ins = Examen des urgences sans rendez-vous
staff-mix-companions = Accompagnateurs admis
staff-mix-attorney-hours = Horaires sans rendez-vous pour les avocats
staff-mix-cashier-hours = Horaires de la caisse

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = Lundi
staff-day-tue = Mardi
staff-day-wed = Mercredi
staff-day-thu = Jeudi
staff-day-fri = Vendredi
staff-day-sat = Samedi
staff-day-sun = Dimanche
staff-day-short-mon = lun
staff-day-short-tue = mar
staff-day-short-wed = mer
staff-day-short-thu = jeu
staff-day-short-fri = ven
staff-day-short-sat = sam
staff-day-short-sun = dim

## Today's board (board.tsx)

staff-board-title = Tableau
staff-board-previous-day = Jour précédent
staff-board-next-day = Jour suivant
staff-board-today = Aujourd’hui
staff-board-roster-print = Imprimer la liste du jour
staff-board-roster-save = Enregistrer la liste en PDF
staff-board-search-placeholder = Numéro de confirmation, numéro A ou nom
staff-board-find = Rechercher
staff-board-found-one = { $count } rendez-vous trouvé
staff-board-found-many = Rendez-vous trouvés : { $count }
staff-board-close = Fermer
staff-board-empty = Aucun rendez-vous le { $date }.
staff-board-booked-count = (pris : { $count })
staff-board-open-desk-booking = Prendre rendez-vous avec le parcours complet, dans la langue du demandeur…
staff-board-col-when = Date et heure
staff-board-col-time = Heure
staff-board-col-name = Nom
staff-board-col-type = Type
staff-board-col-confirmation = Confirmation
staff-board-col-status = Statut
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = Rendez-vous pour un appelant ou un visiteur
staff-book-type = Type de rendez-vous
staff-book-question-proof-needed-by = Preuve de statut requise pour le
staff-book-question-travel-date = Date de voyage prévue
staff-book-question-adjustment-filed-on = Ajustement de statut déposé le
staff-book-day = Jour
staff-book-time = Heure
staff-book-first-free = Premier créneau libre à partir de ce jour
staff-book-free = Places libres : { $count }
staff-book-first-name = Prénom
staff-book-last-name = Nom de famille
staff-book-date-of-birth = Date de naissance
staff-book-dob-future = La date de naissance ne peut pas être dans le futur.
staff-book-a-number = Numéro A (facultatif)
staff-book-phone = Téléphone (facultatif)
staff-book-receipt = Rendez-vous pris : { $type }, le { $date } à { $time }. Confirmation { $confirmation }, code PIN { $pin } (à communiquer à la personne : il n’est affiché que maintenant).
staff-book-submit = Prendre rendez-vous

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = Prendre rendez-vous avec le demandeur (dans sa langue)
staff-desk-booking-language = Langue
staff-desk-booking-close = Fermer

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = Comptes du personnel
staff-accounts-col-username = Nom d’utilisateur
staff-accounts-col-name = Nom
staff-accounts-col-role = Rôle
staff-accounts-col-office = Bureau
staff-accounts-all-offices = tous
staff-accounts-new = Nouveau compte
staff-accounts-name = Nom
staff-accounts-username = Nom d’utilisateur
staff-accounts-role = Rôle
staff-accounts-office = Bureau
staff-accounts-password = Mot de passe initial (10 caractères ou plus)
staff-accounts-short-password = Utilisez au moins 10 caractères.
staff-accounts-created = Compte { $username } créé.
staff-accounts-create = Créer le compte
staff-accounts-col-status = Statut
staff-accounts-active = actif
staff-accounts-disabled = désactivé
staff-accounts-edit = Modifier
staff-accounts-editing = Modifier le compte { $username }
staff-accounts-disable = Désactivé : ce compte ne peut pas se connecter
staff-accounts-new-password = Nouveau mot de passe (laisser vide pour conserver l’actuel)
staff-accounts-save = Enregistrer les modifications
staff-accounts-cancel = Annuler
staff-accounts-saved = Compte { $username } enregistré.

## Check-in (front desk)
staff-nav-checkin = Enregistrement
staff-nav-cashier = Caisse
staff-checkin-title = Enregistrement des arrivées
staff-checkin-search-placeholder = Scannez la convocation ou saisissez un numéro de confirmation, un numéro A (A-number), un numéro de reçu ou un nom
staff-checkin-find = Rechercher
staff-checkin-none = Aucun résultat.
staff-checkin-documents = Pièces d’identité vérifiées
staff-checkin-mrz = MRZ lue par le lecteur de documents
staff-checkin-override = Motif pour accepter les documents en l’état
staff-checkin-submit = Enregistrer l’arrivée
staff-checkin-cancel = Annuler
staff-checkin-next = Arrivée suivante
staff-checkin-shortcut = Espace coche un document, Tab passe au suivant, Ctrl+Entrée enregistre l’arrivée.
staff-checkin-rebook = Réserver le prochain créneau libre
staff-checkin-rebooked = Déplacé au { $when }. Nouveau PIN : { $pin }
staff-checkin-rebook-print = Imprimer la nouvelle convocation
staff-checkin-done = Arrivée enregistrée : numéro { $number }
staff-checkin-not-here = Ce rendez-vous n’est pas aujourd’hui dans ce bureau ; voir la note ci-dessus.
staff-doc-passport = Passeport
staff-doc-state_photo_id = Carte d’identité d’un État avec photo
staff-doc-drivers_license = Permis de conduire
staff-doc-permanent_resident_card = Carte de résident permanent (I-551)
staff-doc-ead = Document d’autorisation de travail
staff-doc-i94_with_photo = I-94 avec photo
staff-doc-i94_without_photo = I-94 sans photo
staff-doc-passport_or_id_copy = Copie d’un passeport ou d’une pièce d’identité (nom et visage)
staff-doc-other = Autre document

## The waiting queue
staff-queue-title = File d’attente du jour
staff-queue-desk = Mon poste ou guichet
staff-queue-late = en retard
staff-queue-call = Appeler
staff-queue-served = Traité
staff-queue-not-served = Non traité
staff-visit-waiting = en attente
staff-visit-called = appelé
staff-visit-served = traité
staff-visit-not_served = non traité
staff-appointment-booked = réservé
staff-appointment-cancelled = annulé

## Walk-ins
staff-walkin-open = Sans rendez-vous…
staff-walkin-title = Visiteur sans rendez-vous
staff-walkin-name = Nom
staff-walkin-kind = Catégorie
staff-walkin-kind-walk_in = Urgence (examinée)
staff-walkin-kind-attorney_walk_in = Avocat (horaires sans rendez-vous)
staff-walkin-kind-cashier_walk_in = Caisse (horaires de la caisse)
staff-walkin-reason = Urgence
staff-walkin-reason-medical_emergency = Urgence médicale
staff-walkin-reason-imminent_travel = Voyage qui ne peut pas attendre
staff-walkin-reason-death_in_family = Décès dans la famille
staff-walkin-reason-document_needed_for_work = Document nécessaire pour le travail
staff-walkin-reason-humanitarian = Motif humanitaire
staff-walkin-reason-other = Autre
staff-walkin-reason-text = Détails
staff-walkin-approval = Un responsable ou un superviseur donne son accord (la journée est complète)
staff-walkin-submit = Admettre

## Cashier
staff-cashier-title = Caisse
staff-cashier-placeholder = Scannez la convocation ou saisissez le numéro de confirmation
staff-cashier-admit = Admettre
staff-cashier-receipt = Référence du reçu

## The waiting room's screen
staff-waiting-open = Ouvrir l’écran de la salle d’attente

## The day's figures, companions
staff-summary-title = Chiffres du jour
staff-summary-track = File
staff-summary-seats = Places
staff-summary-booked = Réservés
staff-summary-arrived = Arrivés
staff-summary-no-show = Absents
staff-summary-walk-ins = Sans rendez-vous
staff-summary-no-show-rate = Taux d’absence
staff-summary-utilisation = Occupation
staff-companions-title = Accompagné de
staff-companion-family = Membre de la famille
staff-companion-translator = Interprète
staff-companion-attorney = Avocat
staff-companions-add = Ajouter un accompagnant
staff-companions-remove = Retirer

## The status bar: the sync with the central database
staff-sync-standalone = Pas de base de données centrale : ce poste de travail gère son bureau de façon autonome.
staff-sync-online = Base de données centrale : en ligne · dernière synchronisation : { $age } · non envoyés : { $unsent }
staff-sync-offline = Base de données centrale : HORS LIGNE · dernière synchronisation : { $age } · non envoyés : { $unsent }, conservés ici et envoyés dès qu’elle sera de nouveau accessible · l’enregistrement des arrivées fonctionne toujours, la prise de rendez-vous nécessite la base de données centrale
staff-sync-draining = Envoi vers la base de données centrale : envoyés { $sent }, restants { $remaining }
staff-sync-never = jamais
staff-sync-seconds-ago = il y a { $seconds } s
staff-sync-minutes-ago = il y a { $minutes } min
staff-sync-hours-ago = il y a { $hours } h
staff-sync-days-ago = il y a { $days } j
staff-sync-problem = Base de données centrale : INUTILISABLE · { $problem } · dernière synchronisation : { $age } · non envoyés : { $unsent }, conservés ici · l’enregistrement des arrivées fonctionne toujours
staff-sync-local-problem = Synchronisation suspendue : { $problem } · dernière synchronisation : { $age } · non envoyés : { $unsent } · nouvelle tentative automatique toutes les quelques secondes ; si le problème persiste, appelez le service informatique

## The administrator's central-database settings
staff-nav-central = Base de données centrale
staff-central-title = Base de données centrale
staff-central-standalone = Ce poste de travail gère son bureau de façon autonome. Connectez-le à la base de données centrale du district pour prendre les rendez-vous de façon centralisée et partager l’enregistrement des arrivées avec les autres postes.
staff-central-connected = Connecté à { $address }
staff-central-reachable = Le serveur répond : PostgreSQL { $version }, schéma { $applied } sur { $known }.
staff-central-unreachable = Le serveur ne répond pas : { $reason }
staff-central-refused = La base de données centrale répond mais ne peut pas être utilisée : { $reason }
staff-central-password-unreadable = Le mot de passe conservé ne peut pas être lu sur ce poste de travail : { $reason }
staff-central-schema-behind = Son schéma est en retard sur celui de cette application : un administrateur doit exécuter `passdesk central migrate` une fois pour le district (pour une base de données neuve et vide : `passdesk central init`).
staff-central-schema-ahead = Son schéma est plus récent que ce que connaît cette application : installez sur ce poste de travail la version de PassDesk utilisée dans le district.
staff-central-office-unknown = Le district n'a pas de bureau { $office } : le tableau, la liste et la recherche de ce poste restent vides. Reconnectez-vous avec le bon bureau.
staff-central-password-keychain = Le mot de passe est conservé dans le trousseau du système.
staff-central-password-file = Le mot de passe est conservé dans le fichier { $path }, lisible uniquement par ce compte.
staff-central-unsent = Données pas encore envoyées : { $count }
staff-central-host = Serveur
staff-central-port = Port (vide : 5432)
staff-central-database = Base de données
staff-central-user = Compte
staff-central-password = Mot de passe
staff-central-office = Bureau dont les données sont conservées sur ce poste de travail (vide : tous les bureaux)
staff-central-password-file-label = Conserver plutôt le mot de passe dans ce fichier (pour une machine sans trousseau)
staff-central-connect = Connecter
staff-central-disconnect = Déconnecter
staff-central-disconnected = Déconnecté : ce poste de travail gère désormais son bureau de façon autonome.
staff-central-disconnect-warning = Déconnecter ce poste de travail de la base de données centrale ? Il gérera alors son bureau de façon autonome. Les rendez-vous qu’il prend, déplace ou annule pendant qu’il fonctionne de façon autonome devront être envoyés au district avant qu’il se reconnecte ; ceux qui ne peuvent pas être envoyés (un horaire pris entre-temps au district) sont listés avec la personne à appeler. Les enregistrements d’arrivée sont conservés et envoyés dès qu’il se reconnecte.
staff-central-disconnect-yes = Oui, déconnecter
staff-central-disconnect-keep = Rester connecté
staff-central-own-title = Rendez-vous modifiés sur ce poste de travail seulement : { $count }
staff-central-own-explain = Pendant qu’il était déconnecté, ce poste de travail a pris, déplacé ou annulé ces rendez-vous, ou leur a attribué un nouveau code PIN. La base de données centrale du district ne les a pas encore ; ce poste de travail ne peut donc pas être reconnecté en l’état. Envoyez-les au district : chaque rendez-vous est placé à la même heure, avec le même numéro de confirmation et le même code PIN. Ce qui ne peut pas être envoyé (parce que l’horaire est complet au district, par exemple) reste ici avec le motif : appelez cette personne. Ou bien déconnectez ce poste de travail et continuez avec cette seule base de données.
staff-central-own-col-what = À refaire
staff-central-own-booked = Reprendre rendez-vous
staff-central-own-rescheduled = Déplacer
staff-central-own-cancelled = Annuler
staff-central-own-pin-reissued = Nouveau code PIN
staff-central-own-send = Les envoyer au district
staff-central-own-col-sent = Envoi
staff-central-own-sent = Envoyé
staff-central-own-not-sent = Non envoyé : { $why }. Appelez cette personne.
staff-central-own-all-sent = Tout ce qui a été modifié sur ce poste de travail seulement appartient désormais au district, et le poste est de nouveau connecté.

## Closing a day (snow, a power cut)
staff-close-title = Fermer une journée
staff-close-explain = En cas de neige, de coupure de courant ou d’une autre fermeture. Chaque rendez-vous pris ce jour-là est déplacé vers le premier créneau libre de son type qui le suit (ou il est annulé), et la journée devient un jour férié. La liste qui s’affiche ensuite indique qui appeler ; un rendez-vous déplacé garde son numéro de confirmation et son code PIN.
staff-close-date = Jour à fermer
staff-close-move = Déplacer les rendez-vous vers les prochains créneaux libres
staff-close-cancel = Annuler les rendez-vous
staff-close-button = Fermer la journée…
staff-close-dirty = Enregistrez ou annulez d’abord vos modifications
staff-close-confirm-move = Fermer { $office } le { $date } et déplacer tous les rendez-vous de ce jour ? Cette opération ne peut pas être annulée ici.
staff-close-confirm-cancel = Fermer { $office } le { $date } et annuler tous les rendez-vous de ce jour ? Cette opération ne peut pas être annulée ici.
staff-close-yes = Oui, fermer la journée
staff-close-failed = La journée n’a pas été fermée : { $error }
staff-close-done = Le { $date } est fermé. Déplacés : { $moved }. Annulés : { $cancelled }.
staff-close-col-was = Heure
staff-close-col-person = Personne
staff-close-col-now = Désormais
staff-close-col-reach = Téléphone, e-mail
staff-close-col-language = Langue
staff-close-cancelled = annulé
staff-close-no-contact = non indiqué

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = PassDesk ne peut pas démarrer
staff-startup-code = Code
staff-startup-database = Base de données
staff-startup-next = Rien n’a été modifié. Corrigez ce qu’indique le message, puis relancez PassDesk. Si le problème persiste, appelez le service informatique et communiquez-lui ce message et ce code.
staff-startup-quit = Fermer

staff-desks-title = Postes de travail du district
staff-desks-explain = Selon les dernières nouvelles reçues de chacun par la base de données centrale : chaque poste de travail indique où il en est à la fin de ses cycles de synchronisation, au moins toutes les 30 secondes tant qu’il peut joindre la base de données centrale. Avant de fermer une journée, cherchez ici un poste de travail dont on n’a pas de nouvelles ou qui garde des enregistrements d’arrivée qu’il n’a pas envoyés.
staff-desks-none = Aucun poste de travail n’a encore indiqué où il en est.
staff-desks-col-workstation = Poste de travail
staff-desks-col-office = Bureau
staff-desks-col-heard = Dernières nouvelles
staff-desks-col-unsent = Non envoyées alors
staff-desks-col-problem = Problème
staff-desks-this-one = (celui-ci)
staff-desks-every-office = tous les bureaux
staff-desks-silent = Sans nouvelles depuis plus de 2 minutes
staff-desks-unsent = Données : { $count }, la plus ancienne date d’{ $oldest }
staff-desks-failed = Sa dernière synchronisation a échoué : { $why }
staff-desks-rejected-count = Données rejetées : { $count }
staff-desks-rejected-title = Données rejetées par la base de données centrale : { $count }
staff-desks-rejected-explain = La base de données centrale n’a pas pu les appliquer et les a conservées avec le motif ; aucune synchronisation ne les retentera. Réglez chacune à la main : enregistrez de nouveau l’arrivée de la personne ou corrigez le dossier.
staff-desks-col-made = Enregistrée
staff-desks-col-about = Objet
staff-desks-col-why = Motif
