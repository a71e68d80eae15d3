## O canal SMS: respostas às mensagens de texto dos cidadãos. Sejam breves: 160 caracteres
## simples cabem numa mensagem (70 se houver letras fora do alfabeto GSM). As palavras em
## maiúsculas são os comandos que as pessoas digitam (server/src/sms/commands.rs).

sms-results-item = { $number }) { $name } #{ $code }
sms-results-more = Envie 1-{ $last } ou o código para ver detalhes. MAIS: mais resultados.
sms-results-end = Envie 1-{ $last } ou o código para ver detalhes.
sms-no-results = Não encontramos serviços para "{ $query }". Tente outras palavras.
sms-did-you-mean = Não encontramos serviços para "{ $query }". Você quis dizer "{ $suggestion }"? Envie para buscar.
sms-more-none = Não há mais resultados. Envie outra busca.
sms-no-list = Primeiro envie o que procura, por exemplo: passaporte
sms-pick-out-of-range = Escolha um número da lista (1-{ $last }) ou envie outra busca.
sms-code-unknown = Não há nenhum serviço com o código { $code }. Confira o número.

## O essencial de um serviço, em no máximo 3 mensagens.
sms-details-cost = Custo: { $cost }
sms-details-documents = Documentos: { $documents }
sms-details-more-documents = (+{ $count })
sms-details-online = Online: { $url }
sms-details-office = Atendimento: { $office }
sms-details-phone = Tel: { $phone }
sms-details-rate = Avalie: AVALIAR { $code } 1-5
sms-hours = { $days } { $opens }-{ $closes }
sms-weekday-1 = seg
sms-weekday-2 = ter
sms-weekday-3 = qua
sms-weekday-4 = qui
sms-weekday-5 = sex
sms-weekday-6 = sáb
sms-weekday-7 = dom

sms-rate-saved = Obrigado: sua avaliação de { $stars ->
    [one] 1 estrela
   *[other] { $stars } estrelas
} para o serviço { $code } foi registrada.
sms-rate-usage = Para avaliar envie AVALIAR, o código do serviço e uma nota de 1 a 5. Exemplo: AVALIAR 042 5

sms-help = Envie o que procura (ex: passaporte) e receba 3 serviços. Responda 1-3 ou o código para detalhes, MAIS para mais, AVALIAR código 1-5, LOCAL seu município, IDIOMA es/en/fr. SAIR para sair.
sms-stop = Pronto: você não receberá mais mensagens. Para voltar, envie VOLTAR.
sms-start = Bem-vindo de volta. Envie o que procura, ou AJUDA.
sms-language-set = Pronto: responderemos em português.
sms-language-unknown = Idiomas: es (espanhol), pt (português), en (inglês), fr (francês). Exemplo: IDIOMA pt

sms-local-usage = Envie LOCAL e o nome do seu município. Exemplo: LOCAL Campinas
sms-local-none = Não encontramos o município "{ $name }". Confira a grafia.
sms-local-set = Pronto: seu município é { $place }. Os serviços dele aparecerão primeiro.
sms-local-choose = Vários municípios correspondem. Responda com o número:
sms-local-item = { $number }) { $place }
sms-local-item-parent = { $number }) { $place }, { $parent }
sms-local-too-many = Há mais: envie o nome completo.

sms-unavailable = O serviço não está disponível no momento. Tente mais tarde.
sms-rate-limited = Mensagens demais: aguarde um minuto antes de enviar outras.
sms-truncated = ...(cortado)

## Respostas aos gateways de SMS (HTTP), não aos cidadãos.
sms-http-unknown-gateway = Gateway de SMS desconhecido.
sms-http-forbidden = Pedido recusado: o token ou a assinatura falta ou não é válido.
sms-http-missing = Faltam campos obrigatórios: { $fields }.
sms-http-too-long = A mensagem passa de { $max } caracteres.
sms-http-unknown-message = Mensagem desconhecida: nenhum SMS com esta referência foi enviado por este gateway.
sms-http-bad-status = O estado de entrega falta ou não é reconhecido.
sms-http-busy = Não foi possível pôr a resposta na fila. Reenvie a mensagem mais tarde.
