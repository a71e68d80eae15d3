## Service page.

service-about = About this service
service-who-can-apply = Who can apply
service-documents = Documents you need
service-steps = Steps
service-step-number = Step { $n }
service-costs = Costs
service-channels = Where and how
service-cost = Cost
service-processing-time = How long it takes
service-validity = How long the result is valid
service-online = Can be done entirely online
service-online-yes = Yes
service-online-no = No
service-agency = Responsible agency
service-level = Level of government
service-jurisdictions = Where it applies
service-also-known-as = Also known as
service-classification = Related subjects
service-life-events = Life events
service-topics = Topics
service-legal-basis = Legal basis
service-contact = Contact
service-start-online = Start online
service-last-verified = Information last checked on { $date }.
service-never-verified = This information has not yet been checked by the agency.
service-updated = Last updated on { $date }.
service-archived = This service is no longer offered.
service-replaced-by = It has been replaced by:

cost-free = Free
cost-variable = Varies
cost-unknown = Not stated

duration-between = { $min } to { $max } { $unit }
duration-up-to = up to { $max } { $unit }
duration-average = about { $value } { $unit }
duration-immediate = Immediately
time-unit-minutes = { $count ->
    [one] minute
   *[other] minutes
}
time-unit-hours = { $count ->
    [one] hour
   *[other] hours
}
time-unit-days = { $count ->
    [one] day
   *[other] days
}
time-unit-calendar_days = { $count ->
    [one] calendar day
   *[other] calendar days
}
time-unit-working_days = { $count ->
    [one] working day
   *[other] working days
}
time-unit-months = { $count ->
    [one] month
   *[other] months
}
time-unit-years = { $count ->
    [one] year
   *[other] years
}

channel-web = Online
channel-office = In person
channel-phone = Phone
channel-sms = SMS
channel-app = Mobile app
channel-mail = By post
channel-email = E-mail
channel-purpose-track = track your request
channel-purpose-schedule = book an appointment
channel-purpose-calculate_fees = calculate the fees
channel-purpose-look_up = look up information
channel-purpose-declare = make a declaration
channel-purpose-issue = get the document
channel-purpose-enrol = sign up
channel-purpose-find_office = find a service point
channel-purpose-fill_in = fill in the form
channel-purpose-simulate = run a simulation
channel-purpose-fax = fax
channel-wait = { $count ->
    [one] Waiting time: about one minute
   *[other] Waiting time: about { $n } minutes
}
channel-hours = Opening hours
opening-hours-range = { $day }, { $opens } to { $closes }
channel-service-points = Service points
channel-when-unavailable = If the online system is down

share-heading = Share this service
share-copy-link = Copy link
share-copied = Link copied.
share-copy-failed = The link could not be copied: copy it from the address bar.
share-whatsapp = Share on WhatsApp
share-sms = Send by SMS
share-email = Send by e-mail
share-message = { $name }: { $url }
