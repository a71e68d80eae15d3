-- One SMS per request: a fresh gateway id and phone, one of 60 pt/es searches.
local queries = {
"pessoal",
"conselho%20escolar",
"analisar%20mato%20grosso%20do%20sul",
"inoculantes",
"pa",
"c%C3%A2ncer%20colo",
"criar%20n%C3%BAcleo%20apoio",
"regularizar%20d%C3%A9bitos%20junto",
"nom",
"plataforma%20lattes",
"aprovar%20projeto%20t%C3%A9cnico%20econ%C3%B4mico",
"denunicar%20pr%C3%A1ticas%20irregulares%20operadoras",
"lvra",
"permiso%20de%20residencia",
"origem",
"obter",
"habitacao",
"prestar%20seovi%C3%A7o%20tv%20assinatura",
"receber%20livros%20didlticos",
"nuvem",
"brasilena",
"participar%20forma%C3%A7%C3%A3o%20continuada%20professores",
"projetos",
"trabalhistas%20previdenci%C3%A1rias%20trabalhadoras%20rurais",
"sistema%20avalia%C3%A7%C3%A3o",
"reclamar%20dan",
"bens",
"msd",
"cadastrar%20entidades",
"doen%C3%A7as%20previstas",
"deprecia%C3%A7%C3%A3o%20acelerada%20incentivada",
"financiamento%20aquisi%C3%A7%C3%A3o%20%C3%B4nibus%20transporte",
"obter%20certidao%20registro",
"fgts",
"quejas%20y%20reclamaciones",
"denuncia",
"alta%20pardon",
"cas",
"opera%C3%A7%C3%B5es%20com%C3%A9rcio%20exterior",
"area%20porto%20organizado",
"imposto%20de%20rend",
"tra%C3%A7ado",
"eventtos%20seguran%C3%A7a%20sa%C3%BAde%20trabalho",
"cupia",
"saneamento",
"receiita",
"amostras%20esf",
"eventos",
"registro%20ceis%20cnep",
"obter%20licenca%20uso",
"autorizacao",
"enquadramento%20benefici%C3%A1rio%20fins%20participa%C3%A7%C3%B5es",
"uni%C3%A3o%20-%20menores%20r",
"meu",
"registrar%20topografia%20circuito%20integrado",
"declarat%C3%B3rio",
"inscrever-se%20portal%20emprega%20bras",
"autoriza%C3%A7%C3%A3o%20tr%C3%A2nsito%20res%C3%ADduos",
"obter%20certificado%20conclus%C3%A3o%20ensi",
"declarrar%20cr%C3%A9ditos"
}
local counter = 0
math.randomseed(os.time())
request = function()
  counter = counter + 1
  local id = string.format("w%d-%d-%d", os.time(), math.random(1, 1000000000), counter)
  local phone = string.format("%%2B55119%08d", math.random(0, 99999999))
  local text = queries[(counter % #queries) + 1]
  local path = "/sms/kannel/bench?token=bench-token-not-secret&id=" .. id .. "&from=" .. phone .. "&to=4000&text=" .. text
  return wrk.format("GET", path)
end
