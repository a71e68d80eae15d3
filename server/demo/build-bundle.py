#!/usr/bin/env python3
"""Builds govbr-cartas.xml.gz from a checkout of servicosgovbr/cartas-de-servico.

Usage: build-bundle.py SOURCE_FOLDER [OUTPUT]
SOURCE_FOLDER holds servicos/*.xml and conteudo/orgaos/*.xml (v3 format). Every record is kept
as published (duplicates included: the importer keeps the newest of each); only the XML
declarations are dropped so that the records fit in one <cartas> document.
"""
import gzip
import pathlib
import re
import sys

DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>\s*")


def records(folder: pathlib.Path):
    for path in sorted(folder.glob("*.xml")):
        yield DECLARATION.sub("", path.read_text(encoding="utf-8"))


def main() -> None:
    source = pathlib.Path(sys.argv[1])
    output = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).with_name("govbr-cartas.xml.gz"))
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<cartas xmlns="http://servicos.gov.br/v3/schema">\n']
    parts.extend(records(source / "conteudo" / "orgaos"))
    parts.extend(records(source / "servicos"))
    parts.append("</cartas>\n")
    # mtime=0 keeps the file byte-identical between builds.
    with open(output, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write("\n".join(parts).encode("utf-8"))


if __name__ == "__main__":
    main()
