## Página de un servicio.

service-about = Sobre este servicio
service-who-can-apply = Quién puede solicitarlo
service-documents = Documentos necesarios
service-steps = Pasos
service-step-number = Paso { $n }
service-costs = Costos
service-channels = Dónde y cómo
service-cost = Costo
service-processing-time = Cuánto tarda
service-validity = Vigencia del resultado
service-online = Se puede hacer totalmente en línea
service-online-yes = Sí
service-online-no = No
service-agency = Organismo responsable
service-level = Nivel de gobierno
service-jurisdictions = Dónde se aplica
service-also-known-as = También conocido como
service-classification = Temas relacionados
service-life-events = Situaciones de vida
service-topics = Temas
service-legal-basis = Base legal
service-contact = Contacto
service-start-online = Iniciar en línea
service-last-verified = Información verificada por última vez el { $date }.
service-never-verified = El organismo todavía no ha verificado esta información.
service-updated = Última actualización: { $date }.
service-archived = Este servicio ya no se ofrece.
service-replaced-by = Fue reemplazado por:

cost-free = Gratuito
cost-variable = Variable
cost-unknown = No indicado

duration-between = de { $min } a { $max } { $unit }
duration-up-to = hasta { $max } { $unit }
duration-average = unos { $value } { $unit }
duration-immediate = Inmediato
time-unit-minutes = { $count ->
    [one] minuto
   *[other] minutos
}
time-unit-hours = { $count ->
    [one] hora
   *[other] horas
}
time-unit-days = { $count ->
    [one] día
   *[other] días
}
time-unit-calendar_days = { $count ->
    [one] día corrido
   *[other] días corridos
}
time-unit-working_days = { $count ->
    [one] día hábil
   *[other] días hábiles
}
time-unit-months = { $count ->
    [one] mes
   *[other] meses
}
time-unit-years = { $count ->
    [one] año
   *[other] años
}

channel-web = En línea
channel-office = En persona
channel-phone = Teléfono
channel-sms = SMS
channel-app = Aplicación móvil
channel-mail = Por correo postal
channel-email = Correo electrónico
channel-purpose-track = seguir su solicitud
channel-purpose-schedule = pedir una cita
channel-purpose-calculate_fees = calcular las tasas
channel-purpose-look_up = consultar información
channel-purpose-declare = presentar una declaración
channel-purpose-issue = obtener el documento
channel-purpose-enrol = inscribirse
channel-purpose-find_office = encontrar un punto de atención
channel-purpose-fill_in = llenar el formulario
channel-purpose-simulate = hacer una simulación
channel-purpose-fax = fax
channel-wait = { $count ->
    [one] Tiempo de espera: alrededor de un minuto
   *[other] Tiempo de espera: alrededor de { $n } minutos
}
channel-hours = Horario de atención
opening-hours-range = { $day }, de { $opens } a { $closes }
channel-service-points = Puntos de atención
channel-when-unavailable = Si el sistema en línea no funciona

share-heading = Compartir este servicio
share-copy-link = Copiar enlace
share-copied = Enlace copiado.
share-copy-failed = No se pudo copiar el enlace: cópielo desde la barra de direcciones.
share-whatsapp = Compartir por WhatsApp
share-sms = Enviar por SMS
share-email = Enviar por correo electrónico
share-message = { $name }: { $url }
