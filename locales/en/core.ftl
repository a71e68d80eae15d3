## Shared by every page: the site itself, navigation, formats, languages, errors.

site-name = One-stop shop for public services
site-description = Find public services of national, state and local government, what they ask for and how to get them.
skip-to-content = Skip to content
nav-home = Home
breadcrumb-label = You are here
language-switcher-label = Language
label-separator = :
moved-link = This service has a new address. Go to it.

search-label = Search for a service
search-button = Search

footer-data-source = Service information comes from the { $link } (MIT licence) and is shown as published: check with the agency before you go.
footer-data-source-link = Brazilian federal service catalogue (gov.br)
footer-no-tracking = This site sets no tracking cookies and loads nothing from other sites.

## Numbers and dates. The group separator goes between thousands.
number-group-separator = ,
number-decimal-separator = .
money-amount = { $symbol } { $amount }
date-long = { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## Names of the languages, in this language.
language-name-es = Spanish
language-name-pt = Portuguese
language-name-en = English
language-name-fr = French
fallback-notice = Part of this page is not yet available in { $requested }. It is shown in { $shown }, the language it was published in.

## Levels of government.
level-national = National government
level-state = State government
level-municipal = Local government

pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-status = Page { $page } of { $last }

## Error pages.
error-back-home = Go to the home page
error-400-title = We could not understand that request
error-400-body = The address or the search is malformed or too long. Check it and try again.
error-404-title = Page not found
error-404-body = The page you are looking for does not exist or has moved. Try searching for the service instead.
error-500-title = Something went wrong on our side
error-500-body = The page could not be shown. Please try again in a few minutes.
error-503-title = The catalogue is temporarily unavailable
error-503-body = We cannot reach the service catalogue right now. Please try again in a few minutes.
search-suggestions = Suggestions
search-suggestions-available = Suggestions available: use the up and down arrows to choose.
search-suggestions-none = No suggestions.
