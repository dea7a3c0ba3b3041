#!/usr/bin/env bash
# Compares two builds' batch answers byte for byte, e.g. before and after a change that must not
# change a single answer:
#   1. writes a mixed batch with bench/mixed-batch.awk (fixed seed): LINES lines of NDJSON from the
#      applications of cases/public.jsonl, varied, about one in eight bad (invalid values, broken
#      JSON, an unknown property, a duplicate sector, blank lines), the last one cut; and the same
#      rows as CSV in the cohort format, the last one cut inside a quoted cell;
#   2. starts each jar in turn (`java -jar JAR --port PORT`) and POSTs the batch to
#      /v1/assessments/batch: NDJSON and CSV in, NDJSON and CSV out, in English and in Chinese
#      (Accept-Language: zh), and CSV out with ?labels=zh; every request with the same X-Request-Id;
#   3. runs the command line's `screen` on both files, in both output formats and both languages,
#      when both jars have it;
#   4. compares, with cmp, each answer's body, its headers (all but Date and X-Request-Id, which
#      vary by nature) and how the transfer ended (curl's exit status: a cut answer ends abnormally),
#      and for `screen` its output and exit status. One line per comparison; the exit status is 1
#      when anything differs.
# Usage: bench/compare-batches.sh OLD_JAR NEW_JAR
# Settings, from the environment: LINES [20000]  SEED [20261206]  PORT [7181]
#   WORK, where the batch and the answers are kept [a new temporary directory]
# Needs a JDK 17+, curl, awk and cmp.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2
  exit 2
fi
OLD_JAR=$(realpath "$1")
NEW_JAR=$(realpath "$2")
cd "$(dirname "$0")/.."
LINES=${LINES:-20000}
SEED=${SEED:-20261206}
PORT=${PORT:-7181}
WORK=${WORK:-$(mktemp -d -t compare-batches.XXXXXX)}
mkdir -p "$WORK"
BASE="http://localhost:$PORT"

awk -v LINES="$LINES" -v SEED="$SEED" -v NDJSON="$WORK/batch.ndjson" -v CSV="$WORK/batch.csv" \
  -f bench/mixed-batch.awk cases/public.jsonl
echo "batch: $LINES lines, seed $SEED, in $WORK (batch.ndjson $(wc -c <"$WORK/batch.ndjson") bytes," \
  "batch.csv $(wc -c <"$WORK/batch.csv") bytes)"

SERVICE_PID=""
stop() {
  if [[ -n $SERVICE_PID ]]; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=""
  fi
}
trap stop EXIT

start() { # JAR LOG
  java -jar "$1" --port "$PORT" >"$2" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 300); do
    if curl -sf -o /dev/null "$BASE/health"; then
      return 0
    fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      echo "the service ($1) did not start; its log:" >&2
      cat "$2" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "the service ($1) was not healthy after 30 s" >&2
  exit 1
}

# The answers: NAME INPUT CONTENT_TYPE ACCEPT LANGUAGE QUERY
REQUESTS=(
  "ndjson-ndjson-en ndjson application/x-ndjson application/x-ndjson en ''"
  "ndjson-ndjson-zh ndjson application/x-ndjson application/x-ndjson zh ''"
  "ndjson-csv-en ndjson application/x-ndjson text/csv en ''"
  "ndjson-csv-zh ndjson application/x-ndjson text/csv zh ''"
  "ndjson-csv-labels-zh ndjson application/x-ndjson text/csv zh '?labels=zh'"
  "csv-ndjson-en csv text/csv application/x-ndjson en ''"
  "csv-ndjson-zh csv text/csv application/x-ndjson zh ''"
  "csv-csv-en csv text/csv text/csv en ''"
  "csv-csv-zh csv text/csv text/csv zh ''"
  "csv-csv-labels-zh csv text/csv text/csv zh '?labels=zh'"
)

answer() { # JAR DIR
  local jar=$1 dir=$2 request name input type accept language query status
  mkdir -p "$dir"
  start "$jar" "$dir/service.log"
  for request in "${REQUESTS[@]}"; do
    eval "set -- $request"
    name=$1 input=$2 type=$3 accept=$4 language=$5 query=$6
    status=0
    curl -sS -D "$dir/$name.head" -o "$dir/$name.body" -X POST "$BASE/v1/assessments/batch$query" \
      -H "Content-Type: $type" -H "Accept: $accept" -H "Accept-Language: $language" \
      -H "X-Request-Id: compare-batches" --data-binary "@$WORK/batch.$input" \
      2>"$dir/$name.curl" || status=$?
    echo "$status" >"$dir/$name.exit"
    grep -viE '^(date|x-request-id):' "$dir/$name.head" | tr -d '\r' | sort >"$dir/$name.headers"
  done
  stop
}

has_screen() { # JAR
  java -jar "$1" screen --help >/dev/null 2>&1
}

screen() { # JAR DIR
  local jar=$1 dir=$2 input output language status
  mkdir -p "$dir"
  for input in ndjson csv; do
    for output in ndjson csv; do
      for language in en zh; do
        status=0
        java -jar "$jar" screen "$WORK/batch.$input" --out "$dir/screen-$input-$language.$output" \
          --language "$language" >/dev/null 2>"$dir/screen-$input-$output-$language.err" || status=$?
        mv "$dir/screen-$input-$language.$output" "$dir/screen-$input-$output-$language.body"
        echo "$status" >"$dir/screen-$input-$output-$language.exit"
      done
    done
  done
}

answer "$OLD_JAR" "$WORK/old"
answer "$NEW_JAR" "$WORK/new"
NAMES=()
for request in "${REQUESTS[@]}"; do
  NAMES+=("${request%% *}")
done
if has_screen "$OLD_JAR" && has_screen "$NEW_JAR"; then
  screen "$OLD_JAR" "$WORK/old"
  screen "$NEW_JAR" "$WORK/new"
  for input in ndjson csv; do
    for output in ndjson csv; do
      for language in en zh; do
        NAMES+=("screen-$input-$output-$language")
      done
    done
  done
else
  echo "screen: not in both jars, not compared"
fi

differences=0
for name in "${NAMES[@]}"; do
  parts=()
  verdict=same
  for part in body headers exit; do
    [[ -e $WORK/old/$name.$part || -e $WORK/new/$name.$part ]] || continue
    if cmp -s "$WORK/old/$name.$part" "$WORK/new/$name.$part"; then
      parts+=("$part")
    else
      verdict=DIFFERENT
      where=$(cmp "$WORK/old/$name.$part" "$WORK/new/$name.$part" 2>&1 | head -1 || true)
      parts+=("$part DIFFERS ($where)")
    fi
  done
  [[ $verdict == same ]] || differences=$((differences + 1))
  printf '%-9s %-28s %9s bytes, exit %s; %s\n' "$verdict" "$name" \
    "$(wc -c <"$WORK/old/$name.body")" "$(cat "$WORK/old/$name.exit")" "$(IFS=,; echo "${parts[*]}")"
done
if ((differences > 0)); then
  echo "$differences of ${#NAMES[@]} answers differ; both sides are in $WORK/old and $WORK/new"
  exit 1
fi
echo "all ${#NAMES[@]} answers byte-identical"
