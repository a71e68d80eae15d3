## Notes des services et « Cette page vous a-t-elle été utile ? », sur la page du service et
## dans les résultats de recherche. Les messages de résultat (« -done- », « -error- »)
## s’affichent après l’envoi d’un formulaire.

rating-heading = Notes
rating-none = Personne n’a encore noté ce service.
rating-summary = { $count ->
    [one] Moyenne de { $average } sur 5, sur une note.
   *[other] Moyenne de { $average } sur 5, sur { $n } notes.
}
rating-channels = Sur le web : { $web } · Par SMS : { $sms }
rating-distribution-caption = Comment les personnes ont noté ce service
rating-distribution-stars = Note
rating-distribution-count = Nombre de notes
rating-distribution-share = Part du total
rating-stars = { $count ->
    [one] { $n } étoile
   *[other] { $n } étoiles
}
rating-percent = { $percent } %
rating-brief = { $count ->
    [one] { $average } sur 5 (une note)
   *[other] { $average } sur 5 ({ $n } notes)
}
rating-form-legend = Votre note
rating-form-legend-change = Modifier votre note
rating-star-1 = 1 étoile : très mauvais
rating-star-2 = 2 étoiles : mauvais
rating-star-3 = 3 étoiles : correct
rating-star-4 = 4 étoiles : bon
rating-star-5 = 5 étoiles : très bon
rating-dimension-label = Que reflète surtout votre note ? (facultatif)
rating-dimension-none = Le service dans son ensemble
rating-dimension-clarity = La clarté des informations
rating-dimension-ease = La facilité d’utilisation
rating-dimension-channels = Les moyens d’accéder au service
rating-dimension-cost = Le coût ou l’effort
rating-dimension-time = Le temps nécessaire
rating-dimension-result = Le résultat obtenu
rating-submit = Enregistrer ma note
rating-submit-change = Modifier ma note
rating-yours = Vous avez donné { $stars } à ce service.
rating-yours-about = Vous avez donné { $stars } à ce service, surtout pour : { $dimension }.
rating-sign-in = { $link } pour noter ce service. Les autres ne voient que la moyenne, jamais qui a noté.
rating-sign-in-link = Connectez-vous
rating-staff = Les comptes des agents ne peuvent pas noter les services.
rating-archived = Ce service n’est plus proposé : il ne peut plus être noté.
rating-done-saved = Merci : votre note a été enregistrée.
rating-done-changed = Votre note a été modifiée.
rating-error-signed-out = Connectez-vous pour noter un service. Votre note n’a pas été enregistrée.
rating-error-stars = Choisissez de 1 à 5 étoiles. Votre note n’a pas été enregistrée.
rating-error-dimension = Choisissez un des aspects de la liste, ou le service dans son ensemble. Votre note n’a pas été enregistrée.
rating-error-archived = Ce service n’est plus proposé : il ne peut plus être noté.
rating-error-staff = Les comptes des agents ne peuvent pas noter les services : connectez-vous avec un compte de citoyen.
rating-error-unavailable = Votre note n’a pas pu être enregistrée pour le moment. Réessayez dans quelques minutes.
rating-error-no-service = Le formulaire n’indiquait pas quel service noter. Revenez à la page du service et réessayez.
rating-error-unknown-service = Ce service n’existe pas. Il a peut-être été supprimé.

useful-heading = Cette page vous a-t-elle été utile ?
useful-yes = Oui
useful-no = Non
useful-details-legend = Qu’est-ce qui n’allait pas ? (facultatif)
useful-reason-incorrect = L’information est fausse ou périmée
useful-reason-incomplete = Il manque des informations
useful-reason-unclear = C’est difficile à comprendre
useful-reason-not_needed = Ce n’est pas ce que je cherchais
useful-reason-other = Autre chose
useful-comment-label = Dites-nous en plus (facultatif)
useful-comment-hint = Jusqu’à { $max } caractères. N’écrivez pas de données personnelles comme votre nom, votre téléphone ou des numéros de documents : nous ne pouvons pas vous répondre.
useful-send = Envoyer
useful-done-yes = Merci pour votre avis.
useful-done-no = Merci pour votre avis. Si vous le pouvez, dites-nous ce qui n’allait pas : cela aide l’administration à améliorer cette page.
useful-done-details = Merci : vos commentaires aideront à améliorer cette page.
useful-error-answer = Choisissez « Oui » ou « Non ».
useful-error-reason = Choisissez un des motifs de la liste, ou aucun.
useful-error-too-long = Votre commentaire est trop long : 500 caractères au maximum.
useful-error-expired = Cette réponse ne peut plus être complétée. Merci pour votre avis.
useful-error-unavailable = Votre réponse n’a pas pu être enregistrée pour le moment. Réessayez dans quelques minutes.
useful-error-rate-limited = Trop de réponses sont venues de votre connexion en peu de temps. Attendez quelques minutes et réessayez.
useful-error-no-service = Le formulaire n’indiquait pas de quelle page il s’agit. Revenez à la page du service et réessayez.
useful-error-unknown-service = Cette page de service n’existe pas. Elle a peut-être été supprimée.
