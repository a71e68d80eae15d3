## Resultados da busca.

search-title = Buscar serviços
search-heading = Resultados para “{ $query }”
search-results-count = { $count ->
    [0] Nenhum serviço encontrado
    [one] Um serviço encontrado
   *[other] { $n } serviços encontrados
}
search-no-results = Tente menos palavras ou palavras mais simples, confira a ortografia ou navegue por situação de vida a partir da página inicial.
search-truncated = Sua busca era muito longa: só os primeiros 500 caracteres foram usados.
search-filter-level = Nível de governo
search-filter-any-level = Qualquer nível
search-apply = Aplicar
badge-online = Pode ser feito pela internet
