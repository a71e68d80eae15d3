## Página de um órgão.

agency-contact = Contato
agency-services = Serviços deste órgão
