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
search-apply = Aplicar
badge-online = Se puede hacer en línea
search-unknown-filter = El filtro «{ $filter }» tenía un valor que no existe, así que se ignoró.
search-page-out-of-range = Esa página está más allá del final de los resultados: esta es la última.
search-did-you-mean = ¿Quiso decir:
search-home-place = Se muestran los servicios nacionales y los de { $place }.
search-change-place = Cambiar lugar
search-choose-place = Elija su municipio para ver primero sus servicios locales
search-filters = Acotar los resultados
search-filter-any = Cualquiera
search-filter-topic = Situación de vida o tema
search-filter-agency = Organismo
search-filter-place = Lugar
search-filter-online = Se puede hacer en línea
search-clear-filters = Quitar filtros
