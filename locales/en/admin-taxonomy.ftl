## Life events and topics in the staff tools (/admin/taxonomy): platform administrators only.

admin-tool-taxonomy = Life events and topics
admin-tool-taxonomy-about = The life events and topics services are classified under, with their names in each language.

admin-taxonomy-title = Life events and topics
admin-taxonomy-intro = Life events have a page of their own and are listed on the home page; citizens filter search results by life events and topics. Only a platform administrator changes them.
admin-taxonomy-new = Add a life event or topic
admin-taxonomy-life-events = Life events
admin-taxonomy-topics = Topics
admin-taxonomy-none = There are none yet.
admin-taxonomy-col-label = Name
admin-taxonomy-col-missing = Name missing in
admin-taxonomy-col-services = Services
admin-taxonomy-complete = Every language has one

admin-taxonomy-new-title = New life event or topic
admin-taxonomy-edit-title = Edit a life event or topic
admin-taxonomy-kind = Kind
admin-taxonomy-kind-life-event = Life event
admin-taxonomy-kind-topic = Topic
admin-taxonomy-kind-hint = A life event, such as having a baby, has its own page and is listed on the home page; a topic only filters search results.
admin-taxonomy-slug = Web address
admin-taxonomy-slug-hint = Lower-case letters a to z, digits and single hyphens, such as having-a-baby. No other life event or topic may use it; changing it changes the address of the life event's page.
admin-taxonomy-position = Order
admin-taxonomy-position-hint = A whole number from 0 to 9999: the home page lists life events from the smallest. Left empty, it is 0.
admin-taxonomy-labels = Name in each language
admin-taxonomy-labels-hint = Give the name in at least one language. Where a language has none, readers see the name in another language.
admin-taxonomy-label-es = Name in Spanish
admin-taxonomy-label-pt = Name in Portuguese
admin-taxonomy-label-en = Name in English
admin-taxonomy-label-fr = Name in French
admin-taxonomy-descriptions = Description in each language
admin-taxonomy-descriptions-hint = Optional: one or two sentences shown under the name on the life event's page. Topics do not show it.
admin-taxonomy-description-es = Description in Spanish
admin-taxonomy-description-pt = Description in Portuguese
admin-taxonomy-description-en = Description in English
admin-taxonomy-description-fr = Description in French
admin-taxonomy-save = Save
admin-taxonomy-problems = Check these fields

admin-taxonomy-delete-heading = Delete
admin-taxonomy-delete-hint = No service is classified under it, so it can be deleted with its names and descriptions. This cannot be undone.
admin-taxonomy-delete = Delete it
admin-taxonomy-delete-in-use = { $count ->
    [one] One service is classified under it, so it cannot be deleted. Take it off that service first.
   *[other] { $n } services are classified under it, so it cannot be deleted. Take it off those services first.
}

admin-taxonomy-done-created = It was added.
admin-taxonomy-done-saved = The changes were saved.
admin-taxonomy-done-deleted = It was deleted.
admin-taxonomy-error-in-use = { $count ->
    [one] Not deleted: one service is classified under it.
   *[other] Not deleted: { $n } services are classified under it.
}
admin-taxonomy-error-label-required = Give the name in at least one language.
admin-taxonomy-error-position = Enter a whole number from 0 to 9999, or leave it empty.
admin-taxonomy-error-slug-taken = Another life event or topic already uses this address.

# The audit log's names of these changes.
editorial-audit-taxonomy-created = Added a life event or topic
editorial-audit-taxonomy-updated = Changed a life event or topic
editorial-audit-taxonomy-deleted = Deleted a life event or topic
