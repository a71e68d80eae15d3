#!/usr/bin/env bash
# Index build time and server memory, release build:
#   server/benches/index_memory.sh [BUILD_SERVICES] [MEMORY_SERVICES]   (default 100000 1000000)
# Starts the server on each seeded database, reads the "search index built" log line (time to
# index every service at start) and, for the larger one, the resident memory from /proc after
# the build and after 30 s of searches (the 1,000 queries in turn at $RATE req/s).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

BUILD_SERVICES=${1:-100000}
MEMORY_SERVICES=${2:-1000000}
PORT=${PORT:-3300}
DURATION=${DURATION:-30s}
RATE=${RATE:-200}

build_server
trap stop_server EXIT
for services in "$BUILD_SERVICES" "$MEMORY_SERVICES"; do
    DB_URL=$(seeded_db "$services")
    log "server: $services services"
    start_server "$DB_URL" "$PORT"
    echo "$services services: ready after $READY_SECONDS s; $(grep -o 'search index built.*' "$BENCH_DIR/server-$PORT.log" | sed 's/\x1b\[[0-9;]*m//g')"
    echo "memory after the build: $(memory_of "$SERVER_PID")"
    if [[ "$services" == "$MEMORY_SERVICES" ]]; then
        echo "searches: $(oha_rate "$(urls_file search "$PORT")")"
        echo "memory after searching: $(memory_of "$SERVER_PID")"
    fi
    stop_server
done
