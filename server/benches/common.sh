# Shared by the benchmark scripts (sourced, not run): the release build, seeded databases
# kept between scripts, a server started and stopped by process id, percentiles.
set -euo pipefail
shopt -s inherit_errexit

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCHES="$ROOT/server/benches"
# A target folder of its own, so release builds do not block everyday debug builds.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$HOME/.cache/ventanilla/bench-target}
# Seeded databases, logs and the static copy for nginx; `clean.sh` removes it.
BENCH_DIR=${BENCH_DIR:-/tmp/ventanilla-bench}
SERVER_BIN=${SERVER_BIN:-$CARGO_TARGET_DIR/release/server}
SEED=${SEED:-1}
mkdir -p "$BENCH_DIR"

log() { printf '\n== %s\n' "$*" >&2; }

# SKIP_BUILD=1 uses the binary already there (while another cargo holds the target folder).
build_server() {
    if [[ "${SKIP_BUILD:-}" == 1 && -x "$SERVER_BIN" ]]; then
        return 0
    fi
    log "release build of the server ($CARGO_TARGET_DIR)"
    (cd "$ROOT" && nice -n 10 cargo build --release --locked -p server --bin server)
}

# Prints the SQLite URL of a database holding N synthetic services, seeding it the first time
# (and recording how long that took, the file size and the peak memory in seed-N.txt).
seeded_db() {
    local services=$1 file="$BENCH_DIR/services-$1.db"
    if [[ ! -f "$file.done" ]]; then
        log "seeding $services services into $file"
        rm -f "$file" "$file-wal" "$file-shm"
        local started=$SECONDS
        if ! DATABASE_URL="sqlite://$file?mode=rwc" /usr/bin/time -f 'peak RSS %M KiB' \
            "$SERVER_BIN" seed-synthetic --services "$services" --seed "$SEED" \
            >"$BENCH_DIR/seed-$services.txt" 2>"$BENCH_DIR/seed-$services.err"; then
            tail -n 20 "$BENCH_DIR/seed-$services.err" >&2
            return 1
        fi
        {
            echo "wall: $((SECONDS - started)) s"
            grep 'peak RSS' "$BENCH_DIR/seed-$services.err" || true
            echo "file: $(du -h "$file" | cut -f1)"
        } >>"$BENCH_DIR/seed-$services.txt"
        touch "$file.done"
    fi
    cat "$BENCH_DIR/seed-$services.txt" >&2
    echo "sqlite://$file?mode=rwc"
}

# start_server DATABASE_URL PORT: starts the release server in the background, waits for
# /readyz (index built); sets SERVER_PID, and READY_SECONDS to how long that took.
start_server() {
    local url=$1 port=$2 site="$BENCH_DIR/site"
    mkdir -p "$site/pkg"
    cp "$ROOT/style/main.css" "$site/pkg/ventanilla.css"
    local started
    started=$(date +%s.%N)
    DATABASE_URL="$url" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT="$site" RUST_LOG=info \
        "$SERVER_BIN" serve >"$BENCH_DIR/server-$port.log" 2>&1 &
    SERVER_PID=$!
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")" == 200 ]]; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            cat "$BENCH_DIR/server-$port.log" >&2
            echo "the server exited" >&2
            return 1
        fi
        sleep 0.2
    done
    READY_SECONDS=$(awk -v now="$(date +%s.%N)" -v then="$started" 'BEGIN { printf "%.1f", now - then }')
}

stop_server() {
    if [[ -n "${SERVER_PID:-}" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=
}

# Memory of a running process, from /proc: peak and current resident set, and its parts.
memory_of() {
    grep -E '^(VmHWM|VmRSS|RssAnon|RssFile):' "/proc/$1/status" | tr -s ' ' | tr '\n' ' '
    echo
}

# URL-encodes stdin (one line).
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read().rstrip("\n")))'; }

# urls_file KIND: one URL path per query of queries.txt, `search` pages or `suggest` calls.
urls_file() {
    local kind=$1 port=$2 out="$BENCH_DIR/urls-$1-$2.txt"
    python3 - "$BENCHES/queries.txt" "$kind" "$port" >"$out" <<'PY'
import sys, urllib.parse
path, kind, port = sys.argv[1:]
for line in open(path, encoding="utf-8"):
    lang, _, query = line.rstrip("\n").partition("\t")
    q = urllib.parse.quote(query)
    if kind == "search":
        print(f"http://127.0.0.1:{port}/{lang}/search?q={q}")
    else:
        print(f"http://127.0.0.1:{port}/api/v1/suggest?q={q}&lang={lang}")
PY
    echo "$out"
}

# wrk_max URL [URL_FILE]: the most requests per second, 2 threads and 64 connections for
# $DURATION; with a file, its URLs in turn. Prints "rps p50 p99" (ms) and keeps wrk's report.
wrk_max() {
    local url=$1 file=${2:-} name
    name=$(echo "$url${file:+-mix}" | tr -c 'a-zA-Z0-9' '_')
    local args=(-t2 -c64 -d"$DURATION" --latency "$url")
    [[ -n "$file" ]] && args+=(-s "$BENCHES/urls.lua" -- "$file")
    wrk "${args[@]}" >"$BENCH_DIR/wrk-$name.txt"
    python3 - "$BENCH_DIR/wrk-$name.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p = {k: ms(v, u) for k, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
errors = re.search(r"Non-2xx or 3xx responses: (\d+)|Socket errors: .*", text)
print(f"{rps:.0f} req/s, p50 {p.get('50', 0):.2f} ms, p99 {p.get('99', 0):.2f} ms"
      + (f" ({errors.group(0)})" if errors else ""))
PY
}

# oha_rate URL|URL_FILE: a fixed $RATE requests per second for $DURATION, latency measured from
# when each request was due (no coordinated omission). Prints the percentiles.
oha_rate() {
    local target=$1 name
    name=$(basename "$target" | tr -c 'a-zA-Z0-9' '_')
    local args=(-z "$DURATION" -q "$RATE" -c 64 --latency-correction --no-tui --output-format json)
    if [[ -f "$target" ]]; then args+=(--urls-from-file "$target"); else args+=("$target"); fi
    oha "${args[@]}" >"$BENCH_DIR/oha-$name.json"
    python3 - "$BENCH_DIR/oha-$name.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
s, p = report["summary"], report["latencyPercentiles"]
codes = report.get("statusCodeDistribution", {})
errors = report.get("errorDistribution", {})
ms = lambda v: (v or 0) * 1000
print(f"{s['requestsPerSec']:.0f} req/s, p50 {ms(p['p50']):.2f} ms, p90 {ms(p['p90']):.2f} ms, "
      f"p99 {ms(p['p99']):.2f} ms, max {ms(s['slowest']):.2f} ms; status {codes}"
      + (f"; errors {errors}" if errors else ""))
PY
}
