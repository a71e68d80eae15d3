## Home page.

home-title = Find a public service
home-intro = Search the services of national, state and local government: what each one is for, who can use it, what it costs, and where and how to get it.
home-total-services = { $count ->
    [one] One service in the catalogue
   *[other] { $n } services in the catalogue
}
home-services-count = { $count ->
    [one] one service
   *[other] { $n } services
}
home-life-events-heading = Browse by life event
home-levels-heading = Browse by level of government
