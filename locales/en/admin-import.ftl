## Staff tools: importing a file into an agency (dry run, confirmation, summary) and exporting its services as CSV.

admin-import-link = Import services from a file
admin-import-title = Import services
admin-import-intro = Imported services land as drafts in this agency, whatever agency the file names. A service the agency already has (the same identifier, or the same address) gets a new version: a draft's content is replaced, a service in review goes back to draft, and a published service keeps what citizens see until a publisher publishes the new version. First you see what would happen; nothing is written until you confirm.
admin-import-format = Format of the file
admin-import-format-csv = CSV template
admin-import-format-csv-hint = One row per service, as described in the template's documentation; saved from a spreadsheet as "CSV UTF-8".
admin-import-format-govbr = gov.br XML
admin-import-format-govbr-hint = Brazil's service catalogue ("cartas de serviço", version 3): one XML file or a .xml.gz bundle, or several XML files.
admin-import-format-hsds = HSDS
admin-import-format-hsds-hint = An Open Referral data package: choose its CSV files together (services.csv, organizations.csv, locations.csv…).
admin-import-file = File
admin-import-file-hint = At most { $megabytes } MB in all. You can choose several files for gov.br and HSDS.
admin-import-dry-run = Check the file
admin-import-export-title = Export
admin-import-export-about = Every service of the agency, whatever its status, in the CSV template: edit it in a spreadsheet and import it back.
admin-import-export-link = Download the services as CSV

admin-import-error-format = Choose the format of the file.
admin-import-error-no-file = Choose a file to import.
admin-import-error-too-large = The file is too large: an import takes at most 5 MB. Split it into smaller files and import them one after the other.
admin-import-error-invalid-rows = Nothing was imported, because some rows are invalid. Fix them and upload the file again, or tick "Import the valid rows".

admin-import-review-title = Check the import
admin-import-review-intro = This is what the import would do. Nothing has been written yet.
admin-import-counts = Summary
admin-import-planned = Services
admin-import-rejected = Rejected rows
admin-import-col-outcome = Outcome
admin-import-col-count = Services
admin-import-col-name = Service
admin-import-col-record = Identifier
admin-import-col-slug = Address
admin-import-col-effect = What happens
admin-import-col-fields = Fields changed
admin-import-col-line = Line
admin-import-col-file = File
admin-import-col-reasons = Why
admin-import-count-created = Created
admin-import-count-changed = Changed
admin-import-count-unchanged = Unchanged
admin-import-count-rejected = Rejected
admin-import-effect-created = New draft
admin-import-effect-draft-updated = Draft updated
admin-import-effect-back-to-draft = New version; back to draft for a new review
admin-import-effect-pending-version = New version, waiting to be published
admin-import-effect-unchanged = Unchanged
admin-import-valid-only = Import the valid rows
admin-import-valid-only-hint = The rejected rows are left out; import them later once fixed.
admin-import-confirm = Import
admin-import-start-over = Upload another file

admin-import-done-title = Import finished
admin-import-done = Imported: { $created ->
    [one] one service created
   *[other] { $created } services created
}, { $changed ->
    [one] one changed
   *[other] { $changed } changed
}, { $rejected ->
    [0] no row rejected.
    [one] one row rejected.
   *[other] { $rejected } rows rejected.
}
admin-import-done-next = Imported services are drafts, or new versions waiting to be published: review and publish them from the services page.
admin-import-to-services = Back to the agency's services

admin-import-gone-title = Upload not found
admin-import-gone = This upload is no longer available: uploads are kept for one hour, and only for the person who sent them. Upload the file again.

import-reason-required = The required field "{ $field }" is empty.
import-reason-too-long = "{ $field }" is too long.
import-reason-language = The language is not one of es, pt, en or fr.
import-reason-level = The level is not national, state or municipal.
import-reason-country = The country code is not an ISO 3166-1 code (ES, BR, US…).
import-reason-place-code = "{ $field }" must start with the country code and a hyphen, without spaces, in at most 32 characters.
import-reason-place-missing = The place does not match the level: a state service needs a state, a municipal service a municipality, each with its name.
import-reason-duplicate = "{ $field }" is repeated: another row has the same value.
import-reason-slug = The address (slug) has no letters or digits: fill in "slug".
import-reason-yes-no = "{ $field }" is not yes or no.
import-reason-web-address = "{ $field }" is not a web address (https://…).
import-reason-cost = The cost is not free, variable or an amount with a currency code (12.50 EUR).
import-reason-processing-time = The processing time is not "immediate", "10 days", "5-10 days" or "about 3 days".
import-reason-channel-kind = A channel does not start with web, app, phone, sms, email, mail or office and a colon.
import-reason-channel-value = A channel's value does not fit its kind (an address for web, a number for phone…).
import-reason-inconsistent = "{ $field }" is described differently on another row.
import-reason-encoding = The file is not UTF-8 text: save the spreadsheet as "CSV UTF-8".
import-reason-malformed = The file cannot be read: it is not well-formed CSV or XML.
import-reason-columns = The columns do not match the template: { $field }.
import-reason-unnamed-column = A value is in a column without a name.
import-reason-organization = The organization is neither in organizations.csv nor in locations.csv.
import-reason-missing-file = A required file is missing.
import-reason-one-file = Choose exactly one file for this format.
import-reason-unexpected-element = Unexpected element <{ $field }>.
import-reason-missing-element = The element <{ $field }> is missing.
import-reason-not-a-number = <{ $field }> is not a number.
import-reason-other-agency = This identifier ("{ $field }") belongs to a service of another agency: change it.
import-reason-conflict = Someone saved this service while it was being imported: import the file again.
import-reason-other = This record cannot be read:

editorial-audit-service-imported = Service imported
editorial-audit-import-completed = Import completed
