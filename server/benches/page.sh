#!/usr/bin/env bash
# The server-rendered search page under load, release build, against nginx serving a saved copy
# of the same page:
#   server/benches/page.sh [SERVICES]        (default 100000)
# 1. most requests per second (wrk, 2 threads, 64 connections, $DURATION): our page, the same
#    page from nginx, and our page over the 1,000 queries of queries.txt;
# 2. a fixed $RATE req/s for $DURATION (oha, latency from when each request was due): the
#    page, then the 1,000 queries in turn.
# Needs wrk and nginx (Debian) and oha (`cargo install oha --locked`).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SERVICES=${1:-100000}
PORT=${PORT:-3300}
NGINX_PORT=${NGINX_PORT:-3301}
DURATION=${DURATION:-30s}
RATE=${RATE:-1000}
PAGE=${PAGE:-/pt/search?q=passaporte}

build_server
DB_URL=$(seeded_db "$SERVICES")
NGINX_PID=
cleanup() {
    stop_server
    if [[ -n "$NGINX_PID" ]]; then kill "$NGINX_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

log "server: $SERVICES services"
start_server "$DB_URL" "$PORT"
echo "ready (index built) after $READY_SECONDS s"

mkdir -p "$BENCH_DIR/static/pt"
curl -sf "http://127.0.0.1:$PORT$PAGE" >"$BENCH_DIR/static/pt/search.html"
echo "page $PAGE: $(wc -c <"$BENCH_DIR/static/pt/search.html") bytes of HTML (uncompressed: wrk asks for no encoding)"
cat >"$BENCH_DIR/nginx.conf" <<CONF
worker_processes auto;
pid $BENCH_DIR/nginx.pid;
error_log $BENCH_DIR/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $BENCH_DIR/nginx-tmp;
    proxy_temp_path $BENCH_DIR/nginx-tmp;
    fastcgi_temp_path $BENCH_DIR/nginx-tmp;
    uwsgi_temp_path $BENCH_DIR/nginx-tmp;
    scgi_temp_path $BENCH_DIR/nginx-tmp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $BENCH_DIR/static;
        location = /pt/search { default_type "text/html; charset=utf-8"; try_files /pt/search.html =404; }
    }
}
CONF
mkdir -p "$BENCH_DIR/nginx-tmp"
nginx -c "$BENCH_DIR/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT$PAGE"; do sleep 0.1; done

URLS=$(urls_file search "$PORT")

log "most requests per second ($DURATION each)"
ours=$(wrk_max "http://127.0.0.1:$PORT$PAGE")
echo "server, $PAGE: $ours"
theirs=$(wrk_max "http://127.0.0.1:$NGINX_PORT$PAGE")
echo "nginx, saved copy: $theirs"
python3 -c "import sys; a, b = (float(x.split()[0]) for x in sys.argv[1:]); print(f'server / nginx: {a / b:.3f}')" "$ours" "$theirs"
echo "server, 1,000 queries in turn: $(wrk_max "http://127.0.0.1:$PORT" "$URLS")"

log "fixed $RATE req/s for $DURATION"
echo "server, $PAGE: $(oha_rate "http://127.0.0.1:$PORT$PAGE")"
echo "server, 1,000 queries in turn: $(oha_rate "$URLS")"
echo "server memory: $(memory_of "$SERVER_PID")"
