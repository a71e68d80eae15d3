## Página de un organismo.

agency-contact = Contacto
agency-services = Servicios de este organismo
