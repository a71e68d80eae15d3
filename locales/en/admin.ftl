## Staff tools (/admin): the home, the SMS simulator, the SMS statistics.

admin-nav = Staff tools
admin-title = Staff tools
admin-intro = The tools your role allows. Every action is checked again on the server.
admin-tool-simulator = SMS simulator
admin-tool-simulator-about = Type as a phone and see the reply exactly as it would be sent, part by part. Nothing is sent or counted.
admin-tool-stats = SMS statistics
admin-tool-stats-about = Messages in and out, opt-outs, and what people search for by SMS, per day.
admin-tool-comments = Comments
admin-tool-comments-about = Moderate citizens' comments and answer them for your agency.
admin-tool-performance = Public performance figures
admin-tool-performance-about = Satisfaction, answers to comments and online services, as the public sees them.

admin-simulator-title = SMS simulator
admin-simulator-intro = Write a message as a citizen would text it. The reply comes from the real SMS conversation (search, details, MAS, HELP, LOCAL, language), but nothing is sent, no rating is saved, and nothing counts in the statistics or limits.
admin-simulator-gateway-label = Gateway
admin-simulator-no-gateway = No SMS gateway is configured, so the built-in policy applies:
admin-simulator-policy = { $encoding }, at most { $parts ->
    [one] one part
   *[other] { $parts } parts
}, default language: { $language }
admin-simulator-encoding-transliterate = GSM-7 (accents transliterated)
admin-simulator-encoding-ucs2 = UCS-2 when needed (nothing altered)
admin-simulator-language-none = none
admin-simulator-text-label = Message
admin-simulator-text-hint = Up to 1,600 characters. Try a search, then “1” or “MAS”.
admin-simulator-send = Send as a phone
admin-simulator-reset = Start over
admin-simulator-reply-heading = Reply
admin-simulator-you-sent = You sent:
admin-simulator-silent = No reply: this phone has opted out (text START to opt back in).
admin-simulator-summary = { $count ->
    [one] One part in { $coding }, in { $language }.
   *[other] { $count } parts in { $coding }, in { $language }.
}
admin-simulator-part = Part { $number } ({ $coding })
admin-simulator-units-gsm7 = { $used } of { $size } characters (septets)
admin-simulator-units-ucs2 = { $used } of { $size } characters (UTF-16 units)
admin-simulator-gsm7 = GSM-7
admin-simulator-ucs2 = UCS-2
admin-simulator-truncated = The reply was too long for the gateway's parts: it was cut and the continuation note added.
admin-simulator-transcript-heading = Conversation so far
admin-simulator-transcript-empty = Nothing sent yet.
admin-simulator-phone = Phone:
admin-simulator-channel = Reply:
admin-simulator-parts = { $count ->
    [one] one part
   *[other] { $n } parts
}
admin-simulator-error-empty = Write a message first.
admin-simulator-error-too-long = The message is too long: keep it to 1,600 characters.
admin-simulator-error-gateway = Choose one of the listed gateways.
admin-simulator-error-unavailable = The conversation could not answer right now. Please try again in a few minutes.

admin-stats-title = SMS statistics
admin-stats-from = From
admin-stats-to = To
admin-stats-range-hint = Dates as YYYY-MM-DD. Without dates: the last 30 days. At most 366 days.
admin-stats-show = Show
admin-stats-csv = Download the daily figures (CSV)
admin-stats-day = Day
admin-stats-messages-title = Messages per day
admin-stats-in = Received
admin-stats-out = Sent
admin-stats-opt-outs-title = Opt-outs and opt-ins per day
admin-stats-opt-outs = Opt-outs (STOP)
admin-stats-opt-ins = Opt-ins (START)
admin-stats-top-title = Most asked searches
admin-stats-top-empty = No search in this period.
admin-stats-zero-title = Searches that found nothing
admin-stats-zero-empty = Every search in this period found something.
admin-stats-query = Search
admin-stats-language = Language
admin-stats-searches = Times asked
admin-stats-misses = Times with no result
admin-stats-error-date = Write the dates as YYYY-MM-DD, for example 2026-03-31.
admin-stats-error-reversed = The start date is after the end date.
admin-stats-error-too-long = Choose a period of at most 366 days.

chart-empty = No data in this period
chart-no-value = –
chart-table-caption = Data of the chart:
