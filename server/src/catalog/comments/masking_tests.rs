use super::*;

/// Real-looking personal data, each alone in a sentence: masked once, the rest untouched.
const MASKED: &[(&str, &str)] = &[
    ("e-mail", "ana.silva@gmail.com"),
    ("e-mail with plus and subdomain", "maria_p+tramites@correo.gob.mx"),
    ("e-mail upper case", "JUAN.PEREZ@Hotmail.COM"),
    ("Brazil mobile, international", "+55 11 91234-5678"),
    ("Brazil mobile, area code in parentheses", "(11) 91234-5678"),
    ("Brazil mobile, area code", "11 91234-5678"),
    ("Brazil, everything in parentheses", "+55 (21) 2345-6789"),
    ("Mexico, international", "+52 55 1234 5678"),
    ("Mexico, dashes", "55-1234-5678"),
    ("Mexico, dots", "55.1234.5678"),
    ("Colombia mobile", "+57 310 123 4567"),
    ("Colombia mobile, local", "310 123 4567"),
    ("Peru mobile, international", "+51 987 654 321"),
    ("Peru mobile, digits only", "987654321"),
    ("Argentina mobile", "+54 9 11 1234-5678"),
    ("Central America, 8 digits", "2222-3333"),
    ("Chile, 7 digits with dash", "223-4567"),
    ("Caribbean, North American plan", "+1 809 555 0123"),
    ("Caribbean, parentheses", "(809) 555-0123"),
    ("CPF formatted", "123.456.789-09"),
    ("CPF digits only", "12345678909"),
    ("CURP", "GODE561231HDFRRN09"),
    ("CURP lower case", "gode561231hdfrrn09"),
    ("RUT formatted", "12.345.678-5"),
    ("RUT with K", "12345678-K"),
    ("RUT with k, formatted", "9.876.543-k"),
    ("RUT, 7 digits", "7654321-2"),
    ("Argentina DNI", "12.345.678"),
    ("Colombia cédula, 10 digits", "1.020.304.050"),
    ("Peru DNI", "45678912"),
    ("Colombia cédula, digits only", "1020304050"),
];

#[test]
fn personal_data_is_masked() {
    for (what, data) in MASKED {
        for template in ["{}", "Mi dato es {} gracias", "Meu número: {}.", "({})"] {
            let text = template.replace("{}", data);
            let masked = mask_personal_data(&text);
            assert_eq!(masked.count, 1, "{what}: {text:?} became {:?}", masked.text);
            assert_eq!(masked.text, template.replace("{}", MASK), "{what}: {text:?}");
        }
    }
}

/// Numbers people write about a service that are not personal data: they must stay.
const KEPT: &[(&str, &str)] = &[
    ("a year", "Em 2024 fui atendido em 3 dias."),
    ("years", "Entre 2019 e 2024 mudou tudo; 2019-2024 foi difícil."),
    ("a price in reais", "Paguei R$ 1.250,00 pela taxa."),
    ("a price without space", "Custa R$1250 e mais R$ 35,50."),
    (
        "a large price in dollars",
        "El trámite cuesta US$ 1.500.000 según el aviso.",
    ),
    (
        "an amount with its currency word",
        "Pagué 1.250.000 pesos y 3.500 soles.",
    ),
    ("a price with decimals only", "Cobraron 1.234.567,89 sin aviso."),
    ("a date with slashes", "Fui el 27/11/2026 a las 10:30."),
    ("an ISO date", "Agendado para 2026-11-27."),
    ("a dotted date", "Atendido em 27.11.2026, às 9h."),
    ("a service code", "O código do serviço é SRV-2024-00017."),
    ("a short number", "O serviço 10234 demorou 30 dias."),
    ("a law number", "Segundo a Lei 8.112/90 e o Decreto nº 9.094."),
    ("a percentage", "Sólo el 12345678% de los casos."),
    ("a postal code", "Agência no CEP 01310-100."),
    (
        "a time and small counts",
        "Esperei 45 minutos, 2 vezes, na fila 3.",
    ),
    ("a grade", "Nota 4.5 de 5."),
    ("a code glued to letters", "Protocolo ABC12345678 e ref12345678."),
    ("a protocol with a long group", "protocolo 2024.000123"),
    (
        "an at sign without a domain",
        "Escribí @ventanilla y @ana en la red.",
    ),
    (
        "an at sign with a dotless domain",
        "usuario@localhost no es correo.",
    ),
];

#[test]
fn near_misses_stay() {
    for (what, text) in KEPT {
        let masked = mask_personal_data(text);
        assert_eq!(masked.count, 0, "{what}: {text:?} became {:?}", masked.text);
        assert_eq!(&masked.text, text, "{what}");
    }
}

#[test]
fn several_pieces_are_counted() {
    let masked = mask_personal_data(
        "Escreva para ana@exemplo.com.br ou ligue (11) 91234-5678; meu CPF é 123.456.789-09.",
    );
    assert_eq!(masked.text, "Escreva para […] ou ligue […]; meu CPF é […].");
    assert_eq!(masked.count, 3);
}

#[test]
fn text_around_is_kept_exactly() {
    let masked = mask_personal_data("ñandú 😀 ana@x.org\nfim");
    assert_eq!(masked.text, "ñandú 😀 […]\nfim");
}
