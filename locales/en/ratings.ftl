## Ratings of services and "Is this page useful?", on the service page and in search results.
## Outcome messages ("-done-", "-error-") appear after a form is sent.

rating-heading = Ratings
rating-none = Nobody has rated this service yet.
rating-summary = { $count ->
    [one] Average { $average } out of 5, from one rating.
   *[other] Average { $average } out of 5, from { $n } ratings.
}
rating-channels = On the web: { $web } · By SMS: { $sms }
rating-distribution-caption = How people rated this service
rating-distribution-stars = Rating
rating-distribution-count = Number of ratings
rating-distribution-share = Share of all ratings
rating-stars = { $count ->
    [one] { $n } star
   *[other] { $n } stars
}
rating-percent = { $percent }%
rating-brief = { $count ->
    [one] { $average } out of 5 (one rating)
   *[other] { $average } out of 5 ({ $n } ratings)
}
rating-form-legend = Your rating
rating-form-legend-change = Change your rating
rating-star-1 = 1 star: very bad
rating-star-2 = 2 stars: bad
rating-star-3 = 3 stars: acceptable
rating-star-4 = 4 stars: good
rating-star-5 = 5 stars: very good
rating-dimension-label = What does your rating mostly reflect? (optional)
rating-dimension-none = The service as a whole
rating-dimension-clarity = Clarity of the information
rating-dimension-ease = Ease of use
rating-dimension-channels = Ways to get the service
rating-dimension-cost = Cost or effort
rating-dimension-time = Time it took
rating-dimension-result = The result obtained
rating-submit = Save my rating
rating-submit-change = Change my rating
rating-yours = You rated this service { $stars }.
rating-yours-about = You rated this service { $stars }, mostly for: { $dimension }.
rating-sign-in = { $link } to rate this service. Other people see only the average, never who rated.
rating-sign-in-link = Sign in
rating-staff = Staff accounts cannot rate services.
rating-archived = This service is no longer offered, so it can no longer be rated.
rating-done-saved = Thank you: your rating has been saved.
rating-done-changed = Your rating has been changed.
rating-error-signed-out = Sign in to rate a service. Your rating was not saved.
rating-error-stars = Choose from 1 to 5 stars. Your rating was not saved.
rating-error-dimension = Choose one of the listed aspects, or the service as a whole. Your rating was not saved.
rating-error-archived = This service is no longer offered, so it can no longer be rated.
rating-error-staff = Staff accounts cannot rate services: sign in with a citizen account.
rating-error-unavailable = Your rating could not be saved right now. Please try again in a few minutes.
rating-error-no-service = The form did not say which service to rate. Go back to the service page and try again.
rating-error-unknown-service = There is no such service to rate. It may have been removed.

useful-heading = Is this page useful?
useful-yes = Yes
useful-no = No
useful-details-legend = What went wrong? (optional)
useful-reason-incorrect = The information is wrong or out of date
useful-reason-incomplete = Some information is missing
useful-reason-unclear = It is hard to understand
useful-reason-not_needed = It is not what I was looking for
useful-reason-other = Something else
useful-comment-label = Tell us more (optional)
useful-comment-hint = Up to { $max } characters. Do not write personal details such as your name, phone number or document numbers: we cannot reply to you.
useful-send = Send
useful-done-yes = Thank you for your feedback.
useful-done-no = Thank you for your feedback. If you can, tell us what went wrong: it helps the agency improve this page.
useful-done-details = Thank you: your comments will help improve this page.
useful-error-answer = Choose “Yes” or “No”.
useful-error-reason = Choose one of the listed reasons, or none.
useful-error-too-long = Your comment is too long: keep it to 500 characters or fewer.
useful-error-expired = This answer can no longer be completed. Thank you for your feedback.
useful-error-unavailable = Your answer could not be saved right now. Please try again in a few minutes.
useful-error-rate-limited = Too many answers have come from your connection in a short time. Please wait a few minutes and try again.
useful-error-no-service = The form did not say which page it is about. Go back to the service page and try again.
useful-error-unknown-service = There is no such service page. It may have been removed.
