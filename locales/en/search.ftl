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
search-filter-any-level = Any level
search-apply = Apply
badge-online = Can be done online
