#!/usr/bin/env bash
# Load test of the reference HTTP service, on one machine, in one run:
#   1. builds the service and starts it on its own port;
#   2. wrk on GET /health, then on POST /v1/assessments with rotating bodies (same service, one
#      after the other, same settings), after a warm-up;
#   3. POST /v1/assessments/batch with a generated NDJSON file (1 000 000 lines by default), and a
#      plain Jackson read-write of the same file as the baseline;
#   4. prints requests/s, latency percentiles, applications/s, the ratios, the service's peak
#      RSS (VmHWM), its start-up time (launch to the first healthy GET /health, the median of
#      STARTS starts) and the bytes it allocates per POST (from its own /metrics).
# The service is started as docs/operations.md documents it: bin/eligibility-http (the jar with the JVM
# options chosen for it and the class-data archive made at package time).
#
# Before that, the comparison against ceilings (issue 26), ROUNDS rounds, the targets alternating
# within each round, each started afresh with `java -jar` and default flags:
#   on        this build, access log and metrics on (the defaults)
#   off       this build, --no-access-log --no-metrics
#   previous  the jar PREVIOUS_JAR (e.g. the wave-1 build d371ee8), when given
#   bare      bench/BareJavalin.java on this jar: bare Javalin on the service's Jetty settings,
#             a constant JSON body on GET /health, the body echoed on POST /v1/assessments
#   launcher  this build through bin/eligibility-http (its peak RSS)
# Each: a warm-up, then wrk on GET /health and on POST /v1/assessments (CMP_THREADS threads,
# CMP_CONNECTIONS connections), then, for the services, a RSS_BATCH_LINES-line batch, then its peak
# RSS (VmHWM). Every round is printed; then the medians and the goals as a Markdown table for
# BENCHMARKS.md.
#
# Usage: bench/http.sh [-d SECONDS] [-w SECONDS] [-r ROUNDS] [-p PREVIOUS_JAR] [-c]
#   -d  seconds of each wrk run and of each warm-up (sets DURATION and WARMUP)
#   -w  seconds of each warm-up, whatever -d says (sets WARMUP). With default flags on two cores
#       the JIT's C2 compiler, which competes with the service and wrk for the cores, needs about
#       30 s of load before the service's code is compiled (see BENCHMARKS.md); each target's line
#       says how many compilations were still queued when its measured runs began
#   -r  rounds of the comparison [3]
#   -p  the previous build's jar, compared in the same run [none]
#   -c  the comparison only (no start-up, batch and Jackson figures)
#   A smoke run of the script itself: bench/http.sh -d 5 -r 1 -c (figures meaningless).
# Needs a JDK 17+, curl, awk and wrk (Debian: apt-get install wrk).
# Settings, from the environment (defaults in brackets):
#   PORT [7171]  DURATION of each wrk run [30s]  WARMUP [10s]  THREADS [1]  CONNECTIONS [16]
#   BODIES, distinct POST bodies [1024]  BATCH_LINES [1000000]
#   JAVA_OPTS for the service's JVM, after the launcher's own [none], e.g. "-Xmx64m"
#   LAUNCH, the command that starts the service [bin/eligibility-http], e.g. "java -jar $JAR"
#   STARTS, starts timed for the start-up figure [5]
#   SERVICE_ARGS for the service [none], e.g. "--no-metrics --no-access-log" to see their cost
#   SKIP_BUILD=1 to use the jar as built  JAR [eligibility-http/target/eligibility-http.jar]
#   END_LINE=0 for a build from before the batch's end line (a baseline): no end line expected
#   JACKSON_CLASSPATH for the baseline [the service jar, else eligibility-http's dependencies]
#   CMP_THREADS [2]  CMP_CONNECTIONS [64]  RSS_BATCH_LINES [300000]  ROUNDS [3]  PREVIOUS_JAR
#
# wrk and the service share the machine's cores: on a small machine the figures are a floor for
# the service and the ratios matter more than the absolute numbers.
set -euo pipefail
cd "$(dirname "$0")/.."

COMPARE_ONLY=""
warmup_option=""
while getopts "d:w:r:p:c" option; do
  case $option in
    d) DURATION="${OPTARG}s" WARMUP="${OPTARG}s" ;;
    w) warmup_option="${OPTARG}s" ;;
    r) ROUNDS=$OPTARG ;;
    p) PREVIOUS_JAR=$OPTARG ;;
    c) COMPARE_ONLY=1 ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 2 ;;
  esac
done
WARMUP=${warmup_option:-${WARMUP:-}}
ROUNDS=${ROUNDS:-3}
PREVIOUS_JAR=${PREVIOUS_JAR:-}
CMP_THREADS=${CMP_THREADS:-2}
CMP_CONNECTIONS=${CMP_CONNECTIONS:-64}
RSS_BATCH_LINES=${RSS_BATCH_LINES:-300000}

PORT=${PORT:-7171}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-16}
BODIES=${BODIES:-1024}
BATCH_LINES=${BATCH_LINES:-1000000}
JAR=${JAR:-eligibility-http/target/eligibility-http.jar}
LAUNCH=${LAUNCH:-bin/eligibility-http}
STARTS=${STARTS:-5}
END_LINE=${END_LINE:-1}
BASE="http://127.0.0.1:${PORT}"

for tool in java curl awk wrk; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench/http.sh needs $tool on the PATH (wrk: apt-get install wrk)" >&2
    exit 1
  fi
done

work=$(mktemp -d)
service=""
cleanup() {
  if [[ -n "$service" ]] && kill -0 "$service" 2>/dev/null; then
    kill -TERM "$service"
    wait "$service" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# Writes $1 valid applications as NDJSON, the same on every run: every role, pathway, stage and
# sector set can occur, years lean towards the horizon, so that every tier is well represented.
applications() {
  awk -v count="$1" 'BEGIN {
    split("IMMUNE_CELLS STEM_CELLS TISSUE_ENGINEERING GENE_ENGINEERING BIOMATERIALS OTHER_REGENERATIVE NON_REGENERATIVE", sector, " ")
    split("DISCOVERY PRECLINICAL CLINICAL_APPLICATION CLINICAL_APPROVED CLINICAL_TRIAL_EARLY CLINICAL_TRIAL_PIVOTAL MARKETING_APPLICATION MARKETING_APPROVED MARKETED", stage, " ")
    split("INNOVATOR MANUFACTURER SERVICE_PROVIDER SUPPLY_CHAIN", role, " ")
    split("DOMESTIC FOREIGN JOINT_VENTURE", origin, " ")
    split("DRUG DEVICE CLINICAL_RESEARCH", pathway, " ")
    seed = 20260101
    for (i = 1; i <= count; i++) {
      r = role[1 + rnd(4)]
      mask = 1 + rnd(127); n = 0; list = ""
      for (s = 1; s <= 7; s++) {
        if (int(mask / 2 ^ (s - 1)) % 2 == 1) {
          chosen[++n] = sector[s]
          list = list (n > 1 ? "," : "") "\"" sector[s] "\""
        }
      }
      years = rnd(100) < 85 ? rnd(13) : 13 + rnd(38)
      line = sprintf("{\"id\":\"APP-%07d\",\"projectName\":\"Project %d\",\"applicantName\":\"Applicant %d\",\"origin\":\"%s\",\"role\":\"%s\",\"sectors\":[%s],\"primarySector\":\"%s\"", i, i, i % 97, origin[1 + rnd(3)], r, list, chosen[1 + rnd(n)])
      if (r == "INNOVATOR" || r == "MANUFACTURER") {
        p = 1 + rnd(3)
        line = line sprintf(",\"pathway\":\"%s\",\"stage\":\"%s\"", pathway[p], stage[1 + rnd(p == 3 ? 5 : 9)])
      }
      print line sprintf(",\"yearsToIndustrialization\":%d}", years)
    }
  }
  function rnd(n) { seed = (seed * 16807) % 2147483647; return seed % n }'
}

# wrk script: GET or rotating POST bodies; at the end writes one line of figures to $WRK_RESULT.
cat >"$work/wrk.lua" <<'LUA'
local bodies = {}
local file = os.getenv("BODIES_FILE")
if file and file ~= "" then
  for line in io.lines(file) do bodies[#bodies + 1] = line end
end
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("offset", threads * 7919)
end
local sent = 0
function request()
  if #bodies == 0 then
    return wrk.format("GET")
  end
  sent = sent + 1
  local body = bodies[(sent + offset) % #bodies + 1]
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
function done(summary, latency, requests)
  local e = summary.errors
  local out = io.open(os.getenv("WRK_RESULT"), "w")
  out:write(string.format("%.1f %.3f %.3f %.3f %.3f %.3f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
  out:close()
end
LUA

# Runs wrk: $1 key, $2 label, $3 path, $4 duration, $5 bodies file or empty; prints the figures
# and keeps them in $work/$1.txt.
load() {
  local key=$1 label=$2 path=$3 duration=$4 bodies=$5
  BODIES_FILE="$bodies" WRK_RESULT="$work/$key.txt" \
    wrk -t "${WRK_THREADS:-$THREADS}" -c "${WRK_CONNECTIONS:-$CONNECTIONS}" -d "$duration" \
    -s "$work/wrk.lua" "$BASE$path" >/dev/null
  read -r rps p50 p90 p99 p999 max total non2xx socket <"$work/$key.txt"
  printf '%-26s %10.0f req/s   latency ms p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f   (%d requests, %d non-2xx, %d socket errors)\n' \
    "$label" "$rps" "$p50" "$p90" "$p99" "$p999" "$max" "$total" "$non2xx" "$socket"
  if [[ "$non2xx" != 0 || "$socket" != 0 ]]; then
    echo "$label: every request must succeed" >&2
    tail -20 "$work/service.log" >&2
    exit 1
  fi
}

# The bytes the service's JVM has allocated, from its own metrics (counted at each GC, so exact to
# within one young generation); empty when the metrics are off.
allocated_bytes() {
  curl -fsS "$BASE/metrics" 2>/dev/null | awk '/^jvm_gc_memory_allocated_bytes_total/ { printf "%.0f", $2 }' || true
}

# The compilations waiting in the service's JIT queues (jcmd Compiler.queue), or - where jcmd cannot
# tell: many means the measured run starts before the service's code is compiled.
jit_queue() {
  local queue
  queue=$(jcmd "$service" Compiler.queue 2>/dev/null) || { echo -; return; }
  grep -c '^[0-9]' <<<"$queue" || true
}

rss_mb() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$service/status"; }

# The load average (1, 5, 15 min) when the script starts, each round and at the end: a figure taken
# on a busy machine is only a floor.
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(load_average)"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "== building"
  ./mvnw -q -B -DskipTests package
fi
if [[ ! -f "$JAR" ]]; then
  echo "no service jar at $JAR: build the eligibility-http module first" >&2
  exit 1
fi

echo "== generating $BODIES bodies and a $BATCH_LINES-line batch"
applications "$BODIES" >"$work/bodies.ndjson"
applications "$BATCH_LINES" >"$work/batch.ndjson"

# Answers whether GET /health answers 200. It uses bash's own /dev/tcp and forks no process, so
# polling every few milliseconds takes next to no CPU from the service starting on the same cores
# (a curl started every 5 ms takes a good part of one core on a small machine).
healthy() {
  local status=""
  { exec 3<>"/dev/tcp/127.0.0.1/$PORT"; } 2>/dev/null || return 1
  printf 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
  read -r -t 5 status <&3 || true
  exec 3<&-
  [[ "$status" == "HTTP/1.1 200"* ]]
}

# Starts the service in the background (its pid in $service) and waits until GET /health answers
# 200; keeps the milliseconds from launch to that answer in $started_ms. The clock is bash's own
# (EPOCHREALTIME, microseconds) and the wait between polls a timed read: no process is forked.
start_service() {
  local started ended pause
  exec {pause}<> <(:)
  started=${EPOCHREALTIME/./}
  # shellcheck disable=SC2086 # LAUNCH and SERVICE_ARGS hold several words on purpose
  ELIGIBILITY_JAR="$JAR" JAVA_OPTS="${JAVA_OPTS:-}" $LAUNCH --port "$PORT" ${SERVICE_ARGS:-} \
    >"$work/service.log" 2>&1 &
  service=$!
  until healthy; do
    if ! kill -0 "$service" 2>/dev/null; then
      echo "the service stopped during start-up:" >&2
      cat "$work/service.log" >&2
      exit 1
    fi
    if ((${EPOCHREALTIME/./} - started > 120000000)); then
      echo "the service was not healthy within 120 s" >&2
      exit 1
    fi
    read -r -t 0.002 -u "$pause" || true
  done
  ended=${EPOCHREALTIME/./}
  exec {pause}<&-
  started_ms=$(((ended - started) / 1000))
}

stop_service() {
  kill -TERM "$service"
  wait "$service" 2>/dev/null || true
  service=""
}

# Runs one target of the comparison: $1 target, $2 round; appends "round target health_rps
# health_p99 post_rps post_p99 rss_mb" to $work/compare.txt.
compare_one() {
  local target=$1 round=$2 launch=$LAUNCH args="" rss="-" health_rps health_p99 post_rps post_p99
  case $target in
    on) launch="java -jar $JAR" ;;
    off) launch="java -jar $JAR" args="--no-access-log --no-metrics" ;;
    previous) launch="java -jar $PREVIOUS_JAR" ;;
    bare) launch="java -cp $JAR bench/BareJavalin.java" ;;
    launcher) launch=bin/eligibility-http ;;
  esac
  if [[ $target == bare ]]; then
    # shellcheck disable=SC2086
    $launch "$PORT" >"$work/service.log" 2>&1 &
    service=$!
    until healthy; do
      kill -0 "$service" 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
      sleep 0.05
    done
  else
    LAUNCH=$launch SERVICE_ARGS=$args start_service
  fi
  WRK_THREADS=$CMP_THREADS WRK_CONNECTIONS=$CMP_CONNECTIONS \
    load "cw-health" "  $target warm-up GET" /health "$WARMUP" "" >/dev/null
  WRK_THREADS=$CMP_THREADS WRK_CONNECTIONS=$CMP_CONNECTIONS \
    load "cw-post" "  $target warm-up POST" /v1/assessments "$WARMUP" "$work/bodies.ndjson" >/dev/null
  echo "  $target: $(jit_queue) JIT compilations queued after the warm-up"
  WRK_THREADS=$CMP_THREADS WRK_CONNECTIONS=$CMP_CONNECTIONS \
    load "c-health" "  $target GET /health" /health "$DURATION" ""
  WRK_THREADS=$CMP_THREADS WRK_CONNECTIONS=$CMP_CONNECTIONS \
    load "c-post" "  $target POST" /v1/assessments "$DURATION" "$work/bodies.ndjson"
  read -r health_rps _ _ health_p99 _ <"$work/c-health.txt"
  read -r post_rps _ _ post_p99 _ <"$work/c-post.txt"
  if [[ $target != bare ]]; then
    curl -sS -X POST -T "$work/rss-batch.ndjson" -H 'Expect:' -H 'Content-Type: application/x-ndjson' \
      -o /dev/null "$BASE/v1/assessments/batch"
    rss=$(rss_mb)
  fi
  stop_service
  echo "$round $target $health_rps $health_p99 $post_rps $post_p99 $rss" >>"$work/compare.txt"
}

compare() {
  local targets=(on off bare launcher)
  if [[ -n "$PREVIOUS_JAR" ]]; then
    [[ -f "$PREVIOUS_JAR" ]] || { echo "no previous jar at $PREVIOUS_JAR" >&2; exit 1; }
    targets=(on off previous bare launcher)
  fi
  applications "$RSS_BATCH_LINES" >"$work/rss-batch.ndjson"
  : >"$work/compare.txt"
  echo "== comparison: $ROUNDS rounds of ${targets[*]} (alternating), $CMP_THREADS wrk threads, $CMP_CONNECTIONS connections, $DURATION each"
  for round in $(seq 1 "$ROUNDS"); do
    echo "round $round (load average $(load_average))"
    # Each round starts one target later, so that no target always runs first.
    local n=${#targets[@]}
    for i in $(seq 0 $((n - 1))); do
      compare_one "${targets[$(((i + round - 1) % n))]}" "$round"
    done
  done
  echo "== comparison, every round (req/s, p99 ms, peak RSS MB after wrk and the $RSS_BATCH_LINES-line batch)"
  echo
  echo "| round | target | GET /health req/s | GET p99 ms | POST req/s | POST p99 ms | peak RSS MB |"
  echo "|---|---|---|---|---|---|---|"
  sort -k1,1n -k2,2 "$work/compare.txt" |
    awk '{ printf "| %s | %s | %.0f | %.2f | %.0f | %.2f | %s |\n", $1, $2, $3, $4, $5, $6, $7 }'
  echo
  echo "== medians and goals (load average at the end of the comparison: $(load_average))"
  echo
  awk -v previous="$PREVIOUS_JAR" '
    function median(key,   n, i, j, t, v) {
      n = split(values[key], v, " ")
      for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
      return n == 0 ? "" : (n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2)
    }
    { for (f = 3; f <= 7; f++) if ($f != "-") values[$2 "," f] = values[$2 "," f] " " $f; targets[$2] = 1 }
    END {
      print "| target | GET /health req/s | GET p99 ms | POST req/s | POST p99 ms | peak RSS MB |"
      print "|---|---|---|---|---|---|"
      split("on off previous bare launcher", order, " ")
      for (k = 1; k <= 5; k++) {
        t = order[k]
        if (!(t in targets)) continue
        for (f = 3; f <= 7; f++) m[t, f] = median(t "," f)
        printf "| %s | %.0f | %.2f | %.0f | %.2f | %s |\n", t, m[t, 3], m[t, 4], m[t, 5], m[t, 6], (m[t, 7] == "" ? "-" : m[t, 7])
      }
      print ""
      print "| goal | measured | holds |"
      print "|---|---|---|"
      r = m["on", 5] / m["off", 5]; printf "| POST req/s, log and metrics on vs off >= 0.9x | %.2fx | %s |\n", r, (r >= 0.9 ? "yes" : "no")
      r = m["on", 6] / m["off", 6]; printf "| POST p99, on vs off <= 1.25x | %.2fx | %s |\n", r, (r <= 1.25 ? "yes" : "no")
      r = m["on", 5] / m["bare", 5]; printf "| POST req/s vs bare Javalin POST echo >= 0.7x | %.2fx | %s |\n", r, (r >= 0.7 ? "yes" : "no")
      r = m["on", 3] / m["bare", 3]; printf "| /health req/s vs bare Javalin GET >= 0.9x | %.2fx | %s |\n", r, (r >= 0.9 ? "yes" : "no")
      r = m["on", 6] / m["bare", 6]; printf "| POST p99 vs bare Javalin POST p99 <= 1.5x | %.2fx | %s |\n", r, (r <= 1.5 ? "yes" : "no")
      if ("previous" in targets) {
        printf "| peak RSS, java -jar, vs the previous build <= 1x | %s vs %s MB | %s |\n", m["on", 7], m["previous", 7], (m["on", 7] + 0 <= m["previous", 7] + 0 ? "yes" : "no")
      }
      printf "| peak RSS, bin/eligibility-http <= 200 MB | %s MB | %s |\n", m["launcher", 7], (m["launcher", 7] + 0 <= 200 ? "yes" : "no")
    }' "$work/compare.txt"
}

compare
if [[ -n "$COMPARE_ONLY" ]]; then
  exit 0
fi

echo "== start-up: $STARTS starts of $LAUNCH, launch to the first healthy GET /health"
starts=()
for _ in $(seq 1 "$STARTS"); do
  start_service
  starts+=("$started_ms")
  stop_service
done
startup_ms=$(printf '%s\n' "${starts[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
printf '%-26s %10s ms       (median of: %s)\n' "start-up" "$startup_ms" "${starts[*]}"

echo "== starting the service on port $PORT"
start_service
curl -fsS "$BASE/health" >/dev/null
status=$(curl -sS -o "$work/one.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary "$(head -1 "$work/bodies.ndjson")" "$BASE/v1/assessments")
if [[ "$status" != 200 ]] || ! grep -q '"tier"' "$work/one.json"; then
  echo "POST /v1/assessments answered $status: $(cat "$work/one.json")" >&2
  exit 1
fi

echo "== warm-up ($WARMUP each), then $DURATION each, $THREADS wrk threads, $CONNECTIONS connections"
load warmup-health "warm-up GET /health" /health "$WARMUP" ""
load warmup-post "warm-up POST" /v1/assessments "$WARMUP" "$work/bodies.ndjson"
load health "GET /health" /health "$DURATION" ""
allocated_before=$(allocated_bytes)
load post "POST /v1/assessments" /v1/assessments "$DURATION" "$work/bodies.ndjson"
allocated_after=$(allocated_bytes)
read -r health_rps _ <"$work/health.txt"
read -r post_rps _ _ _ _ _ post_requests _ <"$work/post.txt"
rss_after_load=$(rss_mb)

echo "== batch: $BATCH_LINES lines"
read -r batch_status batch_seconds < <(curl -sS -X POST -T "$work/batch.ndjson" -H 'Expect:' \
  -H 'Content-Type: application/x-ndjson' -o "$work/batch-out.ndjson" \
  -w '%{http_code} %{time_total}\n' "$BASE/v1/assessments/batch")
out_lines=$(grep -c '' "$work/batch-out.ndjson" || true)
assessed=$(grep -c '"assessment"' "$work/batch-out.ndjson" || true)
end_line=$(tail -1 "$work/batch-out.ndjson")
expected_end="{\"end\":{\"lines\":$BATCH_LINES,\"assessments\":$BATCH_LINES,\"errors\":0}}"
if [[ "$END_LINE" == 0 ]]; then
  expected_end=$end_line
  out_lines=$((out_lines + 1))
fi
if [[ "$batch_status" != 200 || "$out_lines" != $((BATCH_LINES + 1)) || "$assessed" != "$BATCH_LINES" ||
  "$end_line" != "$expected_end" ]]; then
  echo "batch: status $batch_status, $out_lines lines out, $assessed assessed, of $BATCH_LINES; last: $end_line" >&2
  exit 1
fi
batch_rate=$(awk -v n="$BATCH_LINES" -v s="$batch_seconds" 'BEGIN { printf "%.0f", n / s }')
printf '%-26s %10s apps/s     (%s s, %d lines in and out)\n' "batch" "$batch_rate" "$batch_seconds" "$BATCH_LINES"

echo "== baseline: plain Jackson read-write of the same file"
classpath=${JACKSON_CLASSPATH:-}
if [[ -z "$classpath" ]]; then
  if jar tf "$JAR" | grep -q '^com/fasterxml/jackson/databind/ObjectMapper.class$'; then
    classpath=$JAR
  else
    ./mvnw -q -B -pl eligibility-http dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
    classpath=$(cat "$work/cp.txt")
  fi
fi
read -r jackson_lines jackson_seconds < <(java -cp "$classpath" bench/JacksonReadWrite.java \
  "$work/batch.ndjson" "$work/jackson-out.ndjson")
jackson_rate=$(awk -v n="$jackson_lines" -v s="$jackson_seconds" 'BEGIN { printf "%.0f", n / s }')
printf '%-26s %10s lines/s    (%s s, warm)\n' "Jackson read-write" "$jackson_rate" "$jackson_seconds"

echo "== summary"
awk -v post="$post_rps" -v health="$health_rps" -v batch="$batch_rate" -v jackson="$jackson_rate" \
  -v load="$rss_after_load" -v peak="$(rss_mb)" -v startup="$startup_ms" -v launch="$LAUNCH" 'BEGIN {
    printf "POST /v1/assessments vs GET /health: %.2fx the requests/s\n", post / health
    printf "batch vs Jackson read-write:         %.2fx the lines/s\n", batch / jackson
    printf "service peak RSS (VmHWM):            %d MB after wrk, %d MB after the batch\n", load, peak
    printf "start-up to a healthy /health:       %d ms (median, %s)\n", startup, launch
  }'
if [[ -n "$allocated_before" && -n "$allocated_after" ]]; then
  awk -v before="$allocated_before" -v after="$allocated_after" -v requests="$post_requests" 'BEGIN {
    printf "allocated per POST /v1/assessments:  %.0f B (jvm_gc_memory_allocated_bytes_total over the wrk run)\n", (after - before) / requests
  }'
fi
