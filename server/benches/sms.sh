#!/usr/bin/env bash
# The SMS channel under load, release build: Kannel-style inbound webhooks on loopback, each a
# new message (unique id, unique phone) asking one of 60 searches of queries.txt, answered
# synchronously (search, reply segmented, message and session recorded):
#   server/benches/sms.sh [SERVICES]         (default 100000)
# 1. a fixed $RATE messages per second for $DURATION (oha, latency from when each request was
#    due: inbound webhook → reply ready);
# 2. the most messages per second with 16 connections.
# DB=postgres runs on PostgreSQL (a database `ventanilla_bench_sms` seeded the first time)
# instead of SQLite. Needs oha (`cargo install oha --locked`).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SERVICES=${1:-100000}
PORT=${PORT:-3302}
DURATION=${DURATION:-30s}
RATE=${RATE:-500}
DB=${DB:-sqlite}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}

build_server
if [[ "$DB" == postgres ]]; then
    DB_URL="$PG_URL/ventanilla_bench_sms"
    if [[ ! -f "$BENCH_DIR/pg-$SERVICES.done" ]]; then
        log "seeding $SERVICES services into PostgreSQL"
        psql "$PG_URL/postgres" -qc 'DROP DATABASE IF EXISTS ventanilla_bench_sms' \
            -c 'CREATE DATABASE ventanilla_bench_sms'
        DATABASE_URL="$DB_URL" "$SERVER_BIN" seed-synthetic --services "$SERVICES" --seed "$SEED" \
            >"$BENCH_DIR/seed-pg-$SERVICES.txt"
        touch "$BENCH_DIR/pg-$SERVICES.done"
    fi
else
    DB_URL=$(seeded_db "$SERVICES")
fi

# One Kannel gateway answering in the webhook's response, as smsbox's get-url expects.
cat >"$BENCH_DIR/sms-gateways.json" <<JSON
{"gateways": [{"name": "bench", "kind": "kannel", "short_code": "4000", "language": "pt",
  "encoding": "transliterate", "max_segments": 3, "max_per_second": 1000,
  "secret_env": "SMS_BENCH_TOKEN"}]}
JSON
export SMS_GATEWAYS="$BENCH_DIR/sms-gateways.json" SMS_BENCH_TOKEN=bench-token-not-secret

trap stop_server EXIT
log "server: $SERVICES services on $DB"
start_server "$DB_URL" "$PORT"
echo "ready (index built) after $READY_SECONDS s"

# oha draws each URL from a regular expression: a fresh message id and phone every time, the
# text one of 60 queries (URL-encoded, which leaves nothing a regex would read as syntax;
# oha reads `.` literally).
TEXTS=$(python3 - "$BENCHES/queries.txt" <<'PY'
import sys, urllib.parse
rows = [line.rstrip("\n").split("\t", 1) for line in open(sys.argv[1], encoding="utf-8")]
picked = [q for lang, q in rows if lang in ("pt", "es")][:60]
print("|".join(urllib.parse.quote(q, safe="") for q in picked))
PY
)
URL="http://127.0.0.1:$PORT/sms/kannel/bench\?token=$SMS_BENCH_TOKEN&id=[a-z0-9]{20}&from=%2B55119[0-9]{8}&to=4000&text=($TEXTS)"

sms_load() {
    local name=$1; shift
    oha "$@" -z "$DURATION" --no-tui --output-format json --rand-regex-url "$URL" >"$BENCH_DIR/oha-sms-$name.json"
    python3 - "$BENCH_DIR/oha-sms-$name.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
s, p = report["summary"], report["latencyPercentiles"]
codes = report.get("statusCodeDistribution", {})
errors = report.get("errorDistribution", {})
ms = lambda v: (v or 0) * 1000
print(f"{s['requestsPerSec']:.0f} msg/s, p50 {ms(p['p50']):.2f} ms, p90 {ms(p['p90']):.2f} ms, "
      f"p99 {ms(p['p99']):.2f} ms, max {ms(s['slowest']):.2f} ms; status {codes}"
      + (f"; errors {errors}" if errors else ""))
PY
}

log "fixed $RATE messages/s for $DURATION"
echo "inbound → reply, $RATE msg/s: $(sms_load rate -q "$RATE" -c 32 --latency-correction)"
log "most messages per second ($DURATION, 16 connections)"
echo "inbound → reply, most: $(sms_load max -c 16)"
echo "server memory after the runs: $(memory_of "$SERVER_PID")"
