## Choosing one's municipality.

place-title = Choose your municipality
place-intro = Search results will show national services, those of your state and those of your municipality, with local ones first. Your choice is kept in a cookie on this device only.
place-current = Your municipality: { $place }
place-forget = Forget my municipality
place-search-label = Name of your municipality
place-search-button = Find
place-choose = Choose { $place }
place-no-results = No municipality has that name. Check the spelling or type the first letters only.
place-unknown = That municipality does not exist. Go back and choose one from the list.
error-403-title = This request was refused
error-403-body = For your safety, forms can only be sent from this site's own pages. Go back and try again.
error-413-body = This request is too large (more than 64 KiB). Shorten what you wrote and try again.
api-bad-language = The language must be one of es, pt, en or fr.
