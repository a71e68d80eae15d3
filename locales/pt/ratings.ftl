## Avaliações dos serviços e “Esta página foi útil?”, na página do serviço e nos resultados
## da busca. As mensagens de resultado (“-done-”, “-error-”) aparecem depois de enviar um
## formulário.

rating-heading = Avaliações
rating-none = Ninguém avaliou este serviço ainda.
rating-summary = { $count ->
    [one] Média de { $average } de 5, com uma avaliação.
   *[other] Média de { $average } de 5, com { $n } avaliações.
}
rating-channels = Na web: { $web } · Por SMS: { $sms }
rating-distribution-caption = Como as pessoas avaliaram este serviço
rating-distribution-stars = Avaliação
rating-distribution-count = Número de avaliações
rating-distribution-share = Porcentagem do total
rating-stars = { $count ->
    [one] { $n } estrela
   *[other] { $n } estrelas
}
rating-percent = { $percent }%
rating-brief = { $count ->
    [one] { $average } de 5 (uma avaliação)
   *[other] { $average } de 5 ({ $n } avaliações)
}
rating-form-legend = Sua avaliação
rating-form-legend-change = Mudar sua avaliação
rating-star-1 = 1 estrela: muito ruim
rating-star-2 = 2 estrelas: ruim
rating-star-3 = 3 estrelas: razoável
rating-star-4 = 4 estrelas: bom
rating-star-5 = 5 estrelas: muito bom
rating-dimension-label = O que sua avaliação reflete principalmente? (opcional)
rating-dimension-none = O serviço como um todo
rating-dimension-clarity = Clareza das informações
rating-dimension-ease = Facilidade de uso
rating-dimension-channels = Formas de acessar o serviço
rating-dimension-cost = Custo ou esforço
rating-dimension-time = Tempo que levou
rating-dimension-result = O resultado obtido
rating-submit = Salvar minha avaliação
rating-submit-change = Mudar minha avaliação
rating-yours = Você avaliou este serviço com { $stars }.
rating-yours-about = Você avaliou este serviço com { $stars }, principalmente por: { $dimension }.
rating-sign-in = { $link } para avaliar este serviço. As outras pessoas veem só a média, nunca quem avaliou.
rating-sign-in-link = Entre
rating-staff = Contas de servidores não podem avaliar serviços.
rating-archived = Este serviço não é mais oferecido, então não pode mais ser avaliado.
rating-done-saved = Obrigado: sua avaliação foi salva.
rating-done-changed = Sua avaliação foi alterada.
rating-error-signed-out = Entre para avaliar um serviço. Sua avaliação não foi salva.
rating-error-stars = Escolha de 1 a 5 estrelas. Sua avaliação não foi salva.
rating-error-dimension = Escolha um dos aspectos da lista, ou o serviço como um todo. Sua avaliação não foi salva.
rating-error-archived = Este serviço não é mais oferecido, então não pode mais ser avaliado.
rating-error-staff = Contas de servidores não podem avaliar serviços: entre com uma conta de cidadão.
rating-error-unavailable = Não foi possível salvar sua avaliação agora. Tente de novo em alguns minutos.
rating-error-no-service = O formulário não informou qual serviço avaliar. Volte à página do serviço e tente de novo.
rating-error-unknown-service = Esse serviço não existe. Talvez tenha sido removido.

useful-heading = Esta página foi útil?
useful-yes = Sim
useful-no = Não
useful-details-legend = O que deu errado? (opcional)
useful-reason-incorrect = A informação está errada ou desatualizada
useful-reason-incomplete = Falta informação
useful-reason-unclear = É difícil de entender
useful-reason-not_needed = Não é o que eu procurava
useful-reason-other = Outra coisa
useful-comment-label = Conte mais (opcional)
useful-comment-hint = Até { $max } caracteres. Não escreva dados pessoais como seu nome, telefone ou números de documentos: não podemos responder.
useful-send = Enviar
useful-done-yes = Obrigado pela sua opinião.
useful-done-no = Obrigado pela sua opinião. Se puder, conte o que deu errado: isso ajuda o órgão a melhorar esta página.
useful-done-details = Obrigado: seus comentários vão ajudar a melhorar esta página.
useful-error-answer = Escolha “Sim” ou “Não”.
useful-error-reason = Escolha um dos motivos da lista, ou nenhum.
useful-error-too-long = Seu comentário é longo demais: use no máximo 500 caracteres.
useful-error-expired = Esta resposta não pode mais ser completada. Obrigado pela sua opinião.
useful-error-unavailable = Não foi possível salvar sua resposta agora. Tente de novo em alguns minutos.
useful-error-rate-limited = Chegaram respostas demais da sua conexão em pouco tempo. Aguarde alguns minutos e tente de novo.
useful-error-no-service = O formulário não informou de qual página se trata. Volte à página do serviço e tente de novo.
useful-error-unknown-service = Essa página de serviço não existe. Talvez tenha sido removida.
