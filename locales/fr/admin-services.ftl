## Outils du personnel : les pages éditoriales (accueil de l'organisme, le circuit d'un service, versions) et le journal d'audit.

admin-tool-services = Services et leur circuit de validation
admin-tool-services-about = Les services de votre organisme par statut, ceux qui attendent une relecture ou une vérification, et pour chacun son circuit, son rapport de qualité et ses versions.
admin-tool-audit = Journal d'audit
admin-tool-audit-about = Qui a fait quoi, et quand : filtrez-le et téléchargez-le en CSV.

admin-services-title = Services
admin-services-agency = Organisme
admin-services-all-agencies = Tous les organismes
admin-services-show = Afficher
admin-services-counts = Services par statut
admin-services-col-status = Statut
admin-services-col-count = Services
admin-services-col-service = Service
admin-services-col-verified = Dernière vérification
admin-services-waiting = En attente de relecture
admin-services-waiting-none = Aucun service n'attend de relecture.
admin-services-due = À vérifier
admin-services-due-count = { $count ->
    [0] Tous les services ont été vérifiés ces 12 derniers mois.
    [one] Un service n'a pas été vérifié ces 12 derniers mois.
   *[other] { $n } services n'ont pas été vérifiés ces 12 derniers mois.
}
admin-services-recent = Activité récente
admin-services-recent-more = Tout le journal d'audit
admin-services-all = Tous les services
admin-services-none = Cet organisme n'a encore aucun service.
admin-services-pages = Pages
admin-services-previous = Page précédente
admin-services-next = Page suivante
admin-services-page-of = Page { $page } sur { $pages }

admin-services-desk-title = Circuit du service
admin-services-version = Version
admin-services-pending = (modifications enregistrées pas encore publiées)
admin-services-versions-link = Versions et différences
admin-services-public-link = La page publique
admin-services-rejection = Pourquoi il a été renvoyé
admin-services-quality = Rapport de qualité
admin-services-blocking = À corriger avant de publier
admin-services-blocking-none = Rien n'empêche la publication.
admin-services-warnings = Avertissements
admin-services-warnings-none = Aucun avertissement.
admin-services-readability = Lisibilité par langue
admin-services-band-easy = Langage clair.
admin-services-band-medium = Assez difficile à lire.
admin-services-band-hard = Difficile à lire.
admin-services-actions = Ce que vous pouvez faire
admin-services-no-actions = Votre rôle ne permet aucune étape sur ce service dans son état actuel.
admin-services-submit = Envoyer en relecture
admin-services-publish = Publier
admin-services-verify = Confirmer que les informations sont toujours justes
admin-services-reason = Pourquoi il retourne aux rédacteurs (obligatoire)
admin-services-reject = Renvoyer aux rédacteurs
admin-services-replacement = Remplacé par (facultatif)
admin-services-replacement-hint = L'adresse ou le numéro d'un service publié qui prend sa place.
admin-services-archive = Archiver : n'est plus proposé

admin-services-done-submit = Envoyé en relecture.
admin-services-done-reject = Renvoyé aux rédacteurs avec votre motif.
admin-services-done-publish = Publié : le public le voit désormais.
admin-services-done-archive = Archivé : sa page indique maintenant qu'il n'est plus proposé.
admin-services-done-verify = Confirmé comme vérifié aujourd'hui.
admin-services-done-restore = Restauré comme nouvelle version.
admin-services-error-stale = Quelqu'un a enregistré une version plus récente après le chargement de cette page. Rien n'a été modifié : relisez la version la plus récente, puis réessayez.

admin-versions-title = Versions
admin-versions-number = Version { $number }
admin-versions-restore = Restaurer cette version comme nouveau brouillon
admin-versions-live = C'est celle que voit le public
admin-versions-col-number = Version
admin-versions-col-author = Enregistrée par
admin-versions-col-date = Date
admin-versions-col-note = Note
admin-versions-col-live = Publiée
admin-versions-col-restore = Restaurer
admin-versions-nothing = (rien)
admin-versions-differences = Différences de la version { $from } à la version { $to }
admin-versions-no-differences = Ces versions ont le même contenu.
admin-versions-col-field = Champ
admin-versions-col-before = Avant
admin-versions-col-after = Après
admin-versions-none = Aucune version n'a encore été enregistrée dans les outils du personnel : le service est tel qu'il a été importé.
admin-versions-from = De
admin-versions-to = À
admin-versions-compare = Comparer

admin-audit-title = Journal d'audit
admin-audit-actor = Numéro de compte du personnel
admin-audit-action = Action
admin-audit-any = Toute action
admin-audit-agency = Organisme
admin-audit-record = Numéro du service
admin-audit-range-hint = Dates au format AAAA-MM-JJ, les deux jours inclus. Sans dates : tous les jours.
admin-audit-col-when = Quand
admin-audit-col-detail = Détail
admin-audit-none = Aucun enregistrement ne correspond.
admin-audit-csv = Télécharger ces lignes (CSV)
admin-audit-results = Événements, les plus récents d'abord
admin-audit-page = Page { $page }
admin-audit-error-number = Les numéros de compte et de service sont des nombres entiers, comme 42.
admin-audit-error-date = Écrivez les dates au format AAAA-MM-JJ, par exemple 2026-03-31.
admin-audit-error-reversed = La date de début est après la date de fin.
admin-audit-error-action = Choisissez une des actions de la liste.
