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
search-filter-any-level = Tous les niveaux
search-apply = Appliquer
badge-online = Faisable en ligne
