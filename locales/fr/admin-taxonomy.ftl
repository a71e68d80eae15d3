## Événements de vie et thèmes dans les outils du personnel (/admin/taxonomy) : administrateurs de la plateforme seulement.

admin-tool-taxonomy = Événements de vie et thèmes
admin-tool-taxonomy-about = Les événements de vie et les thèmes sous lesquels les services sont classés, avec leur nom dans chaque langue.

admin-taxonomy-title = Événements de vie et thèmes
admin-taxonomy-intro = Les événements de vie ont leur propre page et figurent sur la page d'accueil ; les citoyens filtrent les résultats de recherche par événements de vie et par thèmes. Seul un administrateur de la plateforme les modifie.
admin-taxonomy-new = Ajouter un événement de vie ou un thème
admin-taxonomy-life-events = Événements de vie
admin-taxonomy-topics = Thèmes
admin-taxonomy-none = Il n'y en a pas encore.
admin-taxonomy-col-label = Nom
admin-taxonomy-col-missing = Nom manquant en
admin-taxonomy-col-services = Services
admin-taxonomy-complete = Présent dans toutes les langues

admin-taxonomy-new-title = Nouvel événement de vie ou thème
admin-taxonomy-edit-title = Modifier un événement de vie ou un thème
admin-taxonomy-kind = Type
admin-taxonomy-kind-life-event = Événement de vie
admin-taxonomy-kind-topic = Thème
admin-taxonomy-kind-hint = Un événement de vie, comme avoir un bébé, a sa propre page et figure sur la page d'accueil ; un thème ne sert qu'à filtrer les résultats de recherche.
admin-taxonomy-slug = Adresse web
admin-taxonomy-slug-hint = Lettres minuscules de a à z, chiffres et tirets simples, comme avoir-un-bebe. Aucun autre événement de vie ou thème ne doit l'utiliser ; la changer change l'adresse de la page de l'événement de vie.
admin-taxonomy-position = Ordre
admin-taxonomy-position-hint = Un nombre entier de 0 à 9999 : la page d'accueil présente les événements de vie du plus petit au plus grand. Laissé vide, il vaut 0.
admin-taxonomy-labels = Nom dans chaque langue
admin-taxonomy-labels-hint = Indiquez le nom dans au moins une langue. Là où une langue n'en a pas, le nom s'affiche dans une autre langue.
admin-taxonomy-label-es = Nom en espagnol
admin-taxonomy-label-pt = Nom en portugais
admin-taxonomy-label-en = Nom en anglais
admin-taxonomy-label-fr = Nom en français
admin-taxonomy-descriptions = Description dans chaque langue
admin-taxonomy-descriptions-hint = Facultatif : une ou deux phrases affichées sous le nom sur la page de l'événement de vie. Les thèmes ne l'affichent pas.
admin-taxonomy-description-es = Description en espagnol
admin-taxonomy-description-pt = Description en portugais
admin-taxonomy-description-en = Description en anglais
admin-taxonomy-description-fr = Description en français
admin-taxonomy-save = Enregistrer
admin-taxonomy-problems = Vérifiez ces champs

admin-taxonomy-delete-heading = Supprimer
admin-taxonomy-delete-hint = Aucun service n'y est classé : il peut donc être supprimé avec ses noms et descriptions. C'est définitif.
admin-taxonomy-delete = Le supprimer
admin-taxonomy-delete-in-use = { $count ->
    [one] Un service y est classé : il ne peut donc pas être supprimé. Retirez-le d'abord de ce service.
   *[other] { $n } services y sont classés : il ne peut donc pas être supprimé. Retirez-le d'abord de ces services.
}

admin-taxonomy-done-created = Il a été ajouté.
admin-taxonomy-done-saved = Les modifications ont été enregistrées.
admin-taxonomy-done-deleted = Il a été supprimé.
admin-taxonomy-error-in-use = { $count ->
    [one] Non supprimé : un service y est classé.
   *[other] Non supprimé : { $n } services y sont classés.
}
admin-taxonomy-error-label-required = Indiquez le nom dans au moins une langue.
admin-taxonomy-error-position = Saisissez un nombre entier de 0 à 9999, ou laissez vide.
admin-taxonomy-error-slug-taken = Un autre événement de vie ou thème utilise déjà cette adresse.

# Les noms de ces modifications dans le journal d'audit.
editorial-audit-taxonomy-created = A ajouté un événement de vie ou un thème
editorial-audit-taxonomy-updated = A modifié un événement de vie ou un thème
editorial-audit-taxonomy-deleted = A supprimé un événement de vie ou un thème
