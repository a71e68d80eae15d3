## Pages publiques de performance : tout le catalogue et chaque organisme.

footer-performance = Où en sommes-nous : satisfaction et réponses
agency-performance-link = Où en est cet organisme : satisfaction et réponses
performance-title = Où en sommes-nous
performance-agency-title = Où en est { $agency }
performance-intro = Chiffres tirés des notes des usagers, des réponses à « Cette page vous a-t-elle été utile ? » et des commentaires publiés. Des comptes seulement : rien sur aucune personne.
performance-csv = Télécharger ces chiffres (CSV)
performance-satisfaction-heading = Satisfaction
performance-satisfaction-summary = { $count ->
    [one] Moyenne de { $average } sur 5, sur une note.
   *[other] Moyenne de { $average } sur 5, sur { $n } notes.
}
performance-no-ratings = Personne n’a encore noté ces services.
performance-distribution-title = Notes par nombre d’étoiles
performance-stars-heading = Note
performance-stars = { $count ->
    [one] { $n } étoile
   *[other] { $n } étoiles
}
performance-ratings = Notes
performance-trend-title = Note moyenne par mois
performance-monthly-title = Notes par mois
performance-month = Mois
performance-average = Moyenne (sur 5)
performance-useful-heading = Cette page vous a-t-elle été utile ?
performance-useful-summary = { $count ->
    [one] { $percent } d’une réponse a dit oui.
   *[other] { $percent } de { $n } réponses ont dit oui.
}
performance-useful-none = Personne n’a encore répondu.
performance-answer = Réponse
performance-answers = Réponses
performance-percent = { $percent } %
performance-comments-heading = Réponses aux commentaires
performance-comments-summary = { $count ->
    [one] Un commentaire publié ; { $percent } de ceux échus ou répondus ont reçu une réponse dans le délai.
   *[other] { $n } commentaires publiés ; { $percent } de ceux échus ou répondus ont reçu une réponse dans le délai.
}
performance-comments-none = Aucun commentaire n’a encore été publié.
performance-comments-explained = Chaque commentaire publié a une date limite à laquelle l’organisme doit répondre.
performance-comments-chart = Commentaires publiés selon la réponse
performance-comments-state = Réponse
performance-comments-count = Commentaires
performance-comments-on-time = Répondus dans le délai
performance-comments-late = Répondus en retard
performance-comments-overdue = Sans réponse, délai dépassé
performance-comments-awaiting = Sans réponse pour l’instant, dans le délai
performance-online-heading = Services en ligne
performance-online-summary = { $count ->
    [one] { $percent } d’un service peut se faire entièrement en ligne.
   *[other] { $percent } de { $n } services peuvent se faire entièrement en ligne.
}
performance-online-none = Aucun service n’est encore publié.
performance-online-chart = Services selon la façon de les faire
performance-online-kind = Se fait
performance-online-yes = Entièrement en ligne
performance-online-no = Pas entièrement en ligne
performance-services = Services
