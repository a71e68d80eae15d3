## Compartilhado por todas as páginas: o site, a navegação, formatos, idiomas, erros.

site-name = Balcão único de serviços públicos
site-description = Encontre os serviços públicos do governo federal, estadual e municipal, o que eles exigem e como obtê-los.
skip-to-content = Pular para o conteúdo
nav-home = Início
breadcrumb-label = Você está aqui
language-switcher-label = Idioma
label-separator = :
moved-link = Este serviço tem um novo endereço. Ir até ele.

search-label = Buscar um serviço
search-button = Buscar

footer-data-source = As informações dos serviços vêm do { $link } (licença MIT) e são exibidas como foram publicadas: confirme com o órgão antes de ir.
footer-data-source-link = catálogo de serviços do governo federal do Brasil (gov.br)
footer-no-tracking = Este site não usa cookies de rastreamento nem carrega nada de outros sites.

## Números e datas. O separador de grupos fica entre os milhares.
number-group-separator = .
number-decimal-separator = ,
money-amount = { $symbol } { $amount }
date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo

## Nomes dos idiomas, neste idioma.
language-name-es = espanhol
language-name-pt = português
language-name-en = inglês
language-name-fr = francês
fallback-notice = Parte desta página ainda não está disponível em { $requested }. Ela é exibida em { $shown }, o idioma em que foi publicada.

## Níveis de governo.
level-national = Governo federal
level-state = Governo estadual
level-municipal = Governo municipal

pagination-label = Páginas
pagination-previous = Página anterior
pagination-next = Próxima página
pagination-status = Página { $page } de { $last }

## Páginas de erro.
error-back-home = Ir para a página inicial
error-400-title = Não conseguimos entender esse pedido
error-400-body = O endereço ou a busca está malformado ou é longo demais. Verifique e tente de novo.
error-404-title = Página não encontrada
error-404-body = A página que você procura não existe ou mudou de endereço. Tente buscar o serviço.
error-500-title = Algo deu errado do nosso lado
error-500-body = Não foi possível exibir a página. Tente de novo em alguns minutos.
error-503-title = O catálogo está temporariamente indisponível
error-503-body = Não conseguimos acessar o catálogo de serviços agora. Tente de novo em alguns minutos.
search-suggestions = Sugestões
search-suggestions-available = Há sugestões: use as setas para cima e para baixo para escolher.
search-suggestions-none = Nenhuma sugestão.
