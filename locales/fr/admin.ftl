## Outils du personnel (/admin) : accueil, simulateur de SMS, statistiques SMS.

admin-nav = Outils du personnel
admin-title = Outils du personnel
admin-intro = Les outils que votre rôle permet. Chaque action est vérifiée à nouveau sur le serveur.
admin-tool-simulator = Simulateur de SMS
admin-tool-simulator-about = Écrivez comme un téléphone et voyez la réponse exactement telle qu’elle serait envoyée, partie par partie. Rien n’est envoyé ni compté.
admin-tool-stats = Statistiques SMS
admin-tool-stats-about = Messages reçus et envoyés, désinscriptions et ce que les gens cherchent par SMS, par jour.
admin-tool-comments = Commentaires
admin-tool-comments-about = Modérez les commentaires des usagers et répondez-y au nom de votre organisme.
admin-tool-performance = Indicateurs publics de performance
admin-tool-performance-about = Satisfaction, réponses aux commentaires et services en ligne, tels que le public les voit.

admin-simulator-title = Simulateur de SMS
admin-simulator-intro = Écrivez un message comme un usager l’enverrait. La réponse vient de la vraie conversation SMS (recherche, détails, PLUS, AIDE, LOCAL, langue), mais rien n’est envoyé, aucune note n’est enregistrée et rien ne compte dans les statistiques ni les limites.
admin-simulator-gateway-label = Passerelle
admin-simulator-no-gateway = Aucune passerelle SMS n’est configurée ; la politique intégrée s’applique :
admin-simulator-policy = { $encoding }, au plus { $parts ->
    [one] une partie
   *[other] { $parts } parties
}, langue par défaut : { $language }
admin-simulator-encoding-transliterate = GSM-7 (accents translittérés)
admin-simulator-encoding-ucs2 = UCS-2 si nécessaire (rien n’est modifié)
admin-simulator-language-none = aucune
admin-simulator-text-label = Message
admin-simulator-text-hint = Jusqu’à 1 600 caractères. Essayez une recherche, puis « 1 » ou « PLUS ».
admin-simulator-send = Envoyer comme un téléphone
admin-simulator-reset = Recommencer
admin-simulator-reply-heading = Réponse
admin-simulator-you-sent = Vous avez envoyé :
admin-simulator-silent = Pas de réponse : ce téléphone s’est désinscrit (envoyez START pour revenir).
admin-simulator-summary = { $count ->
    [one] Une partie en { $coding }, en { $language }.
   *[other] { $count } parties en { $coding }, en { $language }.
}
admin-simulator-part = Partie { $number } ({ $coding })
admin-simulator-units-gsm7 = { $used } sur { $size } caractères (septets)
admin-simulator-units-ucs2 = { $used } sur { $size } caractères (unités UTF-16)
admin-simulator-gsm7 = GSM-7
admin-simulator-ucs2 = UCS-2
admin-simulator-truncated = La réponse était trop longue pour les parties de la passerelle : elle a été coupée et la note de suite ajoutée.
admin-simulator-transcript-heading = Conversation jusqu’ici
admin-simulator-transcript-empty = Rien n’a encore été envoyé.
admin-simulator-phone = Téléphone :
admin-simulator-channel = Réponse :
admin-simulator-parts = { $count ->
    [one] une partie
   *[other] { $n } parties
}
admin-simulator-error-empty = Écrivez d’abord un message.
admin-simulator-error-too-long = Le message est trop long : 1 600 caractères au plus.
admin-simulator-error-gateway = Choisissez une des passerelles de la liste.
admin-simulator-error-unavailable = La conversation n’a pas pu répondre pour le moment. Réessayez dans quelques minutes.

admin-stats-title = Statistiques SMS
admin-stats-from = Du
admin-stats-to = Au
admin-stats-range-hint = Dates au format AAAA-MM-JJ. Sans dates : les 30 derniers jours. Au plus 366 jours.
admin-stats-show = Afficher
admin-stats-csv = Télécharger les chiffres quotidiens (CSV)
admin-stats-day = Jour
admin-stats-messages-title = Messages par jour
admin-stats-in = Reçus
admin-stats-out = Envoyés
admin-stats-opt-outs-title = Désinscriptions et réinscriptions par jour
admin-stats-opt-outs = Désinscriptions (STOP)
admin-stats-opt-ins = Réinscriptions (START)
admin-stats-top-title = Recherches les plus fréquentes
admin-stats-top-empty = Aucune recherche sur cette période.
admin-stats-zero-title = Recherches sans résultat
admin-stats-zero-empty = Toutes les recherches de cette période ont trouvé quelque chose.
admin-stats-query = Recherche
admin-stats-language = Langue
admin-stats-searches = Nombre de fois
admin-stats-misses = Fois sans résultat
admin-stats-error-date = Écrivez les dates au format AAAA-MM-JJ, par exemple 2026-03-31.
admin-stats-error-reversed = La date de début est après la date de fin.
admin-stats-error-too-long = Choisissez une période de 366 jours au plus.

chart-empty = Aucune donnée sur cette période
chart-no-value = –
chart-table-caption = Données du graphique :
