## Résultats de recherche.

search-title = Rechercher des services
search-heading = Résultats pour « { $query } »
search-results-count = { $count ->
    [0] Aucun service trouvé
    [one] Un service trouvé
   *[other] { $n } services trouvés
}
search-no-results = Essayez des mots moins nombreux ou plus simples, vérifiez l’orthographe, ou parcourez les situations de vie depuis la page d’accueil.
search-truncated = Votre recherche était très longue : seuls ses 500 premiers caractères ont été utilisés.
search-filter-level = Niveau d’administration
search-apply = Appliquer
badge-online = Faisable en ligne
search-unknown-filter = Le filtre « { $filter } » avait une valeur qui n’existe pas : il a été ignoré.
search-page-out-of-range = Cette page dépasse la fin des résultats : voici la dernière.
search-did-you-mean = Vouliez-vous dire :
search-home-place = Services nationaux et services de { $place }.
search-change-place = Changer de lieu
search-choose-place = Choisissez votre commune pour voir d’abord ses services locaux
search-filters = Affiner les résultats
search-filter-any = Tous
search-filter-topic = Situation de vie ou thème
search-filter-agency = Organisme
search-filter-place = Lieu
search-filter-online = Faisable en ligne
search-clear-filters = Effacer les filtres
