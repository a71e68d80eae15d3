## Commentaires sur les services, réponses officielles des organismes et file de modération.
## Les messages de résultat (« -done- », « -error- ») s’affichent après l’envoi d’un formulaire.

comment-heading = Commentaires
comment-count = { $count ->
    [0] Aucun commentaire n’a encore été publié.
    [one] Un commentaire publié.
   *[other] { $n } commentaires publiés.
}
comment-unavailable = Les commentaires ne peuvent pas être affichés pour le moment.
comment-archived = Ce service n’est plus proposé : il ne peut plus être commenté.
comment-sign-in = { $link } pour commenter ce service. Les commentaires sont publiés sans votre nom.
comment-sign-in-link = Connectez-vous
comment-staff = Les comptes du personnel ne peuvent pas commenter : répondez aux commentaires depuis la page de modération.
comment-privacy = N’indiquez aucune donnée personnelle (numéro d’identité, téléphone, courriel ou adresse) : tout le monde peut lire les commentaires. Les courriels, numéros de téléphone et numéros d’identité sont masqués automatiquement.
comment-label = Votre commentaire
comment-hint = Jusqu’à { $max } caractères. Dites ce qui s’est bien ou mal passé avec ce service.
comment-trap-label = Laissez ce champ vide
comment-moderated = Une personne chargée de la modération lit chaque commentaire avant sa publication.
comment-submit = Envoyer mon commentaire
comment-published = Publié le { $date }
comment-answer-label = Réponse officielle
comment-answer-official = Réponse officielle
comment-answer-date = le { $date }
comment-report = Signaler ce commentaire
comment-report-legend = Quel est le problème de ce commentaire ?
comment-report-reason-spam = Spam ou publicité
comment-report-reason-personal_data = Il montre les données personnelles de quelqu’un
comment-report-reason-offensive = Injurieux ou abusif
comment-report-reason-other = Autre chose
comment-report-send = Envoyer le signalement
comment-newer = Commentaires plus récents
comment-older = Commentaires plus anciens
comment-pages-label = Pages de commentaires

comment-done-pending = Merci : votre commentaire a bien été reçu. Il sera publié après lecture par la modération.
comment-done-reported = Merci : la modération examinera ce commentaire.
comment-error-signed-out = Connectez-vous pour commenter. Votre commentaire n’a pas été envoyé.
comment-error-staff = Les comptes du personnel ne peuvent pas commenter : connectez-vous avec un compte citoyen.
comment-error-archived = Ce service n’est plus proposé : il ne peut plus être commenté.
comment-error-empty = Écrivez votre commentaire avant de l’envoyer.
comment-error-too-long = Votre commentaire dépasse 1 250 caractères. Raccourcissez-le et envoyez-le de nouveau.
comment-error-too-fast = C’était très rapide. Prenez le temps d’écrire votre commentaire, puis envoyez-le de nouveau.
comment-error-expired = Ce formulaire a expiré. Rechargez la page et envoyez votre commentaire de nouveau.
comment-error-unavailable = Votre commentaire n’a pas pu être envoyé pour le moment. Réessayez dans quelques minutes.
comment-error-rate-limited = Vous pouvez envoyer un commentaire par minute. Patientez un instant et réessayez.
comment-error-no-service = Le formulaire n’indiquait pas quel service commenter. Revenez à la page du service et réessayez.
comment-error-unknown-service = Ce service n’existe pas. Il a peut-être été retiré.
comment-error-no-comment = Ce commentaire n’existe pas. Il a peut-être été retiré.
comment-error-report-reason = Choisissez le problème du commentaire. Votre signalement n’a pas été envoyé.
comment-error-report-twice = Vous avez déjà signalé ce commentaire.
comment-error-report-signed-out = Connectez-vous pour signaler un commentaire. Votre signalement n’a pas été envoyé.

moderation-title = Modération des commentaires
moderation-intro = Les commentaires sur les services de vos organismes ne sont publiés qu’après approbation.
moderation-target = { $count ->
    [one] Les organismes répondent aux commentaires publiés en un jour ouvré.
   *[other] Les organismes répondent aux commentaires publiés en { $days } jours ouvrés.
}
moderation-written = écrit le { $date }
moderation-review-heading = En attente de décision
moderation-review-none = Aucun commentaire n’attend de décision.
moderation-reported = { $count ->
    [one] Publié, signalé une fois ({ $new } nouveaux).
   *[other] Publié, signalé { $count } fois ({ $new } nouveaux).
}
moderation-held-links = Retenu par les règles antispam : presque uniquement des liens.
moderation-held-repeated = Retenu par les règles antispam : le même texte a déjà été publié.
moderation-masked = { $count ->
    [one] Une donnée personnelle a été masquée.
   *[other] { $count } données personnelles ont été masquées.
}
moderation-approve = Approuver et publier
moderation-keep = Le laisser publié
moderation-reject = Refuser
moderation-take-down = Le retirer
moderation-reason-label = Motif du refus
moderation-note-label = Note pour les autres modérateurs (facultatif)
moderation-reason-spam = Spam ou publicité
moderation-reason-personal_data = Données personnelles
moderation-reason-offensive = Injurieux ou abusif
moderation-reason-off_topic = Hors sujet
moderation-reason-other = Autre
moderation-awaiting-heading = Publiés, en attente de réponse
moderation-awaiting-none = Tous les commentaires publiés ont reçu une réponse.
moderation-due = Réponse attendue avant le { $date }.
moderation-overdue = En retard : la réponse était attendue avant le { $date }.
moderation-answer-label = Réponse officielle de l’organisme
moderation-answer-send = Publier la réponse
moderation-answered-heading = Répondus récemment
moderation-answered-none = Aucun commentaire n’a encore reçu de réponse.
moderation-answered-on-time = { $count ->
    [0] Première réponse le jour de la publication (objectif : { $target } jours ouvrés).
    [one] Première réponse après un jour ouvré (objectif : { $target } jours ouvrés).
   *[other] Première réponse après { $count } jours ouvrés (objectif : { $target } jours ouvrés).
}
moderation-answered-late = Première réponse après { $count } jours ouvrés : plus tard que l’objectif de { $target }.

moderation-done-approved = Le commentaire est publié. Le délai de réponse de l’organisme court désormais.
moderation-done-rejected = Le commentaire a été refusé et n’est pas public.
moderation-done-kept = Le commentaire reste publié ; ses signalements sont marqués comme vus.
moderation-done-answered = La réponse est publiée sous le commentaire.
moderation-error-already = Quelqu’un a déjà décidé pour ce commentaire. Rien n’a été modifié.
moderation-error-not-published = Seuls les commentaires publiés peuvent recevoir une réponse ou être conservés. Rien n’a été modifié.
moderation-error-reason = Choisissez un motif de refus. Rien n’a été modifié.
moderation-error-note-too-long = La note dépasse 500 caractères. Rien n’a été modifié.
moderation-error-answer-empty = Écrivez la réponse avant de la publier.
moderation-error-answer-too-long = La réponse dépasse 2 000 caractères. Raccourcissez-la et publiez-la de nouveau.
moderation-error-unavailable = Cette action n’a pas pu être effectuée. Réessayez dans quelques minutes.
moderation-error-not-found = Ce commentaire n’existe pas.
