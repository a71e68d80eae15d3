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
search-apply = Aplicar
badge-online = Pode ser feito pela internet
search-unknown-filter = O filtro “{ $filter }” tinha um valor que não existe, por isso foi ignorado.
search-page-out-of-range = Essa página fica além do fim dos resultados: esta é a última.
search-did-you-mean = Você quis dizer:
search-home-place = Mostrando os serviços federais e os de { $place }.
search-change-place = Mudar o local
search-choose-place = Escolha seu município para ver primeiro os serviços locais
search-filters = Refinar os resultados
search-filter-any = Qualquer um
search-filter-topic = Situação de vida ou tema
search-filter-agency = Órgão
search-filter-place = Local
search-filter-online = Pode ser feito pela internet
search-clear-filters = Limpar filtros
