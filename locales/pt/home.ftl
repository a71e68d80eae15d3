## Página inicial.

home-title = Encontre um serviço público
home-intro = Busque entre os serviços do governo federal, estadual e municipal: para que serve cada um, quem pode usar, quanto custa e onde e como obter.
home-total-services = { $count ->
    [one] Um serviço no catálogo
   *[other] { $n } serviços no catálogo
}
home-services-count = { $count ->
    [one] um serviço
   *[other] { $n } serviços
}
home-life-events-heading = Navegar por situação de vida
home-levels-heading = Navegar por nível de governo
