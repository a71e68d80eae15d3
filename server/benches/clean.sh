#!/usr/bin/env bash
# Removes what the benchmarks left: seeded databases, logs, indexes, the PostgreSQL database.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS ventanilla_bench_fts"
rm -rf "$BENCH_DIR"
