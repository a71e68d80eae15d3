## Ferramentas da equipe (/admin): início, simulador de SMS, estatísticas de SMS.

admin-nav = Ferramentas da equipe
admin-title = Ferramentas da equipe
admin-intro = As ferramentas que o seu perfil permite. Cada ação é verificada de novo no servidor.
admin-tool-simulator = Simulador de SMS
admin-tool-simulator-about = Escreva como um telefone e veja a resposta exatamente como seria enviada, parte por parte. Nada é enviado nem contado.
admin-tool-stats = Estatísticas de SMS
admin-tool-stats-about = Mensagens recebidas e enviadas, descadastros e o que as pessoas procuram por SMS, por dia.
admin-tool-comments = Comentários
admin-tool-comments-about = Modere os comentários dos cidadãos e responda em nome do seu órgão.
admin-tool-performance = Indicadores públicos de desempenho
admin-tool-performance-about = Satisfação, respostas a comentários e serviços on-line, como o público os vê.

admin-simulator-title = Simulador de SMS
admin-simulator-intro = Escreva uma mensagem como um cidadão a enviaria. A resposta vem da conversa SMS real (busca, detalhes, MAIS, AJUDA, LOCAL, idioma), mas nada é enviado, nenhuma avaliação é salva e nada conta nas estatísticas nem nos limites.
admin-simulator-gateway-label = Gateway
admin-simulator-no-gateway = Nenhum gateway de SMS está configurado; vale a política embutida:
admin-simulator-policy = { $encoding }, no máximo { $parts ->
    [one] uma parte
   *[other] { $parts } partes
}, idioma padrão: { $language }
admin-simulator-encoding-transliterate = GSM-7 (acentos transliterados)
admin-simulator-encoding-ucs2 = UCS-2 quando necessário (nada é alterado)
admin-simulator-language-none = nenhum
admin-simulator-text-label = Mensagem
admin-simulator-text-hint = Até 1.600 caracteres. Experimente uma busca e depois “1” ou “MAIS”.
admin-simulator-send = Enviar como telefone
admin-simulator-reset = Recomeçar
admin-simulator-reply-heading = Resposta
admin-simulator-you-sent = Você enviou:
admin-simulator-silent = Sem resposta: este telefone se descadastrou (envie VOLTAR para voltar).
admin-simulator-summary = { $count ->
    [one] Uma parte em { $coding }, em { $language }.
   *[other] { $count } partes em { $coding }, em { $language }.
}
admin-simulator-part = Parte { $number } ({ $coding })
admin-simulator-units-gsm7 = { $used } de { $size } caracteres (septetos)
admin-simulator-units-ucs2 = { $used } de { $size } caracteres (unidades UTF-16)
admin-simulator-gsm7 = GSM-7
admin-simulator-ucs2 = UCS-2
admin-simulator-truncated = A resposta era longa demais para as partes do gateway: foi cortada e a nota de continuação, acrescentada.
admin-simulator-transcript-heading = Conversa até agora
admin-simulator-transcript-empty = Nada enviado ainda.
admin-simulator-phone = Telefone:
admin-simulator-channel = Resposta:
admin-simulator-parts = { $count ->
    [one] uma parte
   *[other] { $n } partes
}
admin-simulator-error-empty = Escreva uma mensagem primeiro.
admin-simulator-error-too-long = A mensagem é longa demais: use no máximo 1.600 caracteres.
admin-simulator-error-gateway = Escolha um dos gateways da lista.
admin-simulator-error-unavailable = A conversa não pôde responder agora. Tente de novo em alguns minutos.

admin-stats-title = Estatísticas de SMS
admin-stats-from = De
admin-stats-to = Até
admin-stats-range-hint = Datas como AAAA-MM-DD. Sem datas: os últimos 30 dias. No máximo 366 dias.
admin-stats-show = Mostrar
admin-stats-csv = Baixar os números diários (CSV)
admin-stats-day = Dia
admin-stats-messages-title = Mensagens por dia
admin-stats-in = Recebidas
admin-stats-out = Enviadas
admin-stats-opt-outs-title = Descadastros e recadastros por dia
admin-stats-opt-outs = Descadastros (STOP)
admin-stats-opt-ins = Recadastros (START)
admin-stats-top-title = Buscas mais frequentes
admin-stats-top-empty = Nenhuma busca neste período.
admin-stats-zero-title = Buscas sem resultado
admin-stats-zero-empty = Todas as buscas deste período encontraram algo.
admin-stats-query = Busca
admin-stats-language = Idioma
admin-stats-searches = Vezes buscada
admin-stats-misses = Vezes sem resultado
admin-stats-error-date = Escreva as datas como AAAA-MM-DD, por exemplo 2026-03-31.
admin-stats-error-reversed = A data de início é posterior à data de fim.
admin-stats-error-too-long = Escolha um período de no máximo 366 dias.

chart-empty = Sem dados neste período
chart-no-value = –
chart-table-caption = Dados do gráfico:
