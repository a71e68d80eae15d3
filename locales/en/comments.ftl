## Comments on services, agencies' official answers, and the moderation queue of agency staff.
## Outcome messages ("-done-", "-error-") appear after a form is sent.

comment-heading = Comments
comment-count = { $count ->
    [0] No comments have been published yet.
    [one] One published comment.
   *[other] { $n } published comments.
}
comment-unavailable = Comments cannot be shown right now.
comment-archived = This service is no longer offered, so it can no longer be commented on.
comment-sign-in = { $link } to comment on this service. Comments are published without your name.
comment-sign-in-link = Sign in
comment-staff = Staff accounts cannot comment: answer comments from the moderation page.
comment-privacy = Do not include personal data (your ID number, phone, e-mail or address): everyone can read comments. E-mail addresses, phone numbers and ID numbers are hidden automatically.
comment-label = Your comment
comment-hint = Up to { $max } characters. Say what went well or badly with this service.
comment-trap-label = Leave this field empty
comment-moderated = A moderator reads every comment before it is published.
comment-submit = Send my comment
comment-published = Published on { $date }
comment-answer-label = Official answer
comment-answer-official = Official answer
comment-answer-date = on { $date }
comment-report = Report this comment
comment-report-legend = What is wrong with this comment?
comment-report-reason-spam = Spam or advertising
comment-report-reason-personal_data = It shows someone's personal data
comment-report-reason-offensive = Offensive or abusive
comment-report-reason-other = Something else
comment-report-send = Send the report
comment-newer = Newer comments
comment-older = Older comments
comment-pages-label = Pages of comments

comment-done-pending = Thank you: your comment has been received. It will be published once a moderator has read it.
comment-done-reported = Thank you: a moderator will look at this comment.
comment-error-signed-out = Sign in to comment. Your comment was not sent.
comment-error-staff = Staff accounts cannot comment: sign in with a citizen account.
comment-error-archived = This service is no longer offered, so it can no longer be commented on.
comment-error-empty = Write your comment before sending it.
comment-error-too-long = Your comment is longer than 1,250 characters. Shorten it and send it again.
comment-error-too-fast = That was very fast. Please take your time to write your comment, then send it again.
comment-error-expired = This form has expired. Reload the page and send your comment again.
comment-error-unavailable = Your comment could not be sent right now. Please try again in a few minutes.
comment-error-rate-limited = You can send one comment a minute. Please wait a moment and try again.
comment-error-no-service = The form did not say which service to comment on. Go back to the service page and try again.
comment-error-unknown-service = There is no such service to comment on. It may have been removed.
comment-error-no-comment = There is no such comment. It may have been removed.
comment-error-report-reason = Choose what is wrong with the comment. Your report was not sent.
comment-error-report-twice = You have already reported this comment.
comment-error-report-signed-out = Sign in to report a comment. Your report was not sent.

moderation-title = Comment moderation
moderation-intro = Comments on your agencies' services are published only once approved.
moderation-target = { $count ->
    [one] Agencies answer published comments within one working day.
   *[other] Agencies answer published comments within { $days } working days.
}
moderation-written = written on { $date }
moderation-review-heading = Waiting for a decision
moderation-review-none = No comment is waiting for a decision.
moderation-reported = { $count ->
    [one] Published, reported once ({ $new } new).
   *[other] Published, reported { $count } times ({ $new } new).
}
moderation-held-links = Held by the anti-spam rules: almost nothing but links.
moderation-held-repeated = Held by the anti-spam rules: the same text was posted before.
moderation-masked = { $count ->
    [one] One piece of personal data was hidden.
   *[other] { $count } pieces of personal data were hidden.
}
moderation-approve = Approve and publish
moderation-keep = Keep it published
moderation-reject = Reject
moderation-take-down = Take it down
moderation-reason-label = Reason for rejecting
moderation-note-label = Note for other moderators (optional)
moderation-reason-spam = Spam or advertising
moderation-reason-personal_data = Personal data
moderation-reason-offensive = Offensive or abusive
moderation-reason-off_topic = Not about this service
moderation-reason-other = Other
moderation-awaiting-heading = Published, waiting for an answer
moderation-awaiting-none = Every published comment has been answered.
moderation-due = Answer due by { $date }.
moderation-overdue = Overdue: the answer was due by { $date }.
moderation-answer-label = Official answer of the agency
moderation-answer-send = Publish the answer
moderation-answered-heading = Answered lately
moderation-answered-none = No comment has been answered yet.
moderation-answered-on-time = { $count ->
    [0] First answer on the day it was published (target: { $target } working days).
    [one] First answer after one working day (target: { $target } working days).
   *[other] First answer after { $count } working days (target: { $target } working days).
}
moderation-answered-late = First answer after { $count } working days: later than the target of { $target }.

moderation-done-approved = The comment is published. The agency's answer is now due.
moderation-done-rejected = The comment was rejected and is not public.
moderation-done-kept = The comment stays published; its reports are marked as seen.
moderation-done-answered = The answer is published under the comment.
moderation-error-already = Someone already decided on this comment. Nothing was changed.
moderation-error-not-published = Only published comments can be answered or kept. Nothing was changed.
moderation-error-reason = Choose a reason for rejecting. Nothing was changed.
moderation-error-note-too-long = The note is longer than 500 characters. Nothing was changed.
moderation-error-answer-empty = Write the answer before publishing it.
moderation-error-answer-too-long = The answer is longer than 2,000 characters. Shorten it and publish it again.
moderation-error-unavailable = This could not be done right now. Please try again in a few minutes.
moderation-error-not-found = There is no such comment.
