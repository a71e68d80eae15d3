## Agency page.

agency-contact = Contact
agency-services = Services of this agency
