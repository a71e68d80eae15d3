## Staff tools: the editorial pages (agency home, a service's workflow, versions) and the audit log.

admin-tool-services = Services and their workflow
admin-tool-services-about = Your agency's services by status, those waiting for review or due for verification, and each one's workflow, quality report and versions.
admin-tool-audit = Audit log
admin-tool-audit-about = Who did what, and when: filter it and download it as CSV.

admin-services-title = Services
admin-services-agency = Agency
admin-services-all-agencies = All agencies
admin-services-show = Show
admin-services-counts = Services by status
admin-services-col-status = Status
admin-services-col-count = Services
admin-services-col-service = Service
admin-services-col-verified = Last verified
admin-services-waiting = Waiting for review
admin-services-waiting-none = No service is waiting for review.
admin-services-due = Due for verification
admin-services-due-count = { $count ->
    [0] Every service was verified in the last 12 months.
    [one] One service was not verified in the last 12 months.
   *[other] { $n } services were not verified in the last 12 months.
}
admin-services-recent = Recent activity
admin-services-recent-more = The whole audit log
admin-services-all = All services
admin-services-none = This agency has no service yet.
admin-services-pages = Pages
admin-services-previous = Previous page
admin-services-next = Next page
admin-services-page-of = Page { $page } of { $pages }

admin-services-desk-title = Service workflow
admin-services-version = Version
admin-services-pending = (saved changes not published yet)
admin-services-versions-link = Versions and differences
admin-services-public-link = The public page
admin-services-rejection = Why it was sent back
admin-services-quality = Quality report
admin-services-blocking = Must be fixed before publishing
admin-services-blocking-none = Nothing blocks publishing.
admin-services-warnings = Warnings
admin-services-warnings-none = No warnings.
admin-services-readability = Readability by language
admin-services-band-easy = Plain language.
admin-services-band-medium = Fairly hard to read.
admin-services-band-hard = Hard to read.
admin-services-actions = What you can do
admin-services-no-actions = Your role allows no step on this service as it is now.
admin-services-submit = Send for review
admin-services-publish = Publish
admin-services-verify = Confirm the facts are still right
admin-services-reason = Why it goes back to the editors (required)
admin-services-reject = Send back to the editors
admin-services-replacement = Replaced by (optional)
admin-services-replacement-hint = The address or number of a published service that takes its place.
admin-services-archive = Archive: no longer offered

admin-services-done-submit = Sent for review.
admin-services-done-reject = Sent back to the editors with your reason.
admin-services-done-publish = Published: citizens see it now.
admin-services-done-archive = Archived: its page now says it is no longer offered.
admin-services-done-verify = Confirmed as verified today.
admin-services-done-restore = Restored as a new version.
admin-services-error-stale = Someone saved a newer version after you loaded this page. Nothing was changed: review the newest version, then try again.

admin-versions-title = Versions
admin-versions-number = Version { $number }
admin-versions-restore = Restore this version as a new draft
admin-versions-live = Citizens see this one
admin-versions-col-number = Version
admin-versions-col-author = Saved by
admin-versions-col-date = Date
admin-versions-col-note = Note
admin-versions-col-live = Published
admin-versions-col-restore = Restore
admin-versions-nothing = (nothing)
admin-versions-differences = Differences from version { $from } to version { $to }
admin-versions-no-differences = These versions have the same content.
admin-versions-col-field = Field
admin-versions-col-before = Before
admin-versions-col-after = After
admin-versions-none = No version was saved in the staff tools yet: the service is as it was imported.
admin-versions-from = From
admin-versions-to = To
admin-versions-compare = Compare

admin-audit-title = Audit log
admin-audit-actor = Staff account number
admin-audit-action = Action
admin-audit-any = Any action
admin-audit-agency = Agency
admin-audit-record = Service number
admin-audit-range-hint = Dates as YYYY-MM-DD, both days included. Without dates: every day.
admin-audit-col-when = When
admin-audit-col-detail = Detail
admin-audit-none = Nothing recorded matches.
admin-audit-csv = Download these rows (CSV)
admin-audit-results = Events, newest first
admin-audit-page = Page { $page }
admin-audit-error-number = The account and service numbers are whole numbers, such as 42.
admin-audit-error-date = Write the dates as YYYY-MM-DD, for example 2026-03-31.
admin-audit-error-reversed = The start date is after the end date.
admin-audit-error-action = Choose one of the listed actions.
