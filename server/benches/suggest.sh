#!/usr/bin/env bash
# The autocomplete endpoint at a fixed rate, release build:
#   server/benches/suggest.sh [SERVICES]     (default 100000)
# `/api/v1/suggest?q=…&lang=…` for each of the 1,000 queries of queries.txt in turn, $RATE req/s
# for $DURATION (oha, latency from when each request was due), then the most it can answer (wrk).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SERVICES=${1:-100000}
PORT=${PORT:-3300}
DURATION=${DURATION:-30s}
RATE=${RATE:-1000}

build_server
DB_URL=$(seeded_db "$SERVICES")
trap stop_server EXIT
log "server: $SERVICES services"
start_server "$DB_URL" "$PORT"
echo "ready (index built) after $READY_SECONDS s"
URLS=$(urls_file suggest "$PORT")

log "fixed $RATE req/s for $DURATION"
echo "suggest, 1,000 queries in turn: $(oha_rate "$URLS")"
log "most requests per second ($DURATION)"
echo "suggest, 1,000 queries in turn: $(wrk_max "http://127.0.0.1:$PORT" "$URLS")"
