## Ferramentas da equipe: as páginas editoriais (início do órgão, o fluxo de um serviço, versões) e o registro de auditoria.

admin-tool-services = Serviços e seu fluxo de trabalho
admin-tool-services-about = Os serviços do seu órgão por situação, os que aguardam revisão ou precisam ser verificados, e o fluxo, o relatório de qualidade e as versões de cada um.
admin-tool-audit = Registro de auditoria
admin-tool-audit-about = Quem fez o quê e quando: filtre e baixe em CSV.

admin-services-title = Serviços
admin-services-agency = Órgão
admin-services-all-agencies = Todos os órgãos
admin-services-show = Mostrar
admin-services-counts = Serviços por situação
admin-services-col-status = Situação
admin-services-col-count = Serviços
admin-services-col-service = Serviço
admin-services-col-verified = Última verificação
admin-services-waiting = Aguardando revisão
admin-services-waiting-none = Nenhum serviço aguarda revisão.
admin-services-due = A verificar
admin-services-due-count = { $count ->
    [0] Todos os serviços foram verificados nos últimos 12 meses.
    [one] Um serviço não foi verificado nos últimos 12 meses.
   *[other] { $n } serviços não foram verificados nos últimos 12 meses.
}
admin-services-recent = Atividade recente
admin-services-recent-more = Todo o registro de auditoria
admin-services-all = Todos os serviços
admin-services-none = Este órgão ainda não tem serviços.
admin-services-pages = Páginas
admin-services-previous = Página anterior
admin-services-next = Próxima página
admin-services-page-of = Página { $page } de { $pages }

admin-services-desk-title = Fluxo de trabalho do serviço
admin-services-version = Versão
admin-services-pending = (alterações salvas ainda não publicadas)
admin-services-versions-link = Versões e diferenças
admin-services-public-link = A página pública
admin-services-rejection = Por que foi devolvido
admin-services-quality = Relatório de qualidade
admin-services-blocking = Precisa ser corrigido antes de publicar
admin-services-blocking-none = Nada impede a publicação.
admin-services-warnings = Avisos
admin-services-warnings-none = Nenhum aviso.
admin-services-readability = Legibilidade por idioma
admin-services-band-easy = Linguagem simples.
admin-services-band-medium = Um pouco difícil de ler.
admin-services-band-hard = Difícil de ler.
admin-services-actions = O que você pode fazer
admin-services-no-actions = Seu papel não permite nenhuma etapa neste serviço como ele está agora.
admin-services-submit = Enviar para revisão
admin-services-publish = Publicar
admin-services-verify = Confirmar que as informações continuam corretas
admin-services-reason = Por que volta para os redatores (obrigatório)
admin-services-reject = Devolver aos redatores
admin-services-replacement = Substituído por (opcional)
admin-services-replacement-hint = O endereço ou o número de um serviço publicado que ocupa o seu lugar.
admin-services-archive = Arquivar: não é mais oferecido

admin-services-done-submit = Enviado para revisão.
admin-services-done-reject = Devolvido aos redatores com o seu motivo.
admin-services-done-publish = Publicado: os cidadãos já o veem.
admin-services-done-archive = Arquivado: a página agora informa que não é mais oferecido.
admin-services-done-verify = Confirmado como verificado hoje.
admin-services-done-restore = Restaurado como uma nova versão.
admin-services-error-stale = Alguém salvou uma versão mais nova depois que você abriu esta página. Nada foi alterado: revise a versão mais nova e tente de novo.

admin-versions-title = Versões
admin-versions-number = Versão { $number }
admin-versions-restore = Restaurar esta versão como um novo rascunho
admin-versions-live = É a que os cidadãos veem
admin-versions-col-number = Versão
admin-versions-col-author = Salva por
admin-versions-col-date = Data
admin-versions-col-note = Nota
admin-versions-col-live = Publicada
admin-versions-col-restore = Restaurar
admin-versions-nothing = (nada)
admin-versions-differences = Diferenças da versão { $from } para a versão { $to }
admin-versions-no-differences = Estas versões têm o mesmo conteúdo.
admin-versions-col-field = Campo
admin-versions-col-before = Antes
admin-versions-col-after = Depois
admin-versions-none = Nenhuma versão foi salva nas ferramentas da equipe ainda: o serviço está como foi importado.
admin-versions-from = De
admin-versions-to = Para
admin-versions-compare = Comparar

admin-audit-title = Registro de auditoria
admin-audit-actor = Número da conta da equipe
admin-audit-action = Ação
admin-audit-any = Qualquer ação
admin-audit-agency = Órgão
admin-audit-record = Número do serviço
admin-audit-range-hint = Datas como AAAA-MM-DD, os dois dias incluídos. Sem datas: todos os dias.
admin-audit-col-when = Quando
admin-audit-col-detail = Detalhe
admin-audit-none = Nada registrado corresponde.
admin-audit-csv = Baixar estas linhas (CSV)
admin-audit-results = Eventos, os mais recentes primeiro
admin-audit-page = Página { $page }
admin-audit-error-number = Os números de conta e de serviço são inteiros, como 42.
admin-audit-error-date = Escreva as datas como AAAA-MM-DD, por exemplo 2026-03-31.
admin-audit-error-reversed = A data de início é posterior à de fim.
admin-audit-error-action = Escolha uma das ações da lista.
