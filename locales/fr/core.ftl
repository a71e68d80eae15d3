## Commun à toutes les pages : le site, la navigation, les formats, les langues, les erreurs.

site-name = Guichet unique des services publics
site-description = Trouvez les services publics de l’État, des régions et des communes, ce qu’ils demandent et comment les obtenir.
skip-to-content = Aller au contenu
nav-home = Accueil
breadcrumb-label = Vous êtes ici
language-switcher-label = Langue
label-separator = { "\u00A0:" }
moved-link = Ce service a une nouvelle adresse. S’y rendre.

search-label = Rechercher un service
search-button = Rechercher

footer-data-source = Les informations sur les services proviennent du { $link } (licence MIT) et sont affichées telles que publiées : vérifiez-les auprès de l’organisme avant de vous déplacer.
footer-data-source-link = catalogue des services fédéraux du Brésil (gov.br)
footer-no-tracking = Ce site n’utilise aucun cookie de suivi et ne charge rien depuis d’autres sites.

## Nombres et dates. Le séparateur de groupes se place entre les milliers.
number-group-separator = { "\u202F" }
number-decimal-separator = ,
money-amount = { $amount } { $symbol }
date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche

## Noms des langues, dans cette langue.
language-name-es = espagnol
language-name-pt = portugais
language-name-en = anglais
language-name-fr = français
fallback-notice = Une partie de cette page n’est pas encore disponible en { $requested }. Elle est affichée en { $shown }, la langue dans laquelle elle a été publiée.

## Niveaux d’administration.
level-national = Administration nationale
level-state = Administration régionale
level-municipal = Administration locale

pagination-label = Pages
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-status = Page { $page } sur { $last }

## Pages d’erreur.
error-back-home = Aller à la page d’accueil
error-400-title = Nous n’avons pas compris cette demande
error-400-body = L’adresse ou la recherche est mal formée ou trop longue. Vérifiez-la et réessayez.
error-404-title = Page introuvable
error-404-body = La page que vous cherchez n’existe pas ou a changé d’adresse. Essayez plutôt de rechercher le service.
error-500-title = Un problème est survenu de notre côté
error-500-body = La page n’a pas pu être affichée. Veuillez réessayer dans quelques minutes.
error-503-title = Le catalogue est momentanément indisponible
error-503-body = Nous ne parvenons pas à joindre le catalogue des services pour le moment. Veuillez réessayer dans quelques minutes.
search-suggestions = Suggestions
search-suggestions-available = Des suggestions sont disponibles : utilisez les flèches haut et bas pour choisir.
search-suggestions-none = Aucune suggestion.
