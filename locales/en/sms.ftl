## The SMS channel: replies to citizens' text messages. Keep them short: 160 plain characters
## make one message (70 when a letter outside the GSM alphabet is used). Keywords in capitals are
## the commands people type; they are listed in server/src/sms/commands.rs.

sms-results-item = { $number }) { $name } #{ $code }
sms-results-more = Reply 1-{ $last } or the code for details. MORE: next results.
sms-results-end = Reply 1-{ $last } or the code for details.
sms-no-results = No services found for "{ $query }". Try other words.
sms-did-you-mean = No services found for "{ $query }". Did you mean "{ $suggestion }"? Send it to search.
sms-more-none = No more results. Send another search.
sms-no-list = First send what you are looking for, for example: passport
sms-pick-out-of-range = Choose a number from the list (1-{ $last }) or send another search.
sms-code-unknown = There is no service with code { $code }. Check the number.

## The essentials of one service, at most 3 messages.
sms-details-cost = Cost: { $cost }
sms-details-documents = Documents: { $documents }
sms-details-more-documents = (+{ $count })
sms-details-online = Online: { $url }
sms-details-office = Office: { $office }
sms-details-phone = Phone: { $phone }
sms-details-rate = Rate it: RATE { $code } 1-5
sms-hours = { $days } { $opens }-{ $closes }
sms-weekday-1 = Mon
sms-weekday-2 = Tue
sms-weekday-3 = Wed
sms-weekday-4 = Thu
sms-weekday-5 = Fri
sms-weekday-6 = Sat
sms-weekday-7 = Sun

sms-rate-saved = Thank you: your rating of { $stars ->
    [one] 1 star
   *[other] { $stars } stars
} for service { $code } is saved.
sms-rate-usage = To rate a service send RATE, its code and a score from 1 to 5. Example: RATE 042 5

sms-help = Send what you need (e.g. passport) to get 3 services. Reply 1-3 or a code for details, MORE for more, RATE code 1-5, LOCAL your town, LANG es/pt/fr. STOP to stop.
sms-stop = Done: you will get no more messages. To come back, send START.
sms-start = Welcome back. Send what you are looking for, or HELP.
sms-language-set = Done: we will reply in English.
sms-language-unknown = Languages: es (espanol), pt (portugues), en (English), fr (francais). Example: LANG en

sms-local-usage = Send LOCAL and the name of your town. Example: LOCAL Springfield
sms-local-none = No town called "{ $name }" found. Check the spelling.
sms-local-set = Done: your town is { $place }. Its services will come first.
sms-local-choose = Several towns match. Reply with the number:
sms-local-item = { $number }) { $place }
sms-local-item-parent = { $number }) { $place }, { $parent }
sms-local-too-many = There are more: send the full name.

sms-unavailable = The service is unavailable right now. Please try again later.
sms-rate-limited = Too many messages: wait a minute before sending more.
sms-truncated = ...(cut)

## Answers to the SMS gateways themselves (HTTP), not to citizens.
sms-http-unknown-gateway = Unknown SMS gateway.
sms-http-forbidden = Request refused: the token or signature is missing or wrong.
sms-http-missing = Required fields missing: { $fields }.
sms-http-too-long = The message is longer than { $max } characters.
sms-http-unknown-message = Unknown message: no SMS with this reference was sent through this gateway.
sms-http-bad-status = The delivery status is missing or unknown.
sms-http-busy = The reply could not be queued. Send the message again later.
