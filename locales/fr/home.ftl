## Page d’accueil.

home-title = Trouver un service public
home-intro = Cherchez parmi les services de l’État, des régions et des communes : à quoi sert chacun, qui peut en bénéficier, combien il coûte, et où et comment l’obtenir.
home-total-services = { $count ->
    [one] Un service dans le catalogue
   *[other] { $n } services dans le catalogue
}
home-services-count = { $count ->
    [one] un service
   *[other] { $n } services
}
home-life-events-heading = Parcourir par situation de vie
home-levels-heading = Parcourir par niveau d’administration
