## Páginas públicas de desempenho: todo o catálogo e cada órgão.

footer-performance = Como estamos indo: satisfação e respostas
agency-performance-link = Como este órgão está indo: satisfação e respostas
performance-title = Como estamos indo
performance-agency-title = Como { $agency } está indo
performance-intro = Números das avaliações dos cidadãos, das respostas a “Esta página foi útil?” e dos comentários publicados. Só contagens: nada sobre nenhuma pessoa.
performance-csv = Baixar estes números (CSV)
performance-satisfaction-heading = Satisfação
performance-satisfaction-summary = { $count ->
    [one] Média { $average } de 5, com uma avaliação.
   *[other] Média { $average } de 5, com { $n } avaliações.
}
performance-no-ratings = Ninguém avaliou estes serviços ainda.
performance-distribution-title = Avaliações por número de estrelas
performance-stars-heading = Avaliação
performance-stars = { $count ->
    [one] { $n } estrela
   *[other] { $n } estrelas
}
performance-ratings = Avaliações
performance-trend-title = Avaliação média por mês
performance-monthly-title = Avaliações por mês
performance-month = Mês
performance-average = Média (de 5)
performance-useful-heading = Esta página foi útil?
performance-useful-summary = { $count ->
    [one] { $percent } de uma resposta disse sim.
   *[other] { $percent } de { $n } respostas disseram sim.
}
performance-useful-none = Ninguém respondeu ainda.
performance-answer = Resposta
performance-answers = Respostas
performance-percent = { $percent }%
performance-comments-heading = Respostas aos comentários
performance-comments-summary = { $count ->
    [one] Um comentário publicado; { $percent } dos vencidos ou respondidos foram respondidos no prazo.
   *[other] { $n } comentários publicados; { $percent } dos vencidos ou respondidos foram respondidos no prazo.
}
performance-comments-none = Nenhum comentário foi publicado ainda.
performance-comments-explained = Cada comentário publicado tem uma data-limite para a resposta do órgão.
performance-comments-chart = Comentários publicados por resposta
performance-comments-state = Resposta
performance-comments-count = Comentários
performance-comments-on-time = Respondidos no prazo
performance-comments-late = Respondidos com atraso
performance-comments-overdue = Sem resposta, prazo vencido
performance-comments-awaiting = Sem resposta ainda, dentro do prazo
performance-online-heading = Serviços on-line
performance-online-summary = { $count ->
    [one] { $percent } de um serviço pode ser feito totalmente on-line.
   *[other] { $percent } de { $n } serviços podem ser feitos totalmente on-line.
}
performance-online-none = Nenhum serviço publicado ainda.
performance-online-chart = Serviços por forma de conclusão
performance-online-kind = Pode ser feito
performance-online-yes = Totalmente on-line
performance-online-no = Não totalmente on-line
performance-services = Serviços
