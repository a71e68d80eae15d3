#!/usr/bin/env python3
"""Writes benches/queries.txt: 1,000 citizen queries, `lang<TAB>text` a line, made
deterministically (fixed seed) from the vocabulary of the catalogue that `seed-synthetic` copies.

Mix: 600 Portuguese (words of real service names, 1-4 words, without accents, with one typo,
cut short as while typing, acronyms and popular names, some with a state or capital), 150
Spanish, 150 English, 100 French (what readers of those languages type: the reader-side
terms of seed/synonyms/ and common requests, also with typos, no accents and prefixes).

Run from anywhere: `python3 server/benches/make_queries.py` (no dependency beyond Python 3).
"""

import gzip
import pathlib
import random
import re
import unicodedata
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
SERVER = HERE.parent
NS = "{http://servicos.gov.br/v3/schema}"
SEED = 20261127

PT_STOP = set(
    "a o as os de da do das dos e em no na nos nas ao aos à às por para pelo pela pelos pelas "
    "com sem um uma uns umas ou que se sua seu suas seus sobre entre sob como mais the of".split()
)

# Requests readers of the other languages type, besides the reader-side synonym terms.
ES = [
    "renovar pasaporte", "sacar pasaporte", "cita pasaporte", "certificado de nacimiento",
    "acta de matrimonio", "registro civil", "licencia de conducir", "renovar licencia",
    "seguro de desempleo", "pension por invalidez", "jubilacion anticipada", "beca estudiantes",
    "ayuda vivienda", "impuesto sobre la renta", "declaracion de la renta", "inscripcion escolar",
    "vacunacion", "cita medica", "tarjeta sanitaria", "subsidio familiar", "empadronamiento",
    "permiso de residencia", "visado de trabajo", "nacionalidad brasileña", "antecedentes penales",
    "registro de empresa", "abrir empresa", "licencia de obra", "multa de trafico",
    "denuncia", "discapacidad certificado", "atencion al ciudadano", "quejas y reclamaciones",
    "certificado digital", "seguridad social", "consulta de deudas", "pago de tasas",
    "agua y alcantarillado", "recogida de basura", "transporte publico",
]
EN = [
    "renew passport", "passport appointment", "birth certificate", "marriage certificate",
    "driving licence renewal", "driver license", "unemployment benefit", "disability pension",
    "retirement", "student grant", "housing assistance", "income tax return", "school enrollment",
    "vaccination", "doctor appointment", "health card", "child benefit", "residence permit",
    "work visa", "brazilian citizenship", "criminal record certificate", "register a business",
    "building permit", "traffic fine", "report a crime", "disability certificate",
    "complaint", "digital certificate", "social security", "tax debt", "pay fees",
    "water supply", "garbage collection", "public transport", "id card", "work permit",
    "food stamps", "pension", "naturalization", "nationality",
]
FR = [
    "renouveler passeport", "demande de passeport", "acte de naissance", "acte de mariage",
    "permis de conduire", "allocation chomage", "pension invalidite", "retraite anticipee",
    "bourse etudiant", "aide au logement", "declaration impot revenu", "inscription scolaire",
    "vaccination", "rendez-vous medecin", "carte vitale", "allocations familiales",
    "titre de sejour", "visa de travail", "nationalite bresilienne", "casier judiciaire",
    "creer une entreprise", "permis de construire", "amende", "porter plainte",
    "carte handicap", "reclamation", "certificat numerique", "securite sociale",
    "carte d'identité", "santé",
]


def fold(text):
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def read_catalogue():
    """Service names, acronyms and popular names of the bundled gov.br catalogue."""
    names, popular = [], []
    with gzip.open(SERVER / "demo" / "govbr-cartas.xml.gz", "rb") as handle:
        for _, element in ET.iterparse(handle):
            if element.tag != NS + "servico":
                continue
            name = element.findtext(NS + "nome") or ""
            if name.strip():
                names.append(name.strip())
            acronym = (element.findtext(NS + "sigla") or "").strip()
            if 2 <= len(acronym) <= 12:
                popular.append(acronym)
            for item in element.iterfind(f"{NS}nomes-populares/{NS}item"):
                if item.text and len(item.text.split()) <= 4:
                    popular.append(item.text.strip())
            element.clear()
    return sorted(set(names)), sorted(set(popular))


def synonym_terms(lang):
    """Every member of the synonym groups of a language: what its readers are expected to type."""
    terms = []
    for line in (SERVER / "seed" / "synonyms" / f"{lang}.txt").read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        terms.extend(term.strip() for term in line.split(",") if term.strip())
    return sorted(set(terms))


def places():
    states = (SERVER / "src" / "synthetic" / "states.rs").read_text("utf-8")
    found = re.findall(r'state\(\d+, "[A-Z]{2}", "([^"]+)", "[a-z]+", "([^"]+)"', states)
    return sorted({p for pair in found for p in pair})


def words_of(name):
    return [w for w in re.findall(r"[\w-]+", name.lower()) if w not in PT_STOP and not w.isdigit()]


def typo(rng, word):
    """One edit, the kind thumbs make: a letter dropped, doubled, swapped or replaced."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["drop", "double", "swap", "replace"])
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "swap":
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    return word[:i] + rng.choice("aeiourstnlcm") + word[i + 1 :]


def misspell(rng, text):
    words = text.split()
    long_ones = [i for i, w in enumerate(words) if len(w) >= 5]
    if not long_ones:
        return text
    i = rng.choice(long_ones)
    words[i] = typo(rng, words[i])
    return " ".join(words)


def prefix(rng, text):
    """What is in the box while the last word is still being typed."""
    words = text.split()
    last = words[-1]
    if len(last) < 4:
        return text
    words[-1] = last[: rng.randrange(3, len(last))]
    return " ".join(words)


def ngram(rng, names):
    """One to four consecutive words of a real service name, short ones more often."""
    while True:
        words = words_of(rng.choice(names))
        if not words:
            continue
        size = min(len(words), rng.choices([1, 2, 3, 4], weights=[30, 35, 20, 15])[0])
        start = rng.randrange(0, len(words) - size + 1)
        return " ".join(words[start : start + size])


def variant(rng, text, accents=True):
    """The text as typed: as is, without accents, with a typo, or cut short."""
    kind = rng.choices(["plain", "fold", "typo", "prefix"], weights=[45, 25, 18, 12])[0]
    if kind == "fold" or not accents:
        text = fold(text)
    if kind == "typo":
        return misspell(rng, text)
    if kind == "prefix":
        return prefix(rng, text)
    return text


def portuguese(rng, names, popular, towns):
    queries = []
    for _ in range(250):
        queries.append(ngram(rng, names))
    for _ in range(100):
        queries.append(fold(ngram(rng, names)))
    for _ in range(100):
        queries.append(misspell(rng, ngram(rng, names)))
    for _ in range(60):
        queries.append(prefix(rng, ngram(rng, names)))
    pt_terms = synonym_terms("pt")
    for _ in range(60):
        queries.append(rng.choice(popular + pt_terms).lower())
    for _ in range(30):
        queries.append(f"{ngram(rng, names).split()[0]} {rng.choice(towns).lower()}")
    return queries


def other(rng, lang, requests, count):
    terms = sorted(set(requests + synonym_terms(lang)))
    return [variant(rng, rng.choice(terms).lower()) for _ in range(count)]


def main():
    rng = random.Random(SEED)
    names, popular = read_catalogue()
    towns = places()
    lines = [("pt", q) for q in portuguese(rng, names, popular, towns)]
    lines += [("es", q) for q in other(rng, "es", ES, 150)]
    lines += [("en", q) for q in other(rng, "en", EN, 150)]
    lines += [("fr", q) for q in other(rng, "fr", FR, 100)]
    rng.shuffle(lines)
    lines = [(lang, " ".join(q.split())) for lang, q in lines]
    assert len(lines) == 1000 and all(q for _, q in lines)
    out = HERE / "queries.txt"
    out.write_text("".join(f"{lang}\t{q}\n" for lang, q in lines), "utf-8")
    print(f"{out}: {len(lines)} queries")


if __name__ == "__main__":
    main()
