## Comentários sobre os serviços, respostas oficiais dos órgãos e fila de moderação.
## As mensagens de resultado ("-done-", "-error-") aparecem depois de enviar um formulário.

comment-heading = Comentários
comment-count = { $count ->
    [0] Nenhum comentário foi publicado ainda.
    [one] Um comentário publicado.
   *[other] { $n } comentários publicados.
}
comment-unavailable = Os comentários não podem ser exibidos agora.
comment-archived = Este serviço não é mais oferecido, por isso não pode mais ser comentado.
comment-sign-in = { $link } para comentar este serviço. Os comentários são publicados sem o seu nome.
comment-sign-in-link = Entre
comment-staff = Contas de servidores não podem comentar: responda aos comentários na página de moderação.
comment-privacy = Não inclua dados pessoais (seu CPF, telefone, e-mail ou endereço): qualquer pessoa pode ler os comentários. E-mails, telefones e números de documentos são ocultados automaticamente.
comment-label = Seu comentário
comment-hint = Até { $max } caracteres. Conte o que deu certo ou errado com este serviço.
comment-trap-label = Deixe este campo vazio
comment-moderated = Uma pessoa da moderação lê cada comentário antes de publicá-lo.
comment-submit = Enviar meu comentário
comment-published = Publicado em { $date }
comment-answer-label = Resposta oficial
comment-answer-official = Resposta oficial
comment-answer-date = em { $date }
comment-report = Denunciar este comentário
comment-report-legend = Qual é o problema deste comentário?
comment-report-reason-spam = Spam ou propaganda
comment-report-reason-personal_data = Mostra dados pessoais de alguém
comment-report-reason-offensive = Ofensivo ou abusivo
comment-report-reason-other = Outro motivo
comment-report-send = Enviar a denúncia
comment-newer = Comentários mais recentes
comment-older = Comentários anteriores
comment-pages-label = Páginas de comentários

comment-done-pending = Obrigado: recebemos o seu comentário. Ele será publicado depois que a moderação o ler.
comment-done-reported = Obrigado: a moderação vai analisar este comentário.
comment-error-signed-out = Entre para comentar. Seu comentário não foi enviado.
comment-error-staff = Contas de servidores não podem comentar: entre com uma conta de cidadão.
comment-error-archived = Este serviço não é mais oferecido, por isso não pode mais ser comentado.
comment-error-empty = Escreva seu comentário antes de enviá-lo.
comment-error-too-long = Seu comentário tem mais de 1.250 caracteres. Encurte-o e envie de novo.
comment-error-too-fast = Isso foi muito rápido. Escreva seu comentário com calma e envie de novo.
comment-error-expired = Este formulário expirou. Recarregue a página e envie seu comentário de novo.
comment-error-unavailable = Não foi possível enviar seu comentário agora. Tente de novo em alguns minutos.
comment-error-rate-limited = Você pode enviar um comentário por minuto. Aguarde um momento e tente de novo.
comment-error-no-service = O formulário não indicou qual serviço comentar. Volte à página do serviço e tente de novo.
comment-error-unknown-service = Não existe esse serviço para comentar. Talvez tenha sido removido.
comment-error-no-comment = Não existe esse comentário. Talvez tenha sido removido.
comment-error-report-reason = Escolha qual é o problema do comentário. Sua denúncia não foi enviada.
comment-error-report-twice = Você já denunciou este comentário.
comment-error-report-signed-out = Entre para denunciar um comentário. Sua denúncia não foi enviada.

moderation-title = Moderação de comentários
moderation-intro = Os comentários sobre os serviços dos seus órgãos só são publicados depois de aprovados.
moderation-target = { $count ->
    [one] Os órgãos respondem aos comentários publicados em um dia útil.
   *[other] Os órgãos respondem aos comentários publicados em { $days } dias úteis.
}
moderation-written = escrito em { $date }
moderation-review-heading = Aguardando decisão
moderation-review-none = Nenhum comentário aguarda decisão.
moderation-reported = { $count ->
    [one] Publicado, denunciado uma vez ({ $new } novas).
   *[other] Publicado, denunciado { $count } vezes ({ $new } novas).
}
moderation-held-links = Retido pelas regras antispam: quase só links.
moderation-held-repeated = Retido pelas regras antispam: o mesmo texto já tinha sido publicado.
moderation-masked = { $count ->
    [one] Um dado pessoal foi ocultado.
   *[other] { $count } dados pessoais foram ocultados.
}
moderation-approve = Aprovar e publicar
moderation-keep = Manter publicado
moderation-reject = Rejeitar
moderation-take-down = Retirar
moderation-reason-label = Motivo da rejeição
moderation-note-label = Nota para outras pessoas da moderação (opcional)
moderation-reason-spam = Spam ou propaganda
moderation-reason-personal_data = Dados pessoais
moderation-reason-offensive = Ofensivo ou abusivo
moderation-reason-off_topic = Não é sobre este serviço
moderation-reason-other = Outro
moderation-awaiting-heading = Publicados, aguardando resposta
moderation-awaiting-none = Todos os comentários publicados foram respondidos.
moderation-due = Resposta prevista até { $date }.
moderation-overdue = Atrasado: a resposta era prevista até { $date }.
moderation-answer-label = Resposta oficial do órgão
moderation-answer-send = Publicar a resposta
moderation-answered-heading = Respondidos recentemente
moderation-answered-none = Nenhum comentário foi respondido ainda.
moderation-answered-on-time = { $count ->
    [0] Primeira resposta no dia da publicação (meta: { $target } dias úteis).
    [one] Primeira resposta depois de um dia útil (meta: { $target } dias úteis).
   *[other] Primeira resposta depois de { $count } dias úteis (meta: { $target } dias úteis).
}
moderation-answered-late = Primeira resposta depois de { $count } dias úteis: mais tarde que a meta de { $target }.

moderation-done-approved = O comentário foi publicado. Agora corre o prazo de resposta do órgão.
moderation-done-rejected = O comentário foi rejeitado e não é público.
moderation-done-kept = O comentário continua publicado; as denúncias ficam marcadas como vistas.
moderation-done-answered = A resposta foi publicada abaixo do comentário.
moderation-error-already = Alguém já decidiu sobre este comentário. Nada foi alterado.
moderation-error-not-published = Só comentários publicados podem ser respondidos ou mantidos. Nada foi alterado.
moderation-error-reason = Escolha um motivo de rejeição. Nada foi alterado.
moderation-error-note-too-long = A nota tem mais de 500 caracteres. Nada foi alterado.
moderation-error-answer-empty = Escreva a resposta antes de publicá-la.
moderation-error-answer-too-long = A resposta tem mais de 2.000 caracteres. Encurte-a e publique de novo.
moderation-error-unavailable = Não foi possível fazer isso agora. Tente de novo em alguns minutos.
moderation-error-not-found = Não existe esse comentário.
