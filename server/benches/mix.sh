#!/usr/bin/env bash
# The 1,000-query mix on a fresh server, release build: the first pass meets empty caches.
#   server/benches/mix.sh [SERVICES]        (default 100000)
# Starts the server, then asks the search pages of the 1,000 queries in turn at a fixed $RATE
# req/s for $DURATION (oha, latency from when each request was due), twice: cold, then warm.
# oha asks for compressed answers (the profile shows brotli), as browsers do; wrk in page.sh does not.
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
URLS=$(urls_file search "$PORT")
log "fixed $RATE req/s for $DURATION, the 1,000 queries in turn"
echo "fresh server: $(oha_rate "$URLS")"
echo "the same again: $(oha_rate "$URLS")"
echo "server memory: $(memory_of "$SERVER_PID")"
