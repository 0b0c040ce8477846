#!/usr/bin/env bash
# Accredit scale benchmark (issue 14, "Done when"). See bench/README.md, "Scale benchmark (bench/scale.sh)".
#
#   bench/scale.sh            # seeds everything afresh (the 1M seed takes minutes)
#   bench/scale.sh --reuse    # keeps the seeded 10k and 1M databases when seed and migrations are unchanged
#
# One run: seeds 10k and 1M applications (and one list of 100k for the sweep) with SQL after Flyway created the
# schema, then measures on the production jar, sequentially: the queue's queries at 10k and 1M, the public list
# (first vs deep page) and the CSV export at 1k and 100k approved, the deadline sweep of the 100k list and then its
# views (the detail and a page of entries half-way, against the 2,000-entry warm-up list), and the
# outbox's delivery to a local SMTP sink with one and two replicas. Prints the report and writes it to
# bench/results/scale-<timestamp>.txt. Every wait is bounded; a trap stops every process it started.
#
# Settings (environment): PGHOST PGPORT PGUSER; SCALE_DB_PREFIX (accredit_scale); SCALE_SMALL (10000)
#   SCALE_LARGE (1000000) SCALE_SWEEP (100000) SCALE_OUTBOX_EMAILS (10000); SCALE_QUEUE_N (1000 requests per
#   query) SCALE_QUEUE_BUDGET (10 s per query, at least 5 requests) SCALE_WARMUP (45 s); SCALE_PORT_BASE (18400:
#   HTTP base+i, management base+100+i, identity provider base+90) SCALE_SMTP_PORT (25260); SCALE_JAVA_OPTS;
#   SCALE_SWEEP_WARMUP (2000: a list closed first, not measured) SCALE_SWEEP_TIMEOUT (120 s)
#   SCALE_OUTBOX_WARMUP (2000 emails, not measured) SCALE_OUTBOX_TIMEOUT (600 s per batch)
#   SCALE_PARTS ("queue sweep outbox": a subset for a quick look; the seeding is done whatever the parts)
#   SCALE_KEEP_DBS=1 (do not drop the databases at the end; --reuse implies it)
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
SCALE=$ROOT/bench/scale
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PREFIX=${SCALE_DB_PREFIX:-accredit_scale}
DB_TPL=${PREFIX}_tpl DB_SMALL=${PREFIX}_10k DB_LARGE=${PREFIX}_1m DB_SWEEP=${PREFIX}_sweep
SMALL=${SCALE_SMALL:-10000}
LARGE=${SCALE_LARGE:-1000000}
SWEEP_N=${SCALE_SWEEP:-100000}
OUTBOX_N=${SCALE_OUTBOX_EMAILS:-10000}
OUTBOX_WARM=${SCALE_OUTBOX_WARMUP:-2000}
PARTS=${SCALE_PARTS:-queue sweep outbox}
QUEUE_N=${SCALE_QUEUE_N:-1000}
QUEUE_BUDGET=${SCALE_QUEUE_BUDGET:-10}
WARMUP=${SCALE_WARMUP:-45}
BASE=${SCALE_PORT_BASE:-18400}
SMTP_PORT=${SCALE_SMTP_PORT:-25260}
IDP_PORT=$((BASE + 90))
# bench/README.md's flags, plus: a broken instance dies (issue 14, item 6), and temp files in /tmp
JAVA_OPTS=${SCALE_JAVA_OPTS:-"-Xms32m -Xmx96m -XX:+UseSerialGC -XX:-TieredCompilation -XX:MaxMetaspaceSize=128m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"}
JAR=target/quarkus-app/quarkus-run.jar
REUSE=""
KEEP_DBS=${SCALE_KEEP_DBS:-}
case "${1:-}" in
    --reuse) REUSE=yes; KEEP_DBS=1 ;;
    "") ;;
    *) echo "usage: bench/scale.sh [--reuse]" >&2; exit 2 ;;
esac

STAMP=$(date +%Y-%m-%dT%H%M%S)
WORK=$(mktemp -d /tmp/accredit-scale.XXXXXX)
RES=$WORK/res
mkdir -p "$RES" bench/results
RESULT=$ROOT/bench/results/scale-$STAMP.txt
START=$(date +%s)

log() { printf '[scale %s +%ss] %s\n' "$(date +%H:%M:%S)" "$(( $(date +%s) - START ))" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
part() { # part NAME: a new part of the run, with the load average before it
    log "== $1 (load average $(loadavg))"
    echo "$1|$(loadavg)|$(date +%s)" >>"$WORK/parts"
}
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

declare -A SVC=()
IDP_PID="" SINK_PID=""
stop_pid() { # stop_pid PID: TERM, at most 20 s, then KILL
    local pid=$1
    [ -n "$pid" ] || return 0
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
}
stop_service() { stop_pid "${SVC[$1]:-}"; unset "SVC[$1]"; }
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    for n in "${!SVC[@]}"; do stop_pid "${SVC[$n]}"; done
    stop_pid "$IDP_PID"
    stop_pid "$SINK_PID"
    if [ -z "$KEEP_DBS" ]; then
        for db in "$DB_TPL" "$DB_SMALL" "$DB_LARGE" "$DB_SWEEP"; do
            psql -X -q -d postgres -c "drop database if exists $db with (force)" 2>/dev/null
        done
    else
        psql -X -q -d postgres -c "drop database if exists $DB_SWEEP with (force)" 2>/dev/null
    fi
    if [ "$rc" -ne 0 ]; then
        mkdir -p "$ROOT/bench/results/scale-$STAMP-logs"
        cp "$WORK"/*.log "$ROOT/bench/results/scale-$STAMP-logs/" 2>/dev/null
        log "failed (exit $rc); service logs in bench/results/scale-$STAMP-logs/"
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

# ---- tools and build --------------------------------------------------------------------------------------
for tool in java python3 curl psql; do
    command -v "$tool" >/dev/null || die "missing: $tool (see bench/README.md; psql: Debian's postgresql-client-15)"
done
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
    log "building: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests || die "build failed"
fi
psql -X -q -d postgres -c "select 1" >/dev/null || die "cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER"
PG_VERSION=$(q postgres "show server_version")
for port in $IDP_PORT $SMTP_PORT $((BASE + 1)) $((BASE + 2)) $((BASE + 101)) $((BASE + 102)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && die "port $port is in use; set SCALE_PORT_BASE / SCALE_SMTP_PORT"
done

# ---- identity provider (bench/faults/Idp.java) and SMTP sink ---------------------------------------------
java "$ROOT/bench/faults/Idp.java" "$IDP_PORT" >"$WORK/idp.log" 2>&1 &
IDP_PID=$!
SINK_LOG=$WORK/delivered.tsv
python3 "$SCALE/smtp_sink.py" --port "$SMTP_PORT" --log "$SINK_LOG" >"$WORK/sink.log" 2>&1 &
SINK_PID=$!
ISSUER=http://127.0.0.1:$IDP_PORT/realms/accredit
for _ in $(seq 1 120); do curl -sf -o /dev/null "$ISSUER/.well-known/openid-configuration" && break; sleep 0.5; done
curl -sf -o /dev/null "$ISSUER/.well-known/openid-configuration" || die "the identity provider did not start"

# ---- the service ------------------------------------------------------------------------------------------
start_service() { # start_service NAME DB INDEX [VAR=value...]: HTTP BASE+INDEX, management BASE+100+INDEX
    local name=$1 db=$2 i=$3
    shift 3
    # shellcheck disable=SC2086
    env MALLOC_ARENA_MAX=1 \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="" QUARKUS_DATASOURCE_JDBC_MAX_SIZE=8 \
        ACCREDIT_PUBLIC_URL="http://127.0.0.1:$((BASE + i))" \
        ACCREDIT_SMTP_HOST=127.0.0.1 ACCREDIT_SMTP_PORT="$SMTP_PORT" \
        ACCREDIT_OIDC_URL="$ISSUER" ACCREDIT_CONSOLE_SECRET=scale-bench-console-secret-0123456789abcdef \
        ACCREDIT_OIDC_CLIENT_SECRET=scale-bench-client-secret \
        QUARKUS_HTTP_PORT=$((BASE + i)) ACCREDIT_MANAGEMENT_PORT=$((BASE + 100 + i)) \
        QUARKUS_MAILER_MOCK=true ACCREDIT_MAIL_DISPATCH_EVERY=off \
        "$@" \
        java $JAVA_OPTS "-Xlog:gc:file=$WORK/gc-$name.log:time" -jar "$JAR" >"$WORK/$name.log" 2>&1 &
    SVC[$name]=$!
}
wait_ready() { # wait_ready NAME INDEX SECONDS
    local until=$(( $(date +%s) + $3 ))
    while [ "$(date +%s)" -lt "$until" ]; do
        kill -0 "${SVC[$1]}" 2>/dev/null || { tail -30 "$WORK/$1.log" >&2; die "service $1 exited during startup"; }
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$((BASE + 100 + $2))/q/health/ready")" = 200 ] && return 0
        sleep 0.5
    done
    tail -30 "$WORK/$1.log" >&2
    die "service $1 not ready after $3 s"
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; } # user + system CPU, clock ticks
vm() { awk -v k="$2:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null; } # vm PID VmHWM|VmRSS (MB)

# ---- databases ----------------------------------------------------------------------------------------------
# A seeded database carries a comment naming what made it: the seed file, the migrations and its size. --reuse
# keeps it only when that is unchanged (a new migration, or a new seed, means seeding again).
SEED_HASH=$(cat "$SCALE/seed_applications.sql" src/main/resources/db/migration/*.sql | md5sum | cut -c1-12)
seed_mark() { echo "scale-seed $SEED_HASH n=$1"; }
db_mark() { q postgres "select shobj_description(oid, 'pg_database') from pg_database where datname = '$1'"; }

# --reuse keeps each database whose comment matches; the others are made again (the template first, if needed).
reuse_ok() { [ -n "$REUSE" ] && [ "$(db_mark "$1")" = "$2" ]; }
if reuse_ok "$DB_TPL" "scale-template $SEED_HASH"; then
    log "--reuse: $DB_TPL has this seed's schema"
else
    part "schema: Flyway's migrations by the service on an empty database ($DB_TPL), one submission through the API"
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB_TPL with (force)" -c "create database $DB_TPL" \
        || die "cannot create $DB_TPL"
    start_service tpl "$DB_TPL" 1
    wait_ready tpl 1 180
    # one real submission: its outbox row is the shape the outbox benchmark copies
    code=$(curl -s -o "$WORK/first.json" -w '%{http_code}' -X POST "http://127.0.0.1:$((BASE + 1))/api/v1/applications" \
        -H 'Content-Type: application/json' \
        -d '{"organization":{"name":"Scale Bench Template Org","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"FR"},"contact":{"name":"Bench","email":"scale-template@scale.example.org"},"language":"en"}')
    [ "$code" = 201 ] || { cat "$WORK/first.json" >&2; die "a submission returned $code, not 201"; }
    stop_service tpl
    # kept as the model of the outbox rows, never sent (the dispatcher erases a sent acknowledgement's data)
    q "$DB_TPL" "update outbox_email set status = 'FAILED', last_error = 'scale benchmark: the model of its outbox rows, not sent' where kind = 'ACKNOWLEDGEMENT'" >/dev/null
    q postgres "comment on database $DB_TPL is 'scale-template $SEED_HASH'"
    REUSE="" # a new template: every database is made again from it
fi

seed_db() { # seed_db DB N
    local t0
    if reuse_ok "$1" "$(seed_mark "$2")"; then
        log "--reuse: $1 is seeded with this seed and these migrations ($2 applications)"
        return
    fi
    part "seeding $2 applications ($1)"
    t0=$(date +%s)
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $1 with (force)" -c "create database $1 template $DB_TPL" \
        || die "cannot create $1"
    psql -X -q -v ON_ERROR_STOP=1 -v n="$2" -d "$1" -f "$SCALE/seed_applications.sql" >/dev/null || die "seeding $1 failed"
    psql -X -q -d "$1" -c "vacuum analyze" || die "vacuum analyze of $1 failed"
    q postgres "comment on database $1 is '$(seed_mark "$2")'"
    echo "$1|$2|$(( $(date +%s) - t0 ))" >>"$WORK/seeds"
    log "seeded $1 with $2 applications in $(( $(date +%s) - t0 )) s"
}
seed_db "$DB_SMALL" "$SMALL"
seed_db "$DB_LARGE" "$LARGE"

# ---- queue, public list and CSV, at each size ----------------------------------------------------------------
TOKEN=$(curl -sf "$ISSUER/mint?sub=scale-reviewer&roles=reviewer&ttl=7200") || die "no token from the identity provider"
measure_size() { # measure_size LABEL DB
    local label=$1 db=$2 name=q$1 pid t0 t1 hwm0
    part "queue, public list and CSV at $label ($db)"
    start_service "$name" "$db" 1
    wait_ready "$name" 1 180
    pid=${SVC[$name]}
    log "queue: warm-up ${WARMUP}s, then up to $QUEUE_N requests (or ${QUEUE_BUDGET}s) per query"
    python3 "$SCALE/client.py" queue --url "http://127.0.0.1:$((BASE + 1))" --token "$TOKEN" --db "$db" \
        --out "$RES/queue-$label.json" --n "$QUEUE_N" --budget "$QUEUE_BUDGET" --warmup "$WARMUP" \
        || log "queue measurement at $label failed"
    python3 "$SCALE/client.py" public --url "http://127.0.0.1:$((BASE + 1))" --db "$db" \
        --out "$RES/public-$label.json" --n "$QUEUE_N" --budget "$QUEUE_BUDGET" \
        || log "public list measurement at $label failed"
    log "CSV export (load average $(loadavg))"
    hwm0=$(vm "$pid" VmHWM)
    t0=$(now)
    timeout 330 python3 "$SCALE/client.py" csv --url "http://127.0.0.1:$((BASE + 1))" --out "$RES/csv-$label.json"
    t1=$(now)
    sleep 1 # the GC log is written as it goes; give the last line a moment
    python3 - "$RES/csv-$label.json" "$WORK/gc-$name.log" "$t0" "$t1" "$hwm0" "$(vm "$pid" VmHWM)" \
        "$(q "$db" "select count(*) from application where status = 'APPROVED'")" "$(kill -0 "$pid" 2>/dev/null && echo alive || echo died)" <<'PY'
import json, subprocess, sys
f, gc, t0, t1, hwm0, hwm1, approved, alive = sys.argv[1:]
try:
    d = json.load(open(f))
except (OSError, ValueError):
    d = {"error": "the CSV client did not finish (timeout)"}
heap = subprocess.run([sys.executable, "bench/scale/client.py", "heap", "--gc-log", gc, "--start", t0, "--end", t1],
                      capture_output=True, text=True).stdout
d.update({"heap": json.loads(heap or "{}"), "vm_hwm_before_mb": hwm0, "vm_hwm_after_mb": hwm1,
          "approved": int(approved), "service_after": alive})
json.dump(d, open(f, "w"), indent=1)
PY
    stop_service "$name"
}
want() { case " $PARTS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
want queue && measure_size 10k "$DB_SMALL"
want queue && measure_size 1m "$DB_LARGE"

sweep_part() {
# ---- deadline sweep of one list of SWEEP_N applications ----------------------------------------------------
part "deadline sweep: one list of $SWEEP_N applications ($DB_SWEEP), the JVM flags' heap, sweep every 1s"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB_SWEEP with (force)" -c "create database $DB_SWEEP template $DB_TPL" \
    || die "cannot create $DB_SWEEP"
SWEEP_WARM=${SCALE_SWEEP_WARMUP:-2000}
SWEEP_TIMEOUT=${SCALE_SWEEP_TIMEOUT:-120}
t0=$(date +%s)
psql -X -q -v ON_ERROR_STOP=1 -v n="$SWEEP_WARM" -v key=warm -d "$DB_SWEEP" -f "$SCALE/seed_sweep.sql" >/dev/null \
    && psql -X -q -v ON_ERROR_STOP=1 -v n="$SWEEP_N" -v key=main -d "$DB_SWEEP" -f "$SCALE/seed_sweep.sql" >/dev/null \
    || die "seeding the sweep failed"
psql -X -q -d "$DB_SWEEP" -c "vacuum analyze" || die "vacuum analyze failed"
log "seeded the sweep's lists ($SWEEP_WARM for the warm-up, $SWEEP_N measured) in $(( $(date +%s) - t0 )) s"
start_service sweep "$DB_SWEEP" 1 ACCREDIT_OBJECTION_SWEEP_EVERY=1s
wait_ready sweep 1 180
SWEEP_PID=${SVC[sweep]}
close_list() { # close_list KEY: moves the list's deadline to now(), waits for CLOSED; sets t0 t1 closed died
    local list="md5('scale-sweep-list-$1')::uuid" until
    t0=$(now)
    q "$DB_SWEEP" "update non_objection_list set deadline = now() where id = $list" >/dev/null
    closed="" died=""
    until=$(( $(date +%s) + SWEEP_TIMEOUT ))
    while [ "$(date +%s)" -lt "$until" ]; do
        [ "$(q "$DB_SWEEP" "select status from non_objection_list where id = $list")" = CLOSED ] && { closed=yes; break; }
        kill -0 "$SWEEP_PID" 2>/dev/null || { died=yes; break; }
        sleep 0.2
    done
    t1=$(now)
}
# A service closes lists now and then, not once in its life: a small list first (not measured), so the JIT has
# compiled the sweep's code (tiered compilation is off: C2 only, code is interpreted until it is hot).
close_list warm
log "warm-up list of $SWEEP_WARM closed: ${closed:-NO} after $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"
log "moving the measured list's deadline to now(); the sweep runs within a second (load average $(loadavg))"
close_list main
sleep 1
SWEEP_HWM=$(vm "$SWEEP_PID" VmHWM)
DIED_WHY=""
if [ -n "$died" ] || ! kill -0 "$SWEEP_PID" 2>/dev/null; then
    DIED_WHY=$(grep -o -m1 -E 'Terminating due to java.lang.OutOfMemoryError[^"]*|java.lang.OutOfMemoryError[^"]*' "$WORK/sweep.log" || echo "exited")
fi
moved=$(q "$DB_SWEEP" "select count(*) filter (where status = 'NO_OBJECTION') || '/' || count(*) filter (where status = 'OBJECTED') || '/' || count(*) filter (where status = 'IN_CIRCULATION') from application where reference like 'SCALE-SW-main-%'")
lines=$(q "$DB_SWEEP" "select count(*) from application_event e join application a on a.id = e.application_id where a.reference like 'SCALE-SW-main-%' and e.to_status in ('NO_OBJECTION', 'OBJECTED')")
summaries=$(q "$DB_SWEEP" "select count(*) || '/' || coalesce(max(length(template_data)), 0) from outbox_email where kind = 'OBJECTION_WINDOW_CLOSED' and template_data like '%Scale sweep list main%'")
python3 - "$RES/sweep.json" "$WORK/gc-sweep.log" "$t0" "$t1" "$SWEEP_N" "$closed" "$DIED_WHY" "$moved" "$lines" \
    "$summaries" "$SWEEP_HWM" "$SWEEP_TIMEOUT" <<'PY'
import json, subprocess, sys
f, gc, t0, t1, n, closed, died, moved, lines, summaries, hwm, timeout = sys.argv[1:]
heap = subprocess.run([sys.executable, "bench/scale/client.py", "heap", "--gc-log", gc, "--start", t0, "--end", t1],
                      capture_output=True, text=True).stdout
no, obj, still = (moved or "0/0/0").split("/")
rows, size = (summaries or "0/0").split("/")
json.dump({"applications": int(n), "closed": bool(closed),
           "seconds": round(float(t1) - float(t0), 2) if closed else None,
           "waited_s": round(float(t1) - float(t0), 2), "timeout_s": int(timeout), "service_died": died or None,
           "no_objection": int(no), "objected": int(obj), "still_in_circulation": int(still),
           "history_lines": int(lines or 0), "summary_outbox_rows": int(rows), "summary_template_data_chars": int(size),
           "heap": json.loads(heap or "{}"), "vm_hwm_mb": hwm or None}, open(f, "w"), indent=1)
PY
log "sweep: $(cat "$RES/sweep.json" | tr -d '\n ' | cut -c1-300)"
# the same service reads both lists back, now CLOSED: the detail (first page) and a page half-way, small against large
if kill -0 "$SWEEP_PID" 2>/dev/null; then
    log "list views: $SWEEP_WARM and $SWEEP_N entries (load average $(loadavg))"
    python3 "$SCALE/client.py" listview --url "http://127.0.0.1:$((BASE + 1))" --token "$TOKEN" --db "$DB_SWEEP" \
        --out "$RES/listview.json" --n "$QUEUE_N" --budget "$QUEUE_BUDGET" --gc-log "$WORK/gc-sweep.log" \
        || log "list view measurement failed"
fi
stop_service sweep

}
want sweep && sweep_part

# ---- outbox: one replica, then two, to the SMTP sink --------------------------------------------------------
outbox() { # outbox REPLICAS
    local r=$1 i run before t0 t1 sent until cpu0 cpu1
    run="o$r-$STAMP"
    part "outbox: $OUTBOX_N emails, $r replica(s), SMTP sink on port $SMTP_PORT ($DB_SMALL)"
    for i in $(seq 1 "$r"); do
        start_service "out$r-$i" "$DB_SMALL" "$i" QUARKUS_MAILER_MOCK=false ACCREDIT_MAIL_DISPATCH_EVERY=1s
    done
    for i in $(seq 1 "$r"); do wait_ready "out$r-$i" "$i" 180; done
    # warm-up (not measured): the JIT compiles the delivery path on a first batch
    psql -X -q -v ON_ERROR_STOP=1 -v n="$OUTBOX_WARM" -v run="'w$run'" -d "$DB_SMALL" -f "$SCALE/seed_outbox.sql" >/dev/null \
        || die "seeding the outbox failed"
    until=$(( $(date +%s) + ${SCALE_OUTBOX_TIMEOUT:-600} ))
    while [ "$(date +%s)" -lt "$until" ]; do
        [ "$(q "$DB_SMALL" "select count(*) from outbox_email where recipient like 'scale-outbox-w$run-%' and status in ('PENDING', 'SENDING')")" = 0 ] && break
        sleep 0.5
    done
    log "outbox warm-up: $OUTBOX_WARM emails delivered (load average $(loadavg))"
    before=$(wc -l <"$SINK_LOG")
    cpu0=0
    for i in $(seq 1 "$r"); do cpu0=$((cpu0 + $(cpu_ticks "${SVC[out$r-$i]}"))); done
    t0=$(now)
    psql -X -q -v ON_ERROR_STOP=1 -v n="$OUTBOX_N" -v run="'$run'" -d "$DB_SMALL" -f "$SCALE/seed_outbox.sql" >/dev/null \
        || die "seeding the outbox failed"
    until=$(( $(date +%s) + ${SCALE_OUTBOX_TIMEOUT:-600} ))
    sent=0
    while [ "$(date +%s)" -lt "$until" ]; do
        sent=$(q "$DB_SMALL" "select count(*) from outbox_email where recipient like 'scale-outbox-$run-%' and status in ('SENT', 'FAILED')")
        [ "$sent" -ge "$OUTBOX_N" ] && break
        sleep 0.5
    done
    t1=$(now)
    cpu1=0
    for i in $(seq 1 "$r"); do cpu1=$((cpu1 + $(cpu_ticks "${SVC[out$r-$i]}"))); done
    sleep 1.5 # the sink writes its log every 0.2 s; a late duplicate would show now
    for i in $(seq 1 "$r"); do stop_service "out$r-$i"; done
    python3 - "$RES/outbox-$r.json" "$SINK_LOG" "$before" "$run" "$OUTBOX_N" "$t0" "$t1" "$r" "$((cpu1 - cpu0))" "$(getconf CLK_TCK)" \
        "$(q "$DB_SMALL" "select count(*) filter (where status = 'SENT') || '/' || count(*) filter (where status = 'FAILED') || '/' || count(*) filter (where status in ('PENDING', 'SENDING')) from outbox_email where recipient like 'scale-outbox-$run-%'")" <<'PY'
import json, sys
f, log, before, run, n, t0, t1, r, ticks, hz, states = sys.argv[1:]
mids, ts = {}, []
with open(log) as fh:
    for k, line in enumerate(fh):
        if k < int(before):
            continue
        t, mid, rcpt = line.rstrip("\n").split("\t")
        if not rcpt.startswith("scale-outbox-%s-" % run):
            continue
        mids[mid] = mids.get(mid, 0) + 1
        ts.append(float(t))
sent, failed, pending = states.split("/")
delivered = len(mids)
span = (max(ts) - min(ts)) if len(ts) > 1 else 0
rate = round((len(ts) - 1) / span, 1) if span > 0 else None
json.dump({"replicas": int(r), "emails": int(n), "delivered": delivered, "duplicates": sum(c - 1 for c in mids.values()),
           "rate": rate, "rate_note": "first to last delivery at the sink",
           "seconds_from_insert_to_all_recorded": round(float(t1) - float(t0), 2),
           "rate_from_insert": round(int(sent) / (float(t1) - float(t0)), 1),
           "db_sent": int(sent), "db_failed": int(failed), "db_pending": int(pending),
           "jvm_cpu_ms_per_email": round(int(ticks) * 1000 / int(hz) / max(1, int(sent)), 2)}, open(f, "w"), indent=1)
PY
    log "outbox ($r): $(tr -d '\n ' <"$RES/outbox-$r.json")"
}
want outbox && outbox 1
want outbox && outbox 2

# ---- report -------------------------------------------------------------------------------------------------
{
    echo "# Accredit scale benchmark, $STAMP"
    echo
    echo "commit:       $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' (with local changes)')"
    echo "machine:      $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), PostgreSQL $PG_VERSION at $PGHOST:$PGPORT"
    echo "java:         $(java -version 2>&1 | head -1)"
    echo "JVM flags:    $JAVA_OPTS -Xlog:gc:file=...:time (MALLOC_ARENA_MAX=1); 8 database connections"
    echo "sizes:        $SMALL and $LARGE applications; sweep list $SWEEP_N; outbox $OUTBOX_N emails per run"
    echo "queue:        requests on one connection, round robin over the queries; warm-up ${WARMUP}s, then up to $QUEUE_N per query (at most ${QUEUE_BUDGET}s per query, at least 5)"
    if [ -f "$WORK/seeds" ]; then
        while IFS='|' read -r what n s; do echo "seeding:      $what: $n applications in $s s"; done <"$WORK/seeds"
    fi
    echo "seed:         $(seed_mark "$LARGE" | cut -d' ' -f1-2) (databases seeded in an earlier run with the same seed are reused with --reuse)"
    echo "total time:   $(( $(date +%s) - START )) s"
    echo
    echo "load average before each part (1, 5, 15 min; six engineers share these 2 cores: compare runs at similar loads):"
    while IFS='|' read -r what l t; do echo "  +$(( t - START ))s  $l  $what"; done <"$WORK/parts"
} >"$WORK/header.txt"
python3 "$SCALE/client.py" report --dir "$RES" --out "$RESULT" --header "$WORK/header.txt"
{ echo; echo "---- raw results (JSON) ----"; for f in "$RES"/*.json; do echo "$(basename "$f"):"; cat "$f"; echo; done; } >>"$RESULT"
log "written to $RESULT"
