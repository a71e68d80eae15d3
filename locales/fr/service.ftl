## Page d’un service.

service-about = À propos de ce service
service-who-can-apply = Qui peut en faire la demande
service-documents = Documents à fournir
service-steps = Étapes
service-step-number = Étape { $n }
service-costs = Coûts
service-channels = Où et comment
service-cost = Coût
service-processing-time = Délai
service-validity = Durée de validité du résultat
service-online = Faisable entièrement en ligne
service-online-yes = Oui
service-online-no = Non
service-agency = Organisme responsable
service-level = Niveau d’administration
service-jurisdictions = Où il s’applique
service-also-known-as = Aussi appelé
service-classification = Sujets liés
service-life-events = Situations de vie
service-topics = Thèmes
service-legal-basis = Base juridique
service-contact = Contact
service-start-online = Commencer en ligne
service-last-verified = Informations vérifiées pour la dernière fois le { $date }.
service-never-verified = L’organisme n’a pas encore vérifié ces informations.
service-updated = Dernière mise à jour le { $date }.
service-archived = Ce service n’est plus proposé.
service-replaced-by = Il a été remplacé par :

cost-free = Gratuit
cost-variable = Variable
cost-unknown = Non précisé

duration-between = de { $min } à { $max } { $unit }
duration-up-to = jusqu’à { $max } { $unit }
duration-average = environ { $value } { $unit }
duration-immediate = Immédiat
time-unit-minutes = { $count ->
    [one] minute
   *[other] minutes
}
time-unit-hours = { $count ->
    [one] heure
   *[other] heures
}
time-unit-days = { $count ->
    [one] jour
   *[other] jours
}
time-unit-calendar_days = { $count ->
    [one] jour calendaire
   *[other] jours calendaires
}
time-unit-working_days = { $count ->
    [one] jour ouvré
   *[other] jours ouvrés
}
time-unit-months = mois
time-unit-years = { $count ->
    [one] an
   *[other] ans
}

channel-web = En ligne
channel-office = Sur place
channel-phone = Téléphone
channel-sms = SMS
channel-app = Application mobile
channel-mail = Par courrier
channel-email = Courriel
channel-purpose-track = suivre votre demande
channel-purpose-schedule = prendre rendez-vous
channel-purpose-calculate_fees = calculer les frais
channel-purpose-look_up = consulter des informations
channel-purpose-declare = faire une déclaration
channel-purpose-issue = obtenir le document
channel-purpose-enrol = s’inscrire
channel-purpose-find_office = trouver un point d’accueil
channel-purpose-fill_in = remplir le formulaire
channel-purpose-simulate = faire une simulation
channel-purpose-fax = télécopie
channel-wait = { $count ->
    [one] Temps d’attente : environ une minute
   *[other] Temps d’attente : environ { $n } minutes
}
channel-hours = Horaires d’ouverture
opening-hours-range = { $day }, de { $opens } à { $closes }
channel-service-points = Points d’accueil
channel-when-unavailable = Si le service en ligne est indisponible

share-heading = Partager ce service
share-copy-link = Copier le lien
share-copied = Lien copié.
share-copy-failed = Le lien n’a pas pu être copié : copiez-le depuis la barre d’adresse.
share-whatsapp = Partager sur WhatsApp
share-sms = Envoyer par SMS
share-email = Envoyer par e-mail
share-message = { $name } : { $url }
