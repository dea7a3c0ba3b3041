#!/usr/bin/env bash
# Throughput of POST /v1/decisions over HTTP, with durable commits (a 201 only once the record is
# synced), on the embedded store and, when DATABASE_URL is given, on PostgreSQL:
#   1. starts the service from the built jar on its own port, with a new data directory (or on the
#      PostgreSQL database named, which should be empty);
#   2. adds an officer and a bearer token with the users and tokens commands;
#   3. warms up, then runs wrk with bench/post-decisions.lua; prints its figures, the load average
#      before and after, and the service's processor time per request (Linux); then checks that
#      the store still answers a search.
# Usage: bench/decisions.sh
# Settings, from the environment (defaults in brackets):
#   PORT [7171]  DURATION [20s]  WARMUP [30s]  THREADS [2]  CONNECTIONS [16]
#   JAR [eligibility-http/target/eligibility-http.jar]
#   DATABASE_URL, e.g. jdbc:postgresql://localhost:5432/regen_bench, with ELIGIBILITY_DATABASE_USER
#   and ELIGIBILITY_DATABASE_PASSWORD [none: the embedded store in a new directory]
# Needs a JDK 17+, curl and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-7171}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
JAR=${JAR:-eligibility-http/target/eligibility-http.jar}
DATA=$(mktemp -d)
PASSWORD="bench-password-$RANDOM$RANDOM"
if [ -n "${DATABASE_URL:-}" ]; then
  STORE=(--database-url "$DATABASE_URL")
  echo "database: PostgreSQL $DATABASE_URL"
else
  STORE=(--data "$DATA")
  echo "database: embedded, $DATA"
fi

printf '%s\n' "$PASSWORD" | java -jar "$JAR" users add bench.officer --role officer "${STORE[@]}" >/dev/null
TOKEN=$(java -jar "$JAR" tokens add "bench-$RANDOM$RANDOM" --user bench.officer "${STORE[@]}" | tail -n 1)
export TOKEN

java -jar "$JAR" serve --port "$PORT" --no-access-log "${STORE[@]}" >"$DATA/service.log" 2>&1 &
SERVICE=$!
trap 'kill "$SERVICE" 2>/dev/null; wait "$SERVICE" 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://localhost:$PORT/health" >/dev/null && break
  sleep 0.2
done

# A long warm-up: until the JIT has compiled the request path, its compiler threads take about as
# much processor time as the requests do (seen with JFR on two shared cores), and a 5 s warm-up
# measured the compiler more than the store.
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/post-decisions.lua "http://localhost:$PORT" >/dev/null
# The service's processor time (user + system, in clock ticks), from Linux's /proc; 0 elsewhere.
cpu_ticks() {
  if [ -r "/proc/$SERVICE/stat" ]; then
    sed 's/^.*) //' "/proc/$SERVICE/stat" | awk '{print $12 + $13}'
  else
    echo 0
  fi
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
TICKS_BEFORE=$(cpu_ticks)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/post-decisions.lua "http://localhost:$PORT" \
  | tee "$DATA/wrk.txt"
TICKS_AFTER=$(cpu_ticks)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# Processor time per request: what a record costs the service, whatever else shares the machine.
REQUESTS=$(awk '/requests in/ {print $1}' "$DATA/wrk.txt")
if [ "$TICKS_AFTER" -gt 0 ] && [ "${REQUESTS:-0}" -gt 0 ]; then
  awk -v ticks=$((TICKS_AFTER - TICKS_BEFORE)) -v hz="$(getconf CLK_TCK)" -v n="$REQUESTS" \
    'BEGIN { s = ticks / hz; printf "service processor time during the run: %.1f s, %.2f ms per request\n", s, 1000 * s / n }'
fi
curl -fs -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/v1/decisions?limit=1" >/dev/null \
  && echo "the store answers searches after the run"
