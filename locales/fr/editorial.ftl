## Travail éditorial sur les démarches dans les outils du personnel : circuit de validation, versions, contrôles de qualité, journal d'audit.

editorial-status-draft = Brouillon
editorial-status-in_review = En relecture
editorial-status-published = Publiée
editorial-status-archived = Archivée

editorial-error-not-found = Cette démarche n'existe pas, ou vous n'avez aucun rôle dans son organisme.
editorial-error-forbidden = Votre rôle dans cet organisme ne permet pas de faire cela.
editorial-error-conflict = Quelqu'un a enregistré cette démarche après que vous l'avez ouverte. Les deux versions sont affichées ci-dessous : reportez ce qu'il vous faut dans la plus récente, puis enregistrez à nouveau.
editorial-error-invalid = Certains champs sont à corriger. Rien n'a été enregistré.
editorial-error-blocked = Cette démarche ne peut pas encore être publiée : corrigez les problèmes indiqués.
editorial-error-wrong-status = Cette étape ne s'applique pas à l'état actuel de la démarche. Rechargez la page pour voir son état.
editorial-error-unavailable = La démarche n'a pas pu être enregistrée pour le moment. Rien n'a été modifié ; réessayez dans un instant.

editorial-field-required = Ce champ est obligatoire.
editorial-field-too-long = Ce texte est trop long.
editorial-field-unknown-locale = Cette langue ne fait pas partie des langues du catalogue.
editorial-field-unknown-value = Choisissez l'une des valeurs proposées.
editorial-field-invalid-url = Saisissez une adresse web complète commençant par https://.
editorial-field-invalid-email = Saisissez une adresse électronique comme nom@organisme.gouv.fr.
editorial-field-invalid-hours = Les horaires demandent un jour de la semaine et une heure HH:MM antérieure à une autre HH:MM.
editorial-field-invalid-reference = Cette partie renvoie à une étape ou à un cas qui n'existe pas.
editorial-field-invalid-amount = Saisissez le montant, zéro ou plus.
editorial-field-invalid-currency = Saisissez le code de devise à trois lettres, comme EUR ou XOF.
editorial-field-invalid-replacement = La démarche de remplacement doit être une autre démarche publiée.
editorial-field-invalid-slug = Utilisez uniquement des minuscules, des chiffres et des traits d'union.
editorial-field-slug-taken = Une autre démarche utilise déjà cette adresse.

editorial-quality-missing-name = La démarche a besoin d'un nom dans sa langue principale.
editorial-quality-missing-summary = La démarche a besoin d'un résumé dans sa langue principale.
editorial-quality-no-steps = La démarche a besoin d'au moins une étape.
editorial-quality-no-channels = La démarche a besoin d'au moins un canal pour la demander ou obtenir de l'aide.
editorial-quality-no-online-channel = Aucun canal en ligne : les usagers devront se déplacer.
editorial-quality-missing-translation = Manque en { $language } : qui la lit verra le texte dans une autre langue.
editorial-quality-readability = Lisibilité : { $score } (plus c'est haut, plus c'est facile ; visez 60 ou plus).
editorial-quality-hardest-sentences = Les phrases qui rendent la lecture la plus difficile :

editorial-verification-due = Non vérifiée depuis 12 mois ou plus. Contrôlez les informations et confirmez.
editorial-verification-never = Jamais vérifiée.

editorial-audit-actor-system = Système
editorial-audit-service-create = A créé la démarche
editorial-audit-service-save = A enregistré une version
editorial-audit-service-submit = L'a envoyée en relecture
editorial-audit-service-reject = L'a refusée
editorial-audit-service-publish = L'a publiée
editorial-audit-service-archive = L'a archivée
editorial-audit-service-restore = A restauré une ancienne version
editorial-audit-service-verify = A confirmé qu'elle est vérifiée
editorial-audit-authorization-denied = Refusé : non autorisé
editorial-audit-staff-sign_in = S'est connecté aux outils du personnel
editorial-audit-staff-role_granted = A accordé un rôle
editorial-audit-staff-role_revoked = A retiré un rôle
