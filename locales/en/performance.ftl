## Public performance pages: the whole catalogue and each agency.

footer-performance = How we are doing: satisfaction and answers
agency-performance-link = How this agency is doing: satisfaction and answers
performance-title = How we are doing
performance-agency-title = How { $agency } is doing
performance-intro = Figures from citizens' ratings, answers to “Is this page useful?” and published comments. Counts only: nothing about any person.
performance-csv = Download these figures (CSV)
performance-satisfaction-heading = Satisfaction
performance-satisfaction-summary = { $count ->
    [one] Average { $average } out of 5, from one rating.
   *[other] Average { $average } out of 5, from { $n } ratings.
}
performance-no-ratings = Nobody has rated these services yet.
performance-distribution-title = Ratings by number of stars
performance-stars-heading = Rating
performance-stars = { $count ->
    [one] { $n } star
   *[other] { $n } stars
}
performance-ratings = Ratings
performance-trend-title = Average rating by month
performance-monthly-title = Ratings by month
performance-month = Month
performance-average = Average (out of 5)
performance-useful-heading = Is this page useful?
performance-useful-summary = { $count ->
    [one] { $percent } of one answer said yes.
   *[other] { $percent } of { $n } answers said yes.
}
performance-useful-none = Nobody has answered yet.
performance-answer = Answer
performance-answers = Answers
performance-percent = { $percent }%
performance-comments-heading = Answers to comments
performance-comments-summary = { $count ->
    [one] One published comment; { $percent } of those due or answered were answered within the target.
   *[other] { $n } published comments; { $percent } of those due or answered were answered within the target.
}
performance-comments-none = No comment has been published yet.
performance-comments-explained = Each published comment has a target date by which the agency should answer.
performance-comments-chart = Published comments by answer
performance-comments-state = Answer
performance-comments-count = Comments
performance-comments-on-time = Answered within the target
performance-comments-late = Answered late
performance-comments-overdue = Not answered, past the target
performance-comments-awaiting = Not answered yet, within the target
performance-online-heading = Services online
performance-online-summary = { $count ->
    [one] { $percent } of one service can be completed fully online.
   *[other] { $percent } of { $n } services can be completed fully online.
}
performance-online-none = No service is published yet.
performance-online-chart = Services by how they can be completed
performance-online-kind = Can be completed
performance-online-yes = Fully online
performance-online-no = Not fully online
performance-services = Services
