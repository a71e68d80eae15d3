## Editorial work on services in the staff tools: workflow, versions, quality checks, audit log.

editorial-status-draft = Draft
editorial-status-in_review = In review
editorial-status-published = Published
editorial-status-archived = Archived

editorial-error-not-found = This service does not exist, or you have no role in its agency.
editorial-error-forbidden = Your role in this agency does not allow this.
editorial-error-conflict = Someone saved this service after you opened it. Both versions are shown below: copy what you need into the newest one, then save again.
editorial-error-invalid = Some fields need correcting. Nothing was saved.
editorial-error-blocked = This service cannot be published yet: fix the problems listed.
editorial-error-wrong-status = This step does not apply to the service as it is now. Reload the page to see its current state.
editorial-error-unavailable = The service could not be saved right now. Nothing was changed; please try again in a moment.

editorial-field-required = This field is required.
editorial-field-too-long = This text is too long.
editorial-field-unknown-locale = This language is not one of the catalogue's languages.
editorial-field-unknown-value = Choose one of the values offered.
editorial-field-invalid-url = Enter a full web address starting with https://.
editorial-field-invalid-email = Enter an e-mail address such as name@agency.gov.
editorial-field-invalid-hours = Opening hours need a weekday and a time from HH:MM to a later HH:MM.
editorial-field-invalid-reference = This part refers to a step or case that does not exist.
editorial-field-invalid-amount = Enter the amount, zero or more.
editorial-field-invalid-currency = Enter the three-letter currency code, such as EUR or BRL.
editorial-field-invalid-replacement = The replacement must be another published service.
editorial-field-invalid-slug = Use lower-case letters, digits and hyphens only.
editorial-field-slug-taken = Another service already uses this address.

editorial-quality-missing-name = The service needs a name in its main language.
editorial-quality-missing-summary = The service needs a summary in its main language.
editorial-quality-no-steps = The service needs at least one step.
editorial-quality-no-channels = The service needs at least one way to apply or get help.
editorial-quality-no-online-channel = There is no online channel: citizens will have to travel.
editorial-quality-missing-translation = Missing in { $language }: citizens reading it will see the text in another language.
editorial-quality-readability = Readability: { $score } (higher is easier; aim for 60 or more).
editorial-quality-hardest-sentences = The sentences that make it hardest to read:

editorial-verification-due = Not verified for 12 months or more. Check the facts and confirm.
editorial-verification-never = Never verified.

editorial-audit-actor-system = System
editorial-audit-service-create = Created the service
editorial-audit-service-save = Saved a version
editorial-audit-service-submit = Sent for review
editorial-audit-service-reject = Rejected
editorial-audit-service-publish = Published
editorial-audit-service-archive = Archived
editorial-audit-service-restore = Restored an old version
editorial-audit-service-verify = Confirmed as verified
editorial-audit-authorization-denied = Refused: not allowed
editorial-audit-staff-sign_in = Signed in to the staff tools
editorial-audit-staff-role_granted = Granted a role
editorial-audit-staff-role_revoked = Revoked a role
