#!/usr/bin/env bash
# Accredit overload benchmark (issue 14, item 7). See bench/README.md, "Overload (bench/overload.sh)".
#
#   bench/overload.sh
#
# Starts the production jar with the benchmark's JVM flags against a fresh database on the machine's PostgreSQL
# (as bench/run.sh does), warms it up with wrk, measures its capacity (201/s of bench/submit.lua at 32 connections,
# the load bench/run.sh measures with), then offers twice that rate for a few minutes with an open-loop client
# (bench/OverloadLoad.java: Poisson arrivals at a fixed mean rate, each request sent when it is due whatever the
# earlier ones got). Meanwhile it samples the service's RSS, heap and requests in flight every 5 s. It prints
# accepted/s, 503/s, p50/p99 of the accepted requests, p99 of the 503s per 30 s window and in total, and RSS and
# heap in the first and the last minute of the overload. Figures and raw output go to bench/results/overload-<date>.txt.
#
# Settings (environment):
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres   the PostgreSQL server (trust auth)
#   OVERLOAD_DB=accredit_overload                   dropped and recreated on every run, dropped at the end
#   OVERLOAD_PORT=18090 OVERLOAD_MANAGEMENT_PORT=19090
#   OVERLOAD_WARMUP=90                              seconds of unmeasured load first (wrk, 32 connections)
#   OVERLOAD_CAPACITY_SECONDS=30                    the capacity measurement
#   OVERLOAD_FACTOR=2                               the offered rate, as a multiple of the capacity
#   OVERLOAD_SECONDS=180                            the overload (at least 120: first and last minute compared)
#   OVERLOAD_RATE                                   offer this many requests/s instead of FACTOR x capacity
#   OVERLOAD_JAVA_OPTS                              JVM flags (default: bench/run.sh's)
#   OVERLOAD_SERVICE_OPTS                           more -D settings for the service, e.g. -Daccredit.overload.enabled=false
#   OVERLOAD_SERVICE_CPUS=0 OVERLOAD_CLIENT_CPUS=1  taskset CPU lists of the service and of the load clients (wrk,
#                                                   OverloadLoad); empty: not pinned. Pinned, the service has one core
#                                                   and the client another, so the client can offer twice what the
#                                                   service can take (on 2 shared cores it could not: see bench/README.md)
set -euo pipefail

cd "$(dirname "$0")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${OVERLOAD_DB:-accredit_overload}
PORT=${OVERLOAD_PORT:-18090}
MANAGEMENT_PORT=${OVERLOAD_MANAGEMENT_PORT:-19090}
WARMUP=${OVERLOAD_WARMUP:-90}
CAPACITY_SECONDS=${OVERLOAD_CAPACITY_SECONDS:-30}
FACTOR=${OVERLOAD_FACTOR:-2}
SECONDS_OVER=${OVERLOAD_SECONDS:-180}
# the benchmark's flags (bench/run.sh, bench/README.md "JVM flags"), read from there so they cannot drift
DEFAULT_JAVA_OPTS=$(sed -n 's/^DEFAULT_JAVA_OPTS="\(.*\)"$/\1/p' bench/run.sh)
JAVA_OPTS=${OVERLOAD_JAVA_OPTS:-$DEFAULT_JAVA_OPTS}
SERVICE_OPTS=${OVERLOAD_SERVICE_OPTS:-}
SERVICE_CPUS=${OVERLOAD_SERVICE_CPUS-0}
CLIENT_CPUS=${OVERLOAD_CLIENT_CPUS-1}
on_cpus() { local cpus=$1; shift; if [ -n "$cpus" ]; then taskset -c "$cpus" "$@"; else "$@"; fi; }
# the service's prefix (taskset execs java, so $! stays the JVM's pid)
PIN_SERVICE=(); [ -n "$SERVICE_CPUS" ] && PIN_SERVICE=(taskset -c "$SERVICE_CPUS")
JAR=target/quarkus-app/quarkus-run.jar
URL=http://127.0.0.1:$PORT
MANAGEMENT_URL=http://127.0.0.1:$MANAGEMENT_PORT

STAMP=$(date +%Y-%m-%dT%H%M%S)
WORK=$(mktemp -d /tmp/accredit-overload.XXXXXX)
mkdir -p bench/results
RESULT=bench/results/overload-$STAMP.txt

log() { printf '[overload %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---- tools ---------------------------------------------------------------------------------------
. bench/lib.sh
require_load_tools
[ "$SECONDS_OVER" -ge 120 ] || die "OVERLOAD_SECONDS must be at least 120 (first and last minute are compared)"

if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
    log "building: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests
fi

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" \
    || die "cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if curl -s -o /dev/null "$URL/"; then
    die "port $PORT is already in use; set OVERLOAD_PORT"
fi

SVC_PID=""
SAMPLER_PID=""
cleanup() {
    [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
    if [ -n "$SVC_PID" ] && kill -0 "$SVC_PID" 2>/dev/null; then
        kill -TERM "$SVC_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$SVC_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$SVC_PID" 2>/dev/null || true
    fi
    psql -X -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "starting the service: java $JAVA_OPTS $SERVICE_OPTS -jar $JAR (port $PORT, database $DB)"
# As bench/run.sh: production profile, mocked mailer, dispatcher off (bench/lib.sh), rate limits out of reach.
service_env "$PORT" "$MANAGEMENT_PORT" "$DB"
# shellcheck disable=SC2086
"${PIN_SERVICE[@]}" env "${SERVICE_ENV[@]}" MALLOC_ARENA_MAX=1 \
    java $JAVA_OPTS $SERVICE_OPTS -Daccredit.rate-limit.buckets.public-post-client.requests=1000000000 \
        -Daccredit.rate-limit.buckets.public-post-recipient.requests=1000000000 \
        -jar "$JAR" >"$WORK/service.log" 2>&1 &
SVC_PID=$!
ready=""
for _ in $(seq 1 240); do
    kill -0 "$SVC_PID" 2>/dev/null || { tail -30 "$WORK/service.log" >&2; die "the service exited during startup"; }
    if curl -sf -o /dev/null "$MANAGEMENT_URL/q/health/ready"; then ready=yes; break; fi
    sleep 0.5
done
[ -n "$ready" ] || { tail -30 "$WORK/service.log" >&2; die "the service was not ready after 120 s"; }
log "service ready (pid $SVC_PID)"

# every 5 s: seconds since start, VmRSS (kB), heap used (bytes), tenured generation used (bytes), requests in flight
metric() { awk -v m="$1" -v f="$2" 'index($0, m) == 1 && index($0, f) { s += $NF } END { printf "%.0f", s }' "$3"; }
(
    t0=$SECONDS
    while kill -0 "$SVC_PID" 2>/dev/null; do
        curl -s -m 2 "$MANAGEMENT_URL/q/metrics" >"$WORK/metrics.txt" 2>/dev/null || true
        rss=$(awk '$1 == "VmRSS:" { print $2 }' "/proc/$SVC_PID/status" 2>/dev/null || echo 0)
        heap=$(metric 'jvm_memory_used_bytes{' 'area="heap"' "$WORK/metrics.txt")
        old=$(metric 'jvm_memory_used_bytes{' 'Tenured Gen' "$WORK/metrics.txt")
        inflight=$(metric 'accredit_http_in_flight' '' "$WORK/metrics.txt")
        echo "$((SECONDS - t0)) ${rss:-0} $heap $old $inflight" >>"$WORK/samples.txt"
        sleep 5
    done
) &
SAMPLER_PID=$!

field() { awk -F= -v k="$2" '$1 == "BENCH " k { print $2 }' "$1"; }
if [ "$WARMUP" -gt 0 ]; then
    log "warm-up: ${WARMUP}s, wrk 32 connections (not measured)"
    BENCH_RUN_ID="warm$STAMP" on_cpus "$CLIENT_CPUS" timeout $((WARMUP + 60)) wrk -t2 -c32 -d"${WARMUP}s" -s bench/submit.lua "$URL" \
        >"$WORK/warmup.txt" 2>&1 || { cat "$WORK/warmup.txt" >&2; die "wrk failed during warm-up"; }
fi
log "capacity: ${CAPACITY_SECONDS}s, wrk 32 connections"
BENCH_RUN_ID="cap$STAMP" on_cpus "$CLIENT_CPUS" timeout $((CAPACITY_SECONDS + 60)) wrk -t2 -c32 -d"${CAPACITY_SECONDS}s" --latency \
    -s bench/submit.lua "$URL" >"$WORK/capacity.txt" 2>&1 || { cat "$WORK/capacity.txt" >&2; die "wrk failed"; }
CAP_REQ=$(field "$WORK/capacity.txt" requests)
CAP_BAD=$(field "$WORK/capacity.txt" non201)
CAP_US=$(field "$WORK/capacity.txt" duration_us)
CAPACITY=$(awk -v r="$CAP_REQ" -v b="$CAP_BAD" -v d="$CAP_US" 'BEGIN { printf "%.1f", (r - b) / (d / 1e6) }')
CAP_P99=$(awk -v u="$(field "$WORK/capacity.txt" p99_us)" 'BEGIN { printf "%.1f", u / 1000 }')
# wrk's closed loop measures the capacity at 32 connections; other work on the machine can depress it for those 30 s.
# So the capacity is also measured the other way: offered 3x that, open loop, how many does the service accept
# (admission control refuses the rest)? The higher of the two is the capacity the overload doubles.
# (at most 1,200/s: on 2 shared cores the load client itself could not offer 2,400/s and hung)
SAT_RATE=$(awk -v c="$CAPACITY" 'BEGIN { r = c * 3; if (r > 1200) r = 1200; printf "%.0f", r }')
log "wrk: $CAPACITY submissions/s (p99 $CAP_P99 ms, $CAP_BAD not 201); saturation: ${SAT_RATE}/s open loop for ${CAPACITY_SECONDS}s"
on_cpus "$CLIENT_CPUS" java -XX:TieredStopAtLevel=1 -Xmx512m bench/OverloadLoad.java "$URL" "$SAT_RATE" "$CAPACITY_SECONDS" "sat$STAMP" 15 \
    >"$WORK/saturation.txt" 2>&1 || { cat "$WORK/saturation.txt" >&2; die "the load client failed"; }
SATURATED=$(grep '^OVERLOAD total' "$WORK/saturation.txt" | tr ' ' '\n' | awk -F= '$1 == "accepted/s" { print $2 }')
CAPACITY_USED=$(awk -v a="$CAPACITY" -v b="${SATURATED:-0}" 'BEGIN { printf "%.1f", (a > b) ? a : b }')
RATE=${OVERLOAD_RATE:-$(awk -v c="$CAPACITY_USED" -v f="$FACTOR" 'BEGIN { printf "%.0f", c * f }')}
log "saturated: $SATURATED accepted/s; capacity $CAPACITY_USED/s; offering $RATE/s for ${SECONDS_OVER}s (after 15 s unmeasured)"

mark_from=$(tail -1 "$WORK/samples.txt" | cut -d' ' -f1)
on_cpus "$CLIENT_CPUS" java -XX:TieredStopAtLevel=1 -Xmx512m bench/OverloadLoad.java "$URL" "$RATE" "$SECONDS_OVER" "over$STAMP" 15 >"$WORK/overload.txt" 2>&1 \
    || { cat "$WORK/overload.txt" >&2; die "the load client failed"; }
mark_to=$(tail -1 "$WORK/samples.txt" | cut -d' ' -f1)
ALIVE=$(kill -0 "$SVC_PID" 2>/dev/null && echo yes || echo NO)
READY=$(curl -s -o /dev/null -w '%{http_code}' "$MANAGEMENT_URL/q/health/ready" || true)
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""

# first and last minute of the overload (the load client starts about 2 s after mark_from: its JIT)
minute() { # from to -> "rss_max_MB rss_mean_MB heap_max_MB heap_mean_MB old_max_MB inflight_max"
    awk -v a="$1" -v b="$2" '$1 >= a && $1 < b { n++; r += $2; if ($2 > rm) rm = $2; h += $3; if ($3 > hm) hm = $3;
        if ($4 > om) om = $4; if ($5 > im) im = $5 }
        END { if (n == 0) { print "n/a"; exit } printf "RSS max %.0f MB (mean %.0f), heap used max %.0f MB (mean %.0f), tenured max %.0f MB, in flight max %d\n",
        rm / 1024, r / n / 1024, hm / 1048576, h / n / 1048576, om / 1048576, im }' "$WORK/samples.txt"
}
FIRST=$(minute $((mark_from + 20)) $((mark_from + 80)))
LAST=$(minute $((mark_to - 60)) $((mark_to)))
TOTAL_LINE=$(grep '^OVERLOAD total' "$WORK/overload.txt" || true)
val() { echo "$TOTAL_LINE" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }

{
    echo "Accredit overload benchmark, $STAMP"
    echo "commit:        $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' (with local changes)')"
    echo "machine:       $(nproc) cores, PostgreSQL $(psql -X -At -d "$DB" -c 'show server_version')"
    echo "JVM flags:     $JAVA_OPTS $SERVICE_OPTS (MALLOC_ARENA_MAX=1)"
    echo "CPUs:          service ${SERVICE_CPUS:-any}, load clients ${CLIENT_CPUS:-any} (taskset), PostgreSQL any"
    echo "load average:  $LOAD_BEFORE before the run (other work on the machine skews every figure)"
    echo "capacity:      $CAPACITY_USED submissions/s: wrk (32 connections, ${CAPACITY_SECONDS}s after ${WARMUP}s warm-up) $CAPACITY/s, p99 $CAP_P99 ms;"
    echo "               open loop at ${SAT_RATE}/s for ${CAPACITY_SECONDS}s: $SATURATED/s accepted"
    echo "offered:       $RATE requests/s (${OVERLOAD_RATE:+fixed by OVERLOAD_RATE, not }$FACTOR x capacity), open loop, Poisson arrivals, ${SECONDS_OVER}s measured after 15 s"
    echo
    echo "accepted (201)       $(val accepted/s)/s   p50 $(val accepted_p50_ms) ms   p99 $(val accepted_p99_ms) ms   max $(val accepted_max_ms) ms"
    echo "refused (503)        $(val refused503/s)/s   p50 $(val refused_p50_ms) ms   p99 $(val refused_p99_ms) ms   (without Retry-After or problem+json: $(val bad503))"
    echo "other statuses       $(val other)   client errors (timeouts, connections) $(val errors)   unanswered $(val unanswered)"
    echo "memory, first minute $FIRST"
    echo "memory, last minute  $LAST"
    echo "after the load       service alive: $ALIVE, readiness: $READY"
    echo
    grep '^OVERLOAD window' "$WORK/overload.txt" | sed 's/^OVERLOAD //'
} | tee "$WORK/summary.txt"
{
    cat "$WORK/summary.txt"
    echo
    echo "---- samples (s, VmRSS kB, heap used B, tenured used B, in flight) ----"
    cat "$WORK/samples.txt"
    echo
    echo "---- capacity (wrk) ----"
    cat "$WORK/capacity.txt"
    echo
    echo "---- saturation (load client) ----"
    cat "$WORK/saturation.txt"
    echo
    echo "---- load client ----"
    cat "$WORK/overload.txt"
} >"$RESULT"
log "written to $RESULT"
