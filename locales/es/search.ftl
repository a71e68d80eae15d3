## Resultados de búsqueda.

search-title = Buscar servicios
search-heading = Resultados para «{ $query }»
search-results-count = { $count ->
    [0] No se encontraron servicios
    [one] Se encontró un servicio
   *[other] Se encontraron { $n } servicios
}
search-no-results = Pruebe con menos palabras o más sencillas, revise la ortografía o explore por situación de vida desde la página de inicio.
search-truncated = Su búsqueda era muy larga: solo se usaron sus primeros 500 caracteres.
search-filter-level = Nivel de gobierno
search-filter-any-level = Cualquier nivel
search-apply = Aplicar
badge-online = Se puede hacer en línea
