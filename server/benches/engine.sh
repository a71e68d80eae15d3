#!/usr/bin/env bash
# The engine alone against PostgreSQL full-text search, same services, same 1,000 queries:
#   server/benches/engine.sh [SERVICES]      (default 1000000)
# Seeds SQLite once (kept in $BENCH_DIR), copies the services' Portuguese name, summary and body
# into a PostgreSQL database built by pg_fts.sql, then runs the `search_engine` bench.
# PG_URL (default postgres://postgres@127.0.0.1:5432) names the server; the database
# `ventanilla_bench_fts` is created there and left for the next run (`clean.sh` drops it).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SERVICES=${1:-1000000}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
PG_DB=ventanilla_bench_fts
PG_BENCH_URL="$PG_URL/$PG_DB"

build_server
DB_URL=$(seeded_db "$SERVICES")
DB_FILE=${DB_URL#sqlite://}
DB_FILE=${DB_FILE%%\?*}

loaded=$(psql "$PG_BENCH_URL" -Atc 'SELECT count(*) FROM fts_services' 2>/dev/null || echo 0)
published=$(sqlite3 "$DB_FILE" "SELECT count(*) FROM services WHERE status = 'published'")
if [[ "$loaded" != "$published" ]]; then
    log "loading $published services into PostgreSQL ($PG_BENCH_URL)"
    psql "$PG_URL/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB"
    sed -n '/^-- part: schema/,/^-- part: index/p' "$BENCHES/pg_fts.sql" | psql -q -v ON_ERROR_STOP=1 "$PG_BENCH_URL"
    started=$SECONDS
    # The same text the index gets; the PostgreSQL parser skips HTML tags in the body by itself.
    sqlite3 -csv "$DB_FILE" "
        SELECT s.id, coalesce(n.value, ''), coalesce(m.value, ''), coalesce(d.value, '')
        FROM services s
        LEFT JOIN translations n ON n.owner_kind = 'service' AND n.owner_id = s.id
            AND n.field = 'name' AND n.locale = 'pt'
        LEFT JOIN translations m ON m.owner_kind = 'service' AND m.owner_id = s.id
            AND m.field = 'summary' AND m.locale = 'pt'
        LEFT JOIN translations d ON d.owner_kind = 'service' AND d.owner_id = s.id
            AND d.field = 'description' AND d.locale = 'pt'
        WHERE s.status = 'published'" |
        psql -v ON_ERROR_STOP=1 "$PG_BENCH_URL" -c '\copy fts_services (id, name, summary, body) FROM STDIN WITH (FORMAT csv)'
    copied=$((SECONDS - started))
    sed -n '/^-- part: index/,$p' "$BENCHES/pg_fts.sql" | psql -q -v ON_ERROR_STOP=1 "$PG_BENCH_URL"
    {
        echo "PostgreSQL load: copy with tsvector generation $copied s, GIN index and analyze $((SECONDS - started - copied)) s"
        psql "$PG_BENCH_URL" -Atc "SELECT 'table ' || pg_size_pretty(pg_table_size('fts_services')) || ', GIN index ' || pg_size_pretty(pg_relation_size('fts_services_tsv'))"
    } | tee "$BENCH_DIR/pg-load-$SERVICES.txt" >&2
fi
cat "$BENCH_DIR/pg-load-$SERVICES.txt" 2>/dev/null >&2 || true

log "bench: engine and PostgreSQL, $SERVICES services"
cd "$ROOT"
# Built at low priority, run at normal priority.
nice -n 10 cargo bench --locked -p server --bench search_engine --no-run
BENCH_DATABASE_URL="$DB_URL" BENCH_POSTGRES_URL="$PG_BENCH_URL" BENCH_INDEX_DIR="$BENCH_DIR/index-engine" \
    cargo bench --locked -p server --bench search_engine | tee "$BENCH_DIR/engine-$SERVICES.txt"
