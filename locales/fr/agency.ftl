## Page d’un organisme.

agency-contact = Contact
agency-services = Services de cet organisme
