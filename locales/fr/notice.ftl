# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = Convocation
notice-replacement = Duplicata de convocation
notice-office = Bureau
notice-when = Date et heure
notice-type = Type de rendez-vous
notice-applicant = Demandeur
notice-confirmation = Numéro de confirmation
notice-pin = Code PIN
notice-pin-new = Nouveau code PIN (l’ancien code PIN ne fonctionne plus)
notice-bring = À apporter
notice-scan = Présentez ce code à l’accueil à votre arrivée.
notice-keep = Conservez votre numéro de confirmation et votre code PIN. Vous en avez besoin pour modifier ou annuler ce rendez-vous, à la borne située dans le hall du bureau.
notice-arrive = Présentez-vous à l’heure indiquée. Seuls le demandeur et les personnes admises par le bureau peuvent entrer.
notice-printed = Imprimé le { $when }

type-case_inquiry = Question sur un dossier en cours
type-adit = Preuve de résidence permanente (tampon ADIT / I-551)
type-interim_ead = Permis de travail provisoire (ajustement en attente depuis 90 jours ou plus)
type-card_replacement = Remplacer une carte d’enregistrement d’étranger perdue ou volée
type-eap = Autorisation de voyage d’urgence (Emergency Advance Parole) pour un voyage urgent
type-ij_grant = Décision favorable d’un juge de l’immigration
type-asylum = Rendez-vous pour l’asile
type-nacara = Rendez-vous NACARA
type-attorney_inquiry = Demande d’un avocat ou d’un représentant accrédité
type-cashier_payment = Caisse : payer des frais ou une caution
type-dara_adjustment = DARA : dépôt de la demande d’ajustement et entretien
type-other = Autre chose
type-forms = Télécharger des formulaires
type-case_status = Consulter l’état de mon dossier
type-efile_i90 = Remplacer une carte verte (formulaire I-90)
type-efile_i765 = Demander un permis de travail (formulaire I-765)

# Where the online matters are done.
service-forms = la page des formulaires du site web de l’USCIS
service-case_status = Case Status Online (état du dossier en ligne) sur le site web de l’USCIS
service-efile_i90 = le dépôt en ligne du formulaire I-90 sur le site web de l’USCIS
service-efile_i765 = le dépôt en ligne du formulaire I-765 sur le site web de l’USCIS

doc-notice = cette convocation
doc-photo_id = une pièce d’identité avec photo : passeport, carte d’identité d’un État avec photo ou permis de conduire
doc-green_card_or_ead = votre carte de résident permanent (I-551) si vous êtes résident, sinon votre document d’autorisation de travail
doc-i94 = le formulaire I-94 (registre d’arrivée/départ) ; un I-94 sans photo n’est accepté qu’avec la copie d’un passeport ou d’une pièce d’identité montrant votre nom et votre visage
doc-case_papers = les formulaires, reçus, avis d’approbation ou de refus, traductions et originaux liés à votre question
doc-passport = votre passeport
doc-approval_notice = l’avis d’approbation de votre résidence permanente
doc-filing_receipt = l’avis de réception de votre demande d’ajustement de statut (formulaire I-485)
doc-passport_photos = deux photos d’identité format passeport
doc-police_report = un rapport de police sur la perte ou le vol, si vous en avez un
doc-travel_evidence = des justificatifs de l’urgence et du voyage prévu
doc-final_order = la décision définitive du juge de l’immigration
doc-g28 = le formulaire G-28 (avis de comparution en tant qu’avocat ou représentant)
doc-fee_notice = l’avis qui demande les frais ou la caution
