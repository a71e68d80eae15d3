## Ferramentas da equipe: importar um arquivo em um órgão (simulação, confirmação, resumo) e exportar seus serviços em CSV.

admin-import-link = Importar serviços de um arquivo
admin-import-title = Importar serviços
admin-import-intro = Os serviços importados chegam como rascunhos a este órgão, qualquer que seja o órgão indicado no arquivo. Um serviço que o órgão já tem (o mesmo identificador ou o mesmo endereço) recebe uma nova versão: o conteúdo de um rascunho é substituído, um serviço em revisão volta a rascunho e um serviço publicado mantém o que os cidadãos veem até que um publicador publique a nova versão. Primeiro você vê o que aconteceria; nada é gravado até você confirmar.
admin-import-format = Formato do arquivo
admin-import-format-csv = Modelo CSV
admin-import-format-csv-hint = Uma linha por serviço, como descreve a documentação do modelo; salvo de uma planilha como "CSV UTF-8".
admin-import-format-govbr = XML do gov.br
admin-import-format-govbr-hint = O catálogo de serviços do Brasil ("cartas de serviço", versão 3): um arquivo XML ou um pacote .xml.gz, ou vários arquivos XML.
admin-import-format-hsds = HSDS
admin-import-format-hsds-hint = Um pacote de dados Open Referral: escolha juntos seus arquivos CSV (services.csv, organizations.csv, locations.csv…).
admin-import-file = Arquivo
admin-import-file-hint = No máximo { $megabytes } MB no total. Para gov.br e HSDS você pode escolher vários arquivos.
admin-import-dry-run = Verificar o arquivo
admin-import-export-title = Exportar
admin-import-export-about = Todos os serviços do órgão, em qualquer situação, no modelo CSV: edite-os em uma planilha e importe-os de volta.
admin-import-export-link = Baixar os serviços em CSV

admin-import-error-format = Escolha o formato do arquivo.
admin-import-error-no-file = Escolha um arquivo para importar.
admin-import-error-too-large = O arquivo é grande demais: uma importação aceita no máximo 5 MB. Divida-o em arquivos menores e importe-os um após o outro.
admin-import-error-invalid-rows = Nada foi importado porque há linhas inválidas. Corrija-as e envie o arquivo de novo, ou marque "Importar as linhas válidas".

admin-import-review-title = Verificar a importação
admin-import-review-intro = Isto é o que a importação faria. Nada foi gravado ainda.
admin-import-counts = Resumo
admin-import-planned = Serviços
admin-import-rejected = Linhas rejeitadas
admin-import-col-outcome = Resultado
admin-import-col-count = Serviços
admin-import-col-name = Serviço
admin-import-col-record = Identificador
admin-import-col-slug = Endereço
admin-import-col-effect = O que acontece
admin-import-col-fields = Campos alterados
admin-import-col-line = Linha
admin-import-col-file = Arquivo
admin-import-col-reasons = Motivo
admin-import-count-created = Criados
admin-import-count-changed = Alterados
admin-import-count-unchanged = Sem alteração
admin-import-count-rejected = Rejeitados
admin-import-effect-created = Novo rascunho
admin-import-effect-draft-updated = Rascunho atualizado
admin-import-effect-back-to-draft = Nova versão; volta a rascunho para nova revisão
admin-import-effect-pending-version = Nova versão, aguardando publicação
admin-import-effect-unchanged = Sem alteração
admin-import-valid-only = Importar as linhas válidas
admin-import-valid-only-hint = As linhas rejeitadas ficam de fora; importe-as depois de corrigidas.
admin-import-confirm = Importar
admin-import-start-over = Enviar outro arquivo

admin-import-done-title = Importação concluída
admin-import-done = Importado: { $created ->
    [one] um serviço criado
   *[other] { $created } serviços criados
}, { $changed ->
    [one] um alterado
   *[other] { $changed } alterados
}, { $rejected ->
    [0] nenhuma linha rejeitada.
    [one] uma linha rejeitada.
   *[other] { $rejected } linhas rejeitadas.
}
admin-import-done-next = Os serviços importados são rascunhos ou novas versões aguardando publicação: revise-os e publique-os na página de serviços.
admin-import-to-services = Voltar aos serviços do órgão

admin-import-gone-title = Envio não encontrado
admin-import-gone = Este envio não está mais disponível: os envios são guardados por uma hora, e só para quem os fez. Envie o arquivo de novo.

import-reason-required = O campo obrigatório "{ $field }" está vazio.
import-reason-too-long = "{ $field }" é longo demais.
import-reason-language = O idioma não é es, pt, en nem fr.
import-reason-level = O nível não é national, state nem municipal.
import-reason-country = O código do país não é um código ISO 3166-1 (ES, BR, US…).
import-reason-place-code = "{ $field }" deve começar com o código do país e um hífen, sem espaços, em no máximo 32 caracteres.
import-reason-place-missing = O lugar não corresponde ao nível: um serviço estadual precisa de um estado, um municipal de um município, cada um com seu nome.
import-reason-duplicate = "{ $field }" está repetido: outra linha tem o mesmo valor.
import-reason-slug = O endereço (slug) não tem letras nem algarismos: preencha "slug".
import-reason-yes-no = "{ $field }" não é sim nem não.
import-reason-web-address = "{ $field }" não é um endereço web (https://…).
import-reason-cost = O custo não é free, variable nem um valor com o código da moeda (12.50 EUR).
import-reason-processing-time = O prazo não é "immediate", "10 days", "5-10 days" nem "about 3 days".
import-reason-channel-kind = Um canal não começa com web, app, phone, sms, email, mail ou office e dois-pontos.
import-reason-channel-value = O valor de um canal não corresponde ao seu tipo (um endereço para web, um número para phone…).
import-reason-inconsistent = "{ $field }" é descrito de outra forma em outra linha.
import-reason-encoding = O arquivo não é texto UTF-8: salve a planilha como "CSV UTF-8".
import-reason-malformed = O arquivo não pode ser lido: não é CSV ou XML bem formado.
import-reason-columns = As colunas não correspondem ao modelo: { $field }.
import-reason-unnamed-column = Há um valor em uma coluna sem nome.
import-reason-organization = A organização não está em organizations.csv nem em locations.csv.
import-reason-missing-file = Falta um arquivo obrigatório.
import-reason-one-file = Escolha exatamente um arquivo para este formato.
import-reason-unexpected-element = Elemento <{ $field }> inesperado.
import-reason-missing-element = Falta o elemento <{ $field }>.
import-reason-not-a-number = <{ $field }> não é um número.
import-reason-other-agency = Este identificador ("{ $field }") pertence a um serviço de outro órgão: altere-o.
import-reason-conflict = Alguém salvou este serviço durante a importação: importe o arquivo de novo.
import-reason-other = Este registro não pode ser lido:

editorial-audit-service-imported = Serviço importado
editorial-audit-import-completed = Importação concluída
