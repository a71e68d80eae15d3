## Órgãos e sua equipe nas ferramentas da equipe (/admin/agencies).

admin-tool-agencies = Órgãos e equipe
admin-tool-agencies-about = Nomes, locais e contatos dos órgãos; convide pessoas para a equipe e gerencie seus papéis.

admin-agencies-title = Órgãos
admin-agencies-new = Adicionar um órgão
admin-agencies-none = Ainda não há órgãos.
admin-agencies-col-name = Órgão
admin-agencies-col-members = Equipe
admin-agencies-col-actions = Gerenciar
admin-agencies-edit = Editar o órgão
admin-agencies-staff = Equipe do órgão

admin-agencies-new-title = Novo órgão
admin-agencies-edit-title = Editar o órgão
admin-agencies-names = Nome em cada idioma
admin-agencies-names-hint = Informe o nome em pelo menos um idioma.
admin-agencies-name-es = Nome em espanhol
admin-agencies-name-pt = Nome em português
admin-agencies-name-en = Nome em inglês
admin-agencies-name-fr = Nome em francês
admin-agencies-facts = Lugar na plataforma
admin-agencies-acronym = Sigla
admin-agencies-slug = Endereço na web
admin-agencies-slug-hint = Letras minúsculas, algarismos e hifens, como receita-federal. Não pode ser usado por outro órgão.
admin-agencies-level = Esfera de governo
admin-agencies-jurisdiction = Local que atende
admin-agencies-choose = Escolha um local
admin-agencies-place-country = Países
admin-agencies-place-state = Estados
admin-agencies-place-municipality = Municípios
admin-agencies-contact = Contato
admin-agencies-email = E-mail
admin-agencies-phone = Telefone
admin-agencies-website = Site
admin-agencies-save = Salvar o órgão
admin-agencies-problems = Confira estes campos

admin-agencies-done-created = O órgão foi criado.
admin-agencies-done-saved = As alterações foram salvas.
admin-agencies-error-name-required = Informe o nome do órgão em pelo menos um idioma.
admin-agencies-error-phone = Escreva um telefone com os algarismos, como +55 61 2020-3000.

admin-agencies-staff-title = Equipe do órgão
admin-agencies-members = Membros do órgão
admin-agencies-platform-admins = Administradores da plataforma
admin-agencies-no-members = Ninguém tem um papel aqui ainda.
admin-agencies-col-person = Pessoa
admin-agencies-col-roles = Papéis
admin-agencies-col-status = Conta
admin-agencies-col-expires = Válido até
admin-agencies-status-active = Ativa
admin-agencies-status-deactivated = Desativada
admin-agencies-you = (você)
admin-agencies-role = Papel
admin-agencies-revoke-short = Retirar
admin-agencies-revoke = Retirar o papel { $role } de { $person }
admin-agencies-new-role = Novo papel de { $person }
admin-agencies-change-role = Mudar o papel
admin-agencies-deactivate = Desativar a conta de { $person }
admin-agencies-reactivate = Reativar a conta de { $person }
admin-agencies-invitations = Convites ainda não aceitos
admin-agencies-col-invited-by = Convidado por
admin-agencies-invited-by-server = O servidor (comando create-admin)
admin-agencies-invitation-expired = Expirado
admin-agencies-cancel-invitation = Cancelar o convite
admin-agencies-cancel-invitation-of = Cancelar o convite de { $email }
admin-agencies-invite = Convidar alguém
admin-agencies-invite-send = Criar o convite
admin-agencies-invited = Convite criado para { $email } como { $role }.
admin-agencies-invited-link = Envie este link para a pessoa:
admin-agencies-invited-once = O link funciona uma única vez, por 7 dias, e não será mostrado de novo. Envie-o por um meio que só essa pessoa possa ler.

admin-agencies-done-role-changed = O papel foi alterado.
admin-agencies-done-role-revoked = O papel foi retirado.
admin-agencies-done-deactivated = A conta foi desativada: não pode mais entrar e suas sessões foram encerradas.
admin-agencies-done-reactivated = A conta foi reativada: pode entrar de novo, com os papéis que mantinha.
admin-agencies-done-invitation-cancelled = O convite foi cancelado: o link dele não funciona mais.
admin-agencies-error-email-taken = Este endereço já pertence a uma conta.
admin-agencies-error-last-platform-admin = A plataforma precisa de pelo menos um administrador: este permanece.
admin-agencies-error-own-account = Você não pode desativar nem reativar a sua própria conta.
admin-agencies-error-roles-elsewhere = Esta pessoa também trabalha em outro lugar; só um administrador da plataforma pode desativar ou reativar a conta.

## Nomes destas alterações no registro de auditoria.
editorial-audit-staff-invited = Convidou um membro da equipe
editorial-audit-staff-deactivated = Desativou uma conta
editorial-audit-staff-invitation_cancelled = Cancelou um convite
editorial-audit-staff-reactivated = Reativou uma conta
editorial-audit-agency-created = Criou um órgão
editorial-audit-agency-updated = Alterou um órgão
