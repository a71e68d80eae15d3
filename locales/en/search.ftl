## Search results.

search-title = Search services
search-heading = Results for “{ $query }”
search-results-count = { $count ->
    [0] No services found
    [one] One service found
   *[other] { $n } services found
}
search-no-results = Try fewer or simpler words, check the spelling, or browse by life event from the home page.
search-truncated = Your search was very long, so only its first 500 characters were used.
search-filter-level = Level of government
search-apply = Apply
badge-online = Can be done online
search-unknown-filter = The filter “{ $filter }” had a value that does not exist, so it was ignored.
search-page-out-of-range = That page is past the end of the results: here is the last one.
search-did-you-mean = Did you mean:
search-home-place = Showing national services and those of { $place }.
search-change-place = Change place
search-choose-place = Choose your municipality to see its local services first
search-filters = Narrow the results
search-filter-any = Any
search-filter-topic = Life event or topic
search-filter-agency = Agency
search-filter-place = Place
search-filter-online = Can be done online
search-clear-filters = Clear filters
