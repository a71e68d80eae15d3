## Página de um serviço.

service-about = Sobre este serviço
service-who-can-apply = Quem pode solicitar
service-documents = Documentos necessários
service-steps = Etapas
service-step-number = Etapa { $n }
service-costs = Custos
service-channels = Onde e como
service-cost = Custo
service-processing-time = Quanto tempo leva
service-validity = Validade do resultado
service-online = Pode ser feito totalmente pela internet
service-online-yes = Sim
service-online-no = Não
service-agency = Órgão responsável
service-level = Nível de governo
service-jurisdictions = Onde se aplica
service-also-known-as = Também conhecido como
service-classification = Assuntos relacionados
service-life-events = Situações de vida
service-topics = Temas
service-legal-basis = Base legal
service-contact = Contato
service-start-online = Iniciar pela internet
service-last-verified = Informações conferidas pela última vez em { $date }.
service-never-verified = O órgão ainda não conferiu estas informações.
service-updated = Última atualização em { $date }.
service-archived = Este serviço não é mais oferecido.
service-replaced-by = Ele foi substituído por:

cost-free = Gratuito
cost-variable = Variável
cost-unknown = Não informado

duration-between = de { $min } a { $max } { $unit }
duration-up-to = até { $max } { $unit }
duration-average = cerca de { $value } { $unit }
duration-immediate = Imediato
time-unit-minutes = { $count ->
    [one] minuto
   *[other] minutos
}
time-unit-hours = { $count ->
    [one] hora
   *[other] horas
}
time-unit-days = { $count ->
    [one] dia
   *[other] dias
}
time-unit-calendar_days = { $count ->
    [one] dia corrido
   *[other] dias corridos
}
time-unit-working_days = { $count ->
    [one] dia útil
   *[other] dias úteis
}
time-unit-months = { $count ->
    [one] mês
   *[other] meses
}
time-unit-years = { $count ->
    [one] ano
   *[other] anos
}

channel-web = Pela internet
channel-office = Presencial
channel-phone = Telefone
channel-sms = SMS
channel-app = Aplicativo
channel-mail = Pelos Correios
channel-email = E-mail
channel-purpose-track = acompanhar o pedido
channel-purpose-schedule = agendar atendimento
channel-purpose-calculate_fees = calcular as taxas
channel-purpose-look_up = consultar informações
channel-purpose-declare = fazer uma declaração
channel-purpose-issue = emitir o documento
channel-purpose-enrol = inscrever-se
channel-purpose-find_office = encontrar um posto de atendimento
channel-purpose-fill_in = preencher o formulário
channel-purpose-simulate = fazer uma simulação
channel-purpose-fax = fax
channel-wait = { $count ->
    [one] Tempo de espera: cerca de um minuto
   *[other] Tempo de espera: cerca de { $n } minutos
}
channel-hours = Horário de atendimento
opening-hours-range = { $day }, das { $opens } às { $closes }
channel-service-points = Postos de atendimento
channel-when-unavailable = Se o sistema pela internet estiver fora do ar

share-heading = Compartilhar este serviço
share-copy-link = Copiar link
share-copied = Link copiado.
share-copy-failed = Não foi possível copiar o link: copie-o da barra de endereço.
share-whatsapp = Compartilhar no WhatsApp
share-sms = Enviar por SMS
share-email = Enviar por e-mail
share-message = { $name }: { $url }
