## Eventos da vida e temas nas ferramentas da equipe (/admin/taxonomy): só administradores da plataforma.

admin-tool-taxonomy = Eventos da vida e temas
admin-tool-taxonomy-about = Os eventos da vida e temas em que os serviços são classificados, com o nome em cada idioma.

admin-taxonomy-title = Eventos da vida e temas
admin-taxonomy-intro = Os eventos da vida têm página própria e aparecem na página inicial; os cidadãos filtram os resultados da busca por eventos da vida e temas. Só um administrador da plataforma os altera.
admin-taxonomy-new = Adicionar um evento da vida ou tema
admin-taxonomy-life-events = Eventos da vida
admin-taxonomy-topics = Temas
admin-taxonomy-none = Ainda não há nenhum.
admin-taxonomy-col-label = Nome
admin-taxonomy-col-missing = Falta o nome em
admin-taxonomy-col-services = Serviços
admin-taxonomy-complete = Tem em todos os idiomas

admin-taxonomy-new-title = Novo evento da vida ou tema
admin-taxonomy-edit-title = Editar um evento da vida ou tema
admin-taxonomy-kind = Tipo
admin-taxonomy-kind-life-event = Evento da vida
admin-taxonomy-kind-topic = Tema
admin-taxonomy-kind-hint = Um evento da vida, como ter um bebê, tem página própria e aparece na página inicial; um tema só filtra os resultados da busca.
admin-taxonomy-slug = Endereço na web
admin-taxonomy-slug-hint = Letras minúsculas de a a z, algarismos e hifens simples, como ter-um-bebe. Nenhum outro evento da vida ou tema pode usá-lo; alterá-lo muda o endereço da página do evento da vida.
admin-taxonomy-position = Ordem
admin-taxonomy-position-hint = Um número inteiro de 0 a 9999: a página inicial lista os eventos da vida do menor para o maior. Vazio, vale 0.
admin-taxonomy-labels = Nome em cada idioma
admin-taxonomy-labels-hint = Informe o nome em pelo menos um idioma. Onde um idioma não tiver, aparece o nome em outro idioma.
admin-taxonomy-label-es = Nome em espanhol
admin-taxonomy-label-pt = Nome em português
admin-taxonomy-label-en = Nome em inglês
admin-taxonomy-label-fr = Nome em francês
admin-taxonomy-descriptions = Descrição em cada idioma
admin-taxonomy-descriptions-hint = Opcional: uma ou duas frases mostradas abaixo do nome na página do evento da vida. Os temas não a mostram.
admin-taxonomy-description-es = Descrição em espanhol
admin-taxonomy-description-pt = Descrição em português
admin-taxonomy-description-en = Descrição em inglês
admin-taxonomy-description-fr = Descrição em francês
admin-taxonomy-save = Salvar
admin-taxonomy-problems = Confira estes campos

admin-taxonomy-delete-heading = Excluir
admin-taxonomy-delete-hint = Nenhum serviço está classificado aqui, então pode ser excluído com seus nomes e descrições. Não é possível desfazer.
admin-taxonomy-delete = Excluir
admin-taxonomy-delete-in-use = { $count ->
    [one] Um serviço está classificado aqui, então não pode ser excluído. Retire-o primeiro desse serviço.
   *[other] { $n } serviços estão classificados aqui, então não pode ser excluído. Retire-o primeiro desses serviços.
}

admin-taxonomy-done-created = Foi adicionado.
admin-taxonomy-done-saved = As alterações foram salvas.
admin-taxonomy-done-deleted = Foi excluído.
admin-taxonomy-error-in-use = { $count ->
    [one] Não excluído: um serviço está classificado aqui.
   *[other] Não excluído: { $n } serviços estão classificados aqui.
}
admin-taxonomy-error-label-required = Informe o nome em pelo menos um idioma.
admin-taxonomy-error-position = Digite um número inteiro de 0 a 9999, ou deixe vazio.
admin-taxonomy-error-slug-taken = Outro evento da vida ou tema já usa este endereço.

# Os nomes destas alterações no registro de auditoria.
editorial-audit-taxonomy-created = Adicionou um evento da vida ou tema
editorial-audit-taxonomy-updated = Alterou um evento da vida ou tema
editorial-audit-taxonomy-deleted = Excluiu um evento da vida ou tema
