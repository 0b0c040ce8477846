#!/usr/bin/env bash
# Accredit submission benchmark (issue 2, "Speed"). See bench/README.md.
#
#   bench/run.sh
#
# Builds the service if needed, starts it against a fresh database on the machine's PostgreSQL,
# submits unique applications with wrk (32 connections, 30 s), samples the service's peak RSS,
# then runs pgbench on the same database with the same statements in one transaction, and prints
# submissions/s, p50, p99, peak RSS, pgbench tps and the ratio service/pgbench. The figures and
# the raw tool output go to bench/results/<date>.txt.
#
# Settings (environment):
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres   the PostgreSQL server (trust auth)
#   BENCH_DB=accredit_bench                         dropped and recreated on every run
#   BENCH_PORT=18080                                the service's HTTP port
#   BENCH_MANAGEMENT_PORT=19000                     its management port (health, metrics: production serves them apart)
#   BENCH_CONNECTIONS=32 BENCH_DURATION=30          load: connections and seconds (wrk and pgbench)
#   BENCH_THREADS=2                                 wrk threads and pgbench -j
#   BENCH_WARMUP=90                                 at least this many seconds of unmeasured load first; 0 = none
#   BENCH_WARMUP_MAX=300                            then more, in 15 s rounds, until the JIT compiler threads
#                                                   use under 5% of a core (compilation has settled), at most this
#   BENCH_JAVA_OPTS                                 JVM flags (default below)
#   BENCH_DB_POOL=8                                 the service's database connections (its default; PostgreSQL shares the 2 cores)
#   BENCH_WORKER_THREADS                            the service's worker threads (unset: the service's own setting, 12)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${BENCH_DB:-accredit_bench}
PORT=${BENCH_PORT:-18080}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-30}
THREADS=${BENCH_THREADS:-2}
WARMUP=${BENCH_WARMUP:-90}
WARMUP_MAX=${BENCH_WARMUP_MAX:-300}
# Fixed, small heap and the serial collector: the service's live set is a few tens of MB, and a
# heap sized from the machine's RAM (the JVM default, 1/4 of it) lets RSS grow far past the target.
# The C2 compiler's scratch memory is freed to glibc but not given back to the system: trimming the
# native heap every 2 s returns it (about 60 MB measured). Tiered compilation is off: C2 alone keeps
# 11 MB of compiled code instead of 38 MB (C1's code and profiles go), peak RSS 267 MB instead of
# 281-293 MB, at the same throughput once warm (about 90 s under this load). Do not cap the code
# cache with tiered compilation on: at 48 MB the JIT evicted and recompiled hot methods for minutes.
# A JVM whose heap ran out exits (status 3) instead of lingering half-broken (issue 14; ops/OutOfMemoryExitIT):
# the orchestrator then starts a fresh one. The same flags ship in the image and the ConfigMap.
DEFAULT_JAVA_OPTS="-Xms32m -Xmx96m -XX:+UseSerialGC -XX:-TieredCompilation -XX:MaxMetaspaceSize=128m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000 -XX:+ExitOnOutOfMemoryError"
# PostgreSQL runs on the same 2 cores: a few connections that each run at full speed beat many that
# compete for the CPU (32 gave 364 submissions/s). Once a submission needed less of the JVM, 8 (the
# service's default) beat 4, which held connections idle while the JVM worked (see bench/README.md).
DB_POOL=${BENCH_DB_POOL:-8}
WORKERS=${BENCH_WORKER_THREADS:-}
if [ -n "$WORKERS" ]; then
    export QUARKUS_THREAD_POOL_MAX_THREADS="$WORKERS"
    WORKERS_SHOWN=$WORKERS
else
    WORKERS_SHOWN="$(sed -n 's/^quarkus\.thread-pool\.max-threads=//p' src/main/resources/application.properties | head -1) (the service's setting)"
fi
JAVA_OPTS=${BENCH_JAVA_OPTS-$DEFAULT_JAVA_OPTS}
# glibc otherwise gives each busy thread its own malloc arena (64 MB reserved each, partly touched);
# one arena measured 12 MB less peak RSS than two, at the same throughput
MALLOC_ARENAS=${BENCH_MALLOC_ARENA_MAX:-1}
JAR=target/quarkus-app/quarkus-run.jar
URL=http://127.0.0.1:$PORT
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-19000}
MANAGEMENT_URL=http://127.0.0.1:$MANAGEMENT_PORT

STAMP=$(date +%Y-%m-%dT%H%M%S)
WORK=$(mktemp -d /tmp/accredit-bench.XXXXXX)
mkdir -p bench/results
RESULT=bench/results/$STAMP.txt

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---- tools ---------------------------------------------------------------------------------------
. bench/lib.sh
require_load_tools
PGBENCH=$(command -v pgbench || true)
[ -n "$PGBENCH" ] || { [ -x /usr/lib/postgresql/15/bin/pgbench ] && PGBENCH=/usr/lib/postgresql/15/bin/pgbench; } || true
if [ -z "$PGBENCH" ]; then
    apt_install postgresql-client-15
    PGBENCH=$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)
fi
[ -x "$PGBENCH" ] || die "pgbench not found"

# ---- build (only when the jar is missing or older than the sources) ------------------------------
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
    log "building: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests
fi

# ---- fresh database ------------------------------------------------------------------------------
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" \
    || die "cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PG_VERSION=$(psql -X -At -d "$DB" -c "show server_version")

# ---- the service ---------------------------------------------------------------------------------
if curl -s -o /dev/null "$URL/"; then
    die "port $PORT is already in use; set BENCH_PORT"
fi

SVC_PID=""
stop_service() {
    if [ -n "$SVC_PID" ] && kill -0 "$SVC_PID" 2>/dev/null; then
        log "stopping the service (pid $SVC_PID)"
        kill -TERM "$SVC_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do # at most 20 s
            kill -0 "$SVC_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$SVC_PID" 2>/dev/null || true
    fi
    SVC_PID=""
}
cleanup() {
    stop_service
    [ -n "${SAMPLER_PID:-}" ] && kill "$SAMPLER_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "starting the service: java $JAVA_OPTS -jar $JAR (port $PORT, database $DB, $DB_POOL connections)"
# Production profile (no demo accounts), as bench/lib.sh's service_env describes. The rate limits stay on, with
# limits no benchmark reaches, so their two counts per submission are measured.
service_env "$PORT" "$MANAGEMENT_PORT" "$DB"
# shellcheck disable=SC2086
env "${SERVICE_ENV[@]}" QUARKUS_DATASOURCE_JDBC_MAX_SIZE="$DB_POOL" MALLOC_ARENA_MAX="$MALLOC_ARENAS" \
    java $JAVA_OPTS -Daccredit.rate-limit.buckets.public-post-client.requests=1000000000 \
        -Daccredit.rate-limit.buckets.public-post-recipient.requests=1000000000 \
        -jar "$JAR" >"$WORK/service.log" 2>&1 &
SVC_PID=$!

ready=""
for _ in $(seq 1 240); do # at most 120 s
    kill -0 "$SVC_PID" 2>/dev/null || { tail -30 "$WORK/service.log" >&2; die "the service exited during startup"; }
    if curl -sf -o /dev/null "$MANAGEMENT_URL/q/health/ready"; then ready=yes; break; fi
    sleep 0.5
done
[ -n "$ready" ] || { tail -30 "$WORK/service.log" >&2; die "the service was not ready after 120 s"; }
log "service ready"

# One submission by hand: the benchmark is meaningless if it does not return 201.
code=$(curl -s -o "$WORK/first.json" -w '%{http_code}' -X POST "$URL/api/v1/applications" \
    -H 'Content-Type: application/json' \
    -d '{"organization":{"name":"Bench Org smoke test","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"FR"},"contact":{"name":"Bench","email":"bench@example.org"},"language":"en"}')
[ "$code" = 201 ] || { cat "$WORK/first.json" >&2; die "a submission returned $code, not 201"; }

# user + system CPU time of a process, in clock ticks
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
rss_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# Warm-up: the JIT compiles the hot path under load. On 2 cores shared with PostgreSQL and wrk, the
# C2 compiler takes one to three minutes to settle; measuring earlier measures the compiler. So the
# warm-up lasts at least WARMUP seconds, then goes on in 15 s rounds until the compiler threads used
# under 5% of one core in a round (or WARMUP_MAX is reached). A deployed service runs warm.
# "tid ticks" for each JIT compiler thread (threads come and go: the JVM adds and retires them)
compiler_threads() {
    local t
    for t in /proc/"$1"/task/*; do
        case "$(cat "$t/comm" 2>/dev/null)" in
            C1\ Compiler*|C2\ Compiler*) echo "${t##*/} $(awk '{ print $14 + $15 }' "$t/stat" 2>/dev/null || echo 0)" ;;
        esac
    done
}
# compiler CPU ticks between two snapshots: a thread's growth, or all of a thread that is new
compiler_ticks_between() {
    awk 'NR == FNR { before[$1] = $2; next } { sum += $2 - (($1 in before) ? before[$1] : 0) } END { print sum + 0 }' "$1" "$2"
}
warm() { # seconds
    BENCH_RUN_ID="warm$STAMP$1$SECONDS" timeout $(($1 + 60)) \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${1}s" -s bench/submit.lua "$URL" >"$WORK/warmup.txt" 2>&1 \
        || { cat "$WORK/warmup.txt" >&2; die "wrk failed during warm-up"; }
}
WARMED=0
JIT_SHARE="n/a"
if [ "$WARMUP" -gt 0 ]; then
    log "warm-up: at least ${WARMUP}s at $CONNECTIONS connections (not measured)"
    warm "$WARMUP"
    WARMED=$WARMUP
    HZ=$(getconf CLK_TCK)
    while :; do
        compiler_threads "$SVC_PID" >"$WORK/jit.before"
        warm 15
        WARMED=$((WARMED + 15))
        compiler_threads "$SVC_PID" >"$WORK/jit.after"
        JIT_SHARE=$(awk -v t="$(compiler_ticks_between "$WORK/jit.before" "$WORK/jit.after")" -v hz="$HZ" \
            'BEGIN { printf "%.0f", 100 * t / hz / 15 }')
        log "warm-up: ${WARMED}s, JIT compiler threads at ${JIT_SHARE}% of a core in the last 15 s"
        [ "$JIT_SHARE" -lt 5 ] && break
        [ "$WARMED" -ge "$WARMUP_MAX" ] && { log "warm-up: compilation still running after ${WARMED}s"; break; }
    done
fi

# RSS sampler: VmRSS every 200 ms while wrk runs (bounded by the run's length plus a margin).
(
    max=0
    end=$((SECONDS + DURATION + 30))
    while [ $SECONDS -lt $end ] && [ ! -f "$WORK/wrk.done" ]; do
        r=$(rss_kb "$SVC_PID" VmRSS)
        [ "${r:-0}" -gt "$max" ] && max=$r && echo "$max" >"$WORK/rss.max"
        sleep 0.2
    done
) &
SAMPLER_PID=$!

CPU_BEFORE=$(cpu_ticks "$SVC_PID")
log "measuring: ${DURATION}s at $CONNECTIONS connections, $THREADS wrk threads"
BENCH_RUN_ID="run$STAMP" timeout $((DURATION + 60)) \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/submit.lua "$URL" >"$WORK/wrk.txt" 2>&1 \
    || { touch "$WORK/wrk.done"; cat "$WORK/wrk.txt" >&2; die "wrk failed"; }
touch "$WORK/wrk.done"
CPU_AFTER=$(cpu_ticks "$SVC_PID")
wait "$SAMPLER_PID" || true
SAMPLER_PID=""

field() { awk -F= -v k="$2" '$1 == "BENCH " k { print $2 }' "$1"; }
REQUESTS=$(field "$WORK/wrk.txt" requests)
NON201=$(field "$WORK/wrk.txt" non201)
LAST_BAD=$(field "$WORK/wrk.txt" last_non201_status)
SOCKET_ERRORS=$(field "$WORK/wrk.txt" socket_errors)
DURATION_US=$(field "$WORK/wrk.txt" duration_us)
P50_US=$(field "$WORK/wrk.txt" p50_us)
P99_US=$(field "$WORK/wrk.txt" p99_us)
MAX_US=$(field "$WORK/wrk.txt" max_us)
[ -n "$REQUESTS" ] && [ -n "$DURATION_US" ] || { cat "$WORK/wrk.txt" >&2; die "could not read wrk's results"; }

RSS_SAMPLED_KB=$(cat "$WORK/rss.max" 2>/dev/null || echo 0)
RSS_HWM_KB=$(rss_kb "$SVC_PID" VmHWM)

# The outbox rows the service wrote: their mean size makes pgbench's rows weigh the same.
read -r DATA_LEN ROWS < <(psql -X -At -F' ' -d "$DB" -c \
    "select round(avg(length(template_data))), count(*) from outbox_email")
stop_service

# ---- pgbench: the same statements, straight to the database ---------------------------------------
log "pgbench: ${DURATION}s, $CONNECTIONS clients, bench/submission.sql (email data of $DATA_LEN chars)"
timeout $((DURATION + 60)) "$PGBENCH" -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" \
    -D data_len="$DATA_LEN" -l --log-prefix="$WORK/pgbench-log" -f bench/submission.sql "$DB" >"$WORK/pgbench.txt" 2>&1 \
    || { cat "$WORK/pgbench.txt" >&2; die "pgbench failed"; }
PG_TPS=$(awk '/^tps = / { print $3 }' "$WORK/pgbench.txt")
PG_LAT=$(awk '/^latency average = / { print $4 }' "$WORK/pgbench.txt")
PG_FAILED=$(awk '/^number of failed transactions: / { print $5 }' "$WORK/pgbench.txt")
[ -n "$PG_TPS" ] || { cat "$WORK/pgbench.txt" >&2; die "could not read pgbench's tps"; }
# pgbench's own latency distribution (its per-transaction log, third field in microseconds): the
# database's share of the service's p99 at the same concurrency
read -r PG_P50 PG_P99 < <(cat "$WORK"/pgbench-log* | awk '{ print $3 }' | sort -n \
    | awk '{ a[NR] = $1 } END { printf "%.1f %.1f\n", a[int(NR * 0.50)] / 1000, a[int(NR * 0.99)] / 1000 }')

# ---- report --------------------------------------------------------------------------------------
SUBS=$(awk -v r="$REQUESTS" -v b="$NON201" -v d="$DURATION_US" 'BEGIN { printf "%.1f", (r - b) / (d / 1e6) }')
RATIO=$(awk -v s="$SUBS" -v p="$PG_TPS" 'BEGIN { printf "%.2f", s / p }')
P50=$(awk -v u="$P50_US" 'BEGIN { printf "%.1f", u / 1000 }')
P99=$(awk -v u="$P99_US" 'BEGIN { printf "%.1f", u / 1000 }')
MAXL=$(awk -v u="$MAX_US" 'BEGIN { printf "%.1f", u / 1000 }')
CPU_MS=$(awk -v a="$CPU_BEFORE" -v b="$CPU_AFTER" -v hz="$(getconf CLK_TCK)" -v r="$REQUESTS" \
    'BEGIN { printf "%.2f", (b - a) * 1000 / hz / r }')
RSS_MB=$(awk -v k="$RSS_HWM_KB" 'BEGIN { printf "%.0f", k / 1024 }')
RSS_RUN_MB=$(awk -v k="$RSS_SAMPLED_KB" 'BEGIN { printf "%.0f", k / 1024 }')
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=") ? v >= t : v <= t; print (ok ? "met" : "MISSED") }'; }

{
    echo "Accredit submission benchmark, $STAMP"
    echo "commit:       $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' (with local changes)')"
    echo "machine:      $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), PostgreSQL $PG_VERSION"
    echo "java:         $(java -version 2>&1 | head -1)"
    echo "JVM flags:    $JAVA_OPTS (MALLOC_ARENA_MAX=$MALLOC_ARENAS); database connections: $DB_POOL; worker threads: $WORKERS_SHOWN"
    echo "load average: $LOAD_BEFORE before the run (other work on the machine skews every figure)"
    echo "load:         $CONNECTIONS connections, ${DURATION}s (after ${WARMED}s warm-up; JIT compiler at ${JIT_SHARE}% of a core in its last 15 s), $THREADS wrk threads / pgbench -j"
    echo
    echo "submissions/s      $SUBS   (201 responses; $REQUESTS requests, $NON201 not 201${LAST_BAD:+ (last: $LAST_BAD)}, $SOCKET_ERRORS socket errors)"
    echo "service CPU        $CPU_MS ms per request (user + system, all threads)"
    echo "latency p50        $P50 ms"
    echo "latency p99        $P99 ms   target <= 50 ms: $(verdict "$P99" "<=" 50)   (max $MAXL ms)"
    echo "peak RSS           $RSS_MB MB   target <= 300 MB: $(verdict "$RSS_MB" "<=" 300)   (VmHWM; highest VmRSS sampled during the run $RSS_RUN_MB MB)"
    echo "pgbench tps        $PG_TPS   (latency average $PG_LAT ms, p50 $PG_P50 ms, p99 $PG_P99 ms, $PG_FAILED failed)"
    echo "ratio              $RATIO   target >= 0.5: $(verdict "$RATIO" ">=" 0.5)"
    echo "outbox rows        $ROWS pending after the service's run (mean email data size $DATA_LEN chars)"
} | tee "$WORK/summary.txt"

{
    cat "$WORK/summary.txt"
    echo
    echo "---- wrk ----"
    cat "$WORK/wrk.txt"
    echo
    echo "---- pgbench ----"
    cat "$WORK/pgbench.txt"
} >"$RESULT"
log "written to $RESULT"
