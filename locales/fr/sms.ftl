## Le canal SMS : réponses aux SMS des citoyens. Soyez bref : 160 caractères simples tiennent
## dans un message (70 dès qu'une lettre sort de l'alphabet GSM). Les mots en majuscules sont les
## commandes que les gens tapent (server/src/sms/commands.rs).

sms-results-item = { $number }) { $name } #{ $code }
sms-results-more = Envoyez 1-{ $last } ou le code pour le détail. PLUS : la suite.
sms-results-end = Envoyez 1-{ $last } ou le code pour le détail.
sms-no-results = Aucun service trouvé pour "{ $query }". Essayez d'autres mots.
sms-did-you-mean = Aucun service trouvé pour "{ $query }". Vouliez-vous dire "{ $suggestion }" ? Envoyez-le pour chercher.
sms-more-none = Plus aucun résultat. Envoyez une autre recherche.
sms-no-list = Envoyez d'abord ce que vous cherchez, par exemple : passeport
sms-pick-out-of-range = Choisissez un numéro de la liste (1-{ $last }) ou envoyez une autre recherche.
sms-code-unknown = Aucun service n'a le code { $code }. Vérifiez le numéro.

## L'essentiel d'un service, en 3 messages au plus.
sms-details-cost = Coût : { $cost }
sms-details-documents = Pièces : { $documents }
sms-details-more-documents = (+{ $count })
sms-details-online = En ligne : { $url }
sms-details-office = Guichet : { $office }
sms-details-phone = Tél : { $phone }
sms-details-rate = Notez : NOTER { $code } 1-5
sms-hours = { $days } { $opens }-{ $closes }
sms-weekday-1 = lun
sms-weekday-2 = mar
sms-weekday-3 = mer
sms-weekday-4 = jeu
sms-weekday-5 = ven
sms-weekday-6 = sam
sms-weekday-7 = dim

sms-rate-saved = Merci : votre note de { $stars ->
    [one] 1 étoile
   *[other] { $stars } étoiles
} pour le service { $code } est enregistrée.
sms-rate-usage = Pour noter, envoyez NOTER, le code du service et une note de 1 à 5. Exemple : NOTER 042 5

sms-help = Envoyez ce que vous cherchez (ex : passeport) pour recevoir 3 services. Répondez 1-3 ou un code pour les détails, PLUS pour la suite, NOTER code 1-5, LOCAL votre commune, LANGUE es/pt/en. ARRET pour arrêter.
sms-stop = C'est fait : vous ne recevrez plus de messages. Pour revenir, envoyez START.
sms-start = Bon retour. Envoyez ce que vous cherchez, ou AIDE.
sms-language-set = C'est fait : nous répondrons en français.
sms-language-unknown = Langues : es (espagnol), pt (portugais), en (anglais), fr (français). Exemple : LANGUE fr

sms-local-usage = Envoyez LOCAL et le nom de votre commune. Exemple : LOCAL Cayenne
sms-local-none = Aucune commune nommée "{ $name }". Vérifiez l'orthographe.
sms-local-set = C'est fait : votre commune est { $place }. Ses services viendront en premier.
sms-local-choose = Plusieurs communes correspondent. Répondez avec le numéro :
sms-local-item = { $number }) { $place }
sms-local-item-parent = { $number }) { $place }, { $parent }
sms-local-too-many = Il y en a d'autres : envoyez le nom complet.

sms-unavailable = Le service est indisponible pour le moment. Réessayez plus tard.
sms-rate-limited = Trop de messages : attendez une minute avant d'en envoyer d'autres.
sms-truncated = ...(coupé)

## Réponses aux passerelles SMS elles-mêmes (HTTP), pas aux citoyens.
sms-http-unknown-gateway = Passerelle SMS inconnue.
sms-http-forbidden = Requête refusée : le jeton ou la signature manque ou n'est pas valide.
sms-http-missing = Champs obligatoires manquants : { $fields }.
sms-http-too-long = Le message dépasse { $max } caractères.
sms-http-unknown-message = Message inconnu : aucun SMS avec cette référence n'a été envoyé par cette passerelle.
sms-http-bad-status = Le statut de remise manque ou n'est pas reconnu.
sms-http-busy = La réponse n'a pas pu être mise en file d'attente. Renvoyez le message plus tard.
