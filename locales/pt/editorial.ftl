## Trabalho editorial sobre os serviços nas ferramentas da equipe: fluxo, versões, verificações de qualidade, registro de auditoria.

editorial-status-draft = Rascunho
editorial-status-in_review = Em revisão
editorial-status-published = Publicado
editorial-status-archived = Arquivado

editorial-error-not-found = Este serviço não existe ou você não tem nenhum papel no órgão dele.
editorial-error-forbidden = Seu papel neste órgão não permite fazer isso.
editorial-error-conflict = Outra pessoa salvou este serviço depois que você o abriu. As duas versões aparecem abaixo: copie o que precisar para a mais recente e salve de novo.
editorial-error-invalid = Alguns campos precisam ser corrigidos. Nada foi salvo.
editorial-error-blocked = Este serviço ainda não pode ser publicado: corrija os problemas indicados.
editorial-error-wrong-status = Esta etapa não se aplica ao estado atual do serviço. Recarregue a página para ver o estado.
editorial-error-unavailable = Não foi possível salvar o serviço agora. Nada foi alterado; tente de novo em instantes.

editorial-field-required = Este campo é obrigatório.
editorial-field-too-long = Este texto é longo demais.
editorial-field-unknown-locale = Este idioma não é um dos idiomas do catálogo.
editorial-field-unknown-value = Escolha um dos valores oferecidos.
editorial-field-invalid-url = Informe um endereço web completo começando por https://.
editorial-field-invalid-email = Informe um e-mail como nome@orgao.gov.br.
editorial-field-invalid-hours = O horário precisa de um dia da semana e de uma hora HH:MM anterior a outra HH:MM.
editorial-field-invalid-reference = Esta parte se refere a uma etapa ou caso que não existe.
editorial-field-invalid-amount = Informe o valor, zero ou mais.
editorial-field-invalid-currency = Informe o código de moeda de três letras, como BRL ou EUR.
editorial-field-invalid-replacement = O serviço substituto deve ser outro serviço publicado.
editorial-field-invalid-slug = Use apenas letras minúsculas, algarismos e hifens.
editorial-field-slug-taken = Outro serviço já usa este endereço.

editorial-quality-missing-name = O serviço precisa de um nome no seu idioma principal.
editorial-quality-missing-summary = O serviço precisa de um resumo no seu idioma principal.
editorial-quality-no-steps = O serviço precisa de pelo menos uma etapa.
editorial-quality-no-channels = O serviço precisa de pelo menos um canal para solicitar ou obter ajuda.
editorial-quality-no-online-channel = Não há nenhum canal on-line: os cidadãos terão de se deslocar.
editorial-quality-missing-translation = Falta em { $language }: quem ler verá o texto em outro idioma.
editorial-quality-readability = Legibilidade: { $score } (quanto mais alta, mais fácil; procure chegar a 60 ou mais).
editorial-quality-hardest-sentences = As frases que mais dificultam a leitura:

editorial-verification-due = Sem verificação há 12 meses ou mais. Confira os dados e confirme.
editorial-verification-never = Nunca verificado.

editorial-audit-actor-system = Sistema
editorial-audit-service-create = Criou o serviço
editorial-audit-service-save = Salvou uma versão
editorial-audit-service-submit = Enviou para revisão
editorial-audit-service-reject = Rejeitou
editorial-audit-service-publish = Publicou
editorial-audit-service-archive = Arquivou
editorial-audit-service-restore = Restaurou uma versão anterior
editorial-audit-service-verify = Confirmou que está verificado
editorial-audit-authorization-denied = Recusado: sem permissão
editorial-audit-staff-sign_in = Entrou nas ferramentas da equipe
editorial-audit-staff-role_granted = Concedeu um papel
editorial-audit-staff-role_revoked = Retirou um papel
