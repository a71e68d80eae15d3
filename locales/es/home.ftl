## Página de inicio.

home-title = Encuentre un servicio público
home-intro = Busque entre los servicios del gobierno nacional, estatal y local: para qué sirve cada uno, quién puede usarlo, cuánto cuesta y dónde y cómo obtenerlo.
home-total-services = { $count ->
    [one] Un servicio en el catálogo
   *[other] { $n } servicios en el catálogo
}
home-services-count = { $count ->
    [one] un servicio
   *[other] { $n } servicios
}
home-life-events-heading = Buscar por situación de vida
home-levels-heading = Buscar por nivel de gobierno
