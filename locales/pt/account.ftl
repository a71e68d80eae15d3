## Contas: entrar com uma chave de acesso, a página da conta, códigos de recuperação, acesso
## dos servidores. As mensagens de “Resultados” aparecem depois de enviar um formulário
## (?error=… ou ?done=…).

account-nav-sign-in = Entrar
account-nav-account = Sua conta

## O que é uma chave de acesso, e o que funciona sem ela.
auth-passkey-what = Uma chave de acesso permite entrar com o bloqueio de tela do seu celular ou computador: sua digital, seu rosto ou seu PIN. Não há senha para lembrar nem nada para digitar. A chave só funciona neste site, então um site falso não consegue enganar você para que a entregue.
auth-unsupported-notice = As chaves de acesso precisam de um navegador com JavaScript que as aceite. Sem conta você pode continuar lendo e buscando todos os serviços, nos dizer se uma página foi útil e fazer consultas por SMS.
auth-status-waiting = Aguardando sua chave de acesso: siga o que seu celular ou computador pedir.
auth-status-failed = A verificação com a chave de acesso foi cancelada ou não funcionou. Tente de novo.

## Entrar e criar uma conta.
account-sign-in-title = Entrar
account-sign-in-intro = Entre para avaliar os serviços e comentar sobre eles.
account-sign-in-button = Entrar com uma chave de acesso
account-sign-in-no-account = Ainda não tem conta? Crie uma
account-sign-in-lost = Perdeu sua chave de acesso? Use um código de recuperação
account-sign-in-staff = Servidores de órgãos: entre com seu e-mail e senha
account-already-signed-in = Você já entrou.
account-go-to-account = Ir para sua conta
account-sign-up-title = Criar uma conta
account-sign-up-why = Com uma conta você pode avaliar os serviços e comentar sobre eles. Não pedimos seu e-mail nem seu nome.
account-sign-up-name-label = Nome exibido com seus comentários (opcional)
account-sign-up-name-hint = Até 60 caracteres. Deixe em branco para comentar sem nome.
account-sign-up-button = Criar uma chave de acesso
account-sign-up-have-account = Já tem uma conta? Entre

## A página da conta.
account-title = Sua conta
account-signed-out = Você não entrou na sua conta.
account-signed-out-sign-in = Entrar
account-signed-out-sign-up = Criar uma conta
account-signed-in-as = Você entrou como { $name }
account-signed-in-anonymous = Você entrou. Sua conta não tem nome, então seus comentários aparecem sem nome.
account-staff = Esta é uma conta de servidor.
account-sign-out = Sair
account-unavailable = Não é possível mostrar esta página agora. Tente de novo em alguns minutos.
account-needs-passkey = Você entrou sem uma chave de acesso. Adicione uma agora para conseguir entrar da próxima vez.
account-needs-passkey-link = Adicionar uma chave de acesso
account-new-codes-title = Seus códigos de recuperação
account-new-codes-intro = Anote estes códigos ou imprima esta página e guarde-os em um lugar seguro: eles só aparecem desta vez. Se você perder suas chaves de acesso, cada código deixa você entrar uma vez.
account-passkeys-title = Suas chaves de acesso
account-passkeys-intro = Cada chave de acesso fica guardada em um celular ou computador. Adicione uma em cada aparelho que você usa para entrar.
account-passkeys-none = Esta conta ainda não tem nenhuma chave de acesso.
account-passkey-created = Criada em { $date }
account-passkey-last-used = Usada pela última vez em { $date }
account-passkey-never-used = Ainda não foi usada
account-passkey-rename-label = Novo nome para “{ $name }”
account-passkey-rename-button = Renomear
account-passkey-remove-button = Remover “{ $name }”
account-add-title = Adicionar uma chave de acesso
account-add-intro = Por exemplo no seu outro celular ou computador, para continuar conseguindo entrar se perder um deles.
account-add-name-label = Nome da nova chave de acesso (opcional)
account-add-name-hint = Por exemplo “Meu celular”. Até 60 caracteres.
account-add-button = Adicionar uma chave de acesso
account-verify-title = Confirme que é você
account-verify-intro = Para remover uma chave de acesso, criar novos códigos de recuperação ou excluir sua conta, você precisa ter usado sua chave de acesso nos últimos 5 minutos.
account-verify-button = Confirmar com uma chave de acesso
account-codes-title = Códigos de recuperação
account-codes-unused = { $count ->
    [0] Você não tem nenhum código de recuperação sem usar.
    [one] Você tem um código de recuperação sem usar.
   *[other] Você tem { $n } códigos de recuperação sem usar.
}
account-codes-intro = Se você perder suas chaves de acesso, um código de recuperação permite entrar uma vez para adicionar uma nova. Quando você cria novos códigos, os antigos deixam de funcionar.
account-codes-button = Criar novos códigos de recuperação
account-delete-title = Excluir sua conta
account-delete-intro = Excluir sua conta apaga suas chaves de acesso, seus códigos de recuperação e todas as sessões abertas. Não é possível desfazer.
account-delete-content = Suas avaliações e comentários continuam no site, mas nada mais os liga a você: eles aparecem como de “um ex-usuário”.
account-delete-confirm = Entendo: excluir minha conta
account-delete-button = Excluir minha conta

## Entrar com um código de recuperação.
account-recover-title = Usar um código de recuperação
account-recover-intro = Perdeu o celular ou o computador onde estava sua chave de acesso? Entre com um dos códigos de recuperação que você anotou. Cada código funciona só uma vez.
account-recover-next = Depois de entrar com um código, você precisa adicionar uma nova chave de acesso neste aparelho.
account-recover-label = Código de recuperação
account-recover-hint = Digite como você anotou. Maiúsculas, espaços e hífens não fazem diferença.
account-recover-button = Entrar com este código
account-recover-none = Sem uma chave de acesso nem um código de recuperação não há como voltar a entrar em uma conta.
account-recover-sign-up = Você pode criar uma nova.

## Servidores dos órgãos.
staff-sign-in-title = Acesso dos servidores
staff-sign-in-intro = Para quem mantém o catálogo atualizado em um órgão. Digite seu e-mail e sua senha e depois confirme com sua chave de acesso.
staff-sign-in-shortcut = Se sua chave de acesso está neste aparelho, você também pode simplesmente usar “Entrar com uma chave de acesso” na { $link }.
staff-sign-in-shortcut-link = página de entrada de sempre
staff-email-label = E-mail
staff-password-label = Senha
staff-sign-in-button = Continuar com uma chave de acesso
staff-invitation-title = Entrar para a equipe de um órgão
staff-invitation-intro = Você foi convidado para ajudar a manter o catálogo atualizado. Escolha seu nome e uma senha para aceitar.
staff-invitation-invalid-title = Este link de convite não é válido
staff-invitation-invalid = Ele já foi usado ou expirou. Peça um novo à pessoa que convidou você.
staff-invitation-email = E-mail
staff-invitation-role = Função
staff-invitation-agency = Órgão
staff-role-platform-admin = Administrador da plataforma
staff-role-agency-admin = Administrador do órgão
staff-role-publisher = Publicador
staff-role-editor = Editor
staff-invitation-name-label = Seu nome, como seus colegas vão ver
staff-invitation-password-label = Senha
staff-invitation-password-hint = Pelo menos 12 caracteres, e que não seja uma senha comum. Algumas palavras sem relação entre si formam uma boa senha.
staff-invitation-confirm-label = Digite a senha de novo
staff-invitation-passkey-next = Logo depois você vai registrar uma chave de acesso neste aparelho: os servidores entram com a senha e com uma chave de acesso.
staff-invitation-button = Aceitar o convite

## Resultados: o que deu errado…
auth-error-rejected = A verificação com a chave de acesso falhou ou demorou demais. Tente de novo.
auth-error-invalid-credentials = Não funcionou: o que você digitou não está correto. Confira e tente de novo.
auth-error-locked = Tentativas erradas demais. Para sua segurança, tente de novo em 10 minutos.
auth-error-rate-limited = Tentativas demais em pouco tempo. Espere um pouco e tente de novo.
auth-error-needs-verification = Primeiro confirme que é você com sua chave de acesso e depois tente de novo.
auth-error-last-passkey = Você não pode remover sua única chave de acesso, a não ser que tenha códigos de recuperação sem usar.
auth-error-needs-javascript = Esta etapa precisa de um navegador com JavaScript que aceite chaves de acesso.
auth-error-signed-out = Você não entrou ou sua sessão terminou. Entre de novo.
auth-error-forbidden = Você não tem permissão para fazer isso.
auth-error-invitation = Este link de convite não é válido: já foi usado ou expirou. Peça um novo.
auth-error-unsupported = Este navegador não consegue usar chaves de acesso. Tente outro navegador ou aparelho.
account-error-name-too-long = Os nomes podem ter no máximo 60 caracteres.
account-error-name-invalid = Esse nome tem caracteres que não podem ser usados. Use letras, números, espaços e pontuação.
account-error-name-empty = Digite um nome.
account-error-code-empty = Digite um dos seus códigos de recuperação.
account-error-confirm-delete = Para excluir sua conta, marque a caixa que diz que você entende.
account-error-unknown-passkey = Essa chave de acesso não está mais na sua conta.
staff-error-email = Esse e-mail não é válido.
staff-error-email-taken = Já existe uma conta com esse e-mail.
staff-error-role-agency = Escolha um órgão para uma função de órgão, e nenhum para um administrador da plataforma.
staff-error-name = Digite seu nome, com no máximo 60 caracteres.
staff-error-password-short = A senha precisa ter pelo menos 12 caracteres.
staff-error-password-long = A senha é longa demais: use no máximo 256 caracteres.
staff-error-password-common = Essa senha é comum demais e fácil de adivinhar. Escolha outra.
staff-error-password-mismatch = As duas senhas não são iguais. Digite de novo.

## …e o que deu certo.
account-done-renamed = A chave de acesso foi renomeada.
account-done-removed = A chave de acesso foi removida.
account-done-added = Sua nova chave de acesso foi adicionada.
account-done-codes = Aqui estão seus novos códigos de recuperação. Os antigos não funcionam mais.
account-done-signed-out = Você saiu da sua conta.
account-done-deleted = Sua conta foi excluída.
account-done-recovered = Você entrou com um código de recuperação. Adicione agora uma nova chave de acesso.

## The name a new passkey gets when none is typed.
account-passkey-default-name = Chave de acesso

## The link back from the "too many attempts" page.
auth-back = Voltar
