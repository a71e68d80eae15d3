## Escolher o próprio município.

place-title = Escolha seu município
place-intro = Os resultados da busca vão mostrar os serviços federais, os do seu estado e os do seu município, primeiro os locais. Sua escolha fica guardada em um cookie só neste aparelho.
place-current = Seu município: { $place }
place-forget = Esquecer meu município
place-search-label = Nome do seu município
place-search-button = Procurar
place-choose = Escolher { $place }
place-no-results = Nenhum município tem esse nome. Confira a grafia ou digite só as primeiras letras.
place-unknown = Esse município não existe. Volte e escolha um da lista.
error-403-title = Este pedido foi recusado
error-403-body = Para sua segurança, os formulários só podem ser enviados das páginas deste site. Volte e tente de novo.
error-413-body = Este pedido é grande demais (mais de 64 KiB). Encurte o que escreveu e tente de novo.
api-bad-language = O idioma deve ser es, pt, en ou fr.
