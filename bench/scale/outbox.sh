#!/usr/bin/env bash
# Outbox delivery rate (issue 14, item 5): emails per second from the production jar to a local SMTP sink, with one
# replica and with two (no duplicate: every Message-ID counted once at the sink).
#
#   bench/scale/outbox.sh                 # 20,000 emails with one replica, then 20,000 with two
#   OUTBOX_EMAILS=5000 OUTBOX_REPLICAS="1" bench/scale/outbox.sh
#
# Needs the jar (./mvnw -B -q package -DskipTests; target/quarkus-app/quarkus-run.jar), JDK 17, python3, curl,
# psql and the machine's PostgreSQL (PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres, trust). Each phase: a fresh
# database (OUTBOX_DB, default accredit_bench_outbox), the SMTP sink (bench/scale/smtp_sink.py), the replicas with
# the benchmark's JVM flags (bench/README.md) and MALLOC_ARENA_MAX=1; one submission over HTTP writes a real
# acknowledgement row, whose template data the seed copies; a warm-up of OUTBOX_WARMUP emails is delivered and
# then OUTBOX_EMAILS PENDING acknowledgements (languages in turn) are written in one INSERT ... SELECT. The rate is
# OUTBOX_EMAILS over the time from that commit to the sink's last message; CPU is the replicas' user+system time
# over the same span. Every process it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
EMAILS=${OUTBOX_EMAILS:-20000}
WARMUP=${OUTBOX_WARMUP:-4000}
REPLICAS=${OUTBOX_REPLICAS:-"1 2"}
DB=${OUTBOX_DB:-accredit_bench_outbox}
SINK_PORT=${OUTBOX_SINK_PORT:-2526}
BASE_PORT=${OUTBOX_BASE_PORT:-18090}
JAVA_OPTS=${BENCH_JAVA_OPTS-"-Xms32m -Xmx96m -XX:+UseSerialGC -XX:-TieredCompilation -XX:MaxMetaspaceSize=128m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000"}
EXTRA_ENV=${OUTBOX_ENV:-}   # e.g. "ACCREDIT_MAIL_BATCH_SIZE=100 ACCREDIT_MAIL_SEND_CONCURRENCY=8"
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "no $JAR: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d)
PIDS=()

cleanup() {
    for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    sleep 1
    for p in "${PIDS[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
log() { echo "[$(date +%T)] $*" >&2; }
ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat"))); done; echo $t; }
stat() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$WORK/sink.json" "$1"; }
# template data as the service writes it (TemplateData: ApplicantEmailView as a map, nulls kept), without the closing brace
app_json() { # organization status
    printf '{"app":{"reference":"AHC-2026-00002","organization":"%s","contactName":"Anne Dupont","path":"PARA_8","status":"%s","informationRequest":null,"decisionReason":null,"decisionReference":null}' "$1" "$2"
}
wait_for() { # count timeout-seconds
    local deadline=$((SECONDS + $2))
    while [ $SECONDS -lt $deadline ]; do
        [ -f "$WORK/sink.json" ] && [ "$(stat received)" -ge "$1" ] && return 0
        sleep 0.2
    done
    return 1
}

for n in $REPLICAS; do
    log "---- $n replica(s), $EMAILS emails"
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
    rm -f "$WORK/sink.json"
    python3 bench/scale/smtp_sink.py --port "$SINK_PORT" --stats "$WORK/sink.json" --max-seconds 1200 &
    SINK=$!
    PIDS+=("$SINK")
    REPLICA_PIDS=()
    for r in $(seq 1 "$n"); do
        # shellcheck disable=SC2086
        env ACCREDIT_OIDC_URL="http://127.0.0.1:9/realms/bench" \
            ACCREDIT_CONSOLE_SECRET="bench-console-secret-0123456789abcdef" \
            ACCREDIT_OIDC_CLIENT_SECRET="bench-client-secret" \
            ACCREDIT_PUBLIC_URL="http://127.0.0.1:$((BASE_PORT + r))" \
            ACCREDIT_SMTP_HOST=127.0.0.1 ACCREDIT_SMTP_PORT="$SINK_PORT" \
            ACCREDIT_MANAGEMENT_PORT=$((BASE_PORT + 100 + r)) \
            QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
            QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="" \
            QUARKUS_HTTP_PORT=$((BASE_PORT + r)) QUARKUS_MAILER_MOCK=false ACCREDIT_MAIL_DISPATCH_EVERY=1s \
            MALLOC_ARENA_MAX=1 $EXTRA_ENV \
            java $JAVA_OPTS -jar "$JAR" >"$WORK/replica$r.log" 2>&1 &
        REPLICA_PIDS+=($!)
        PIDS+=($!)
        # the first replica migrates the database before the next one starts
        ready=""
        for _ in $(seq 1 600); do # at most 5 minutes: a loaded machine starts the jar slowly
            if curl -sf -o /dev/null "http://127.0.0.1:$((BASE_PORT + 100 + r))/q/health/ready"; then ready=yes; break; fi
            kill -0 "${REPLICA_PIDS[-1]}" || { tail -30 "$WORK/replica$r.log" >&2; exit 1; }
            sleep 0.5
        done
        [ -n "$ready" ] || { echo "replica $r not ready after 5 minutes" >&2; tail -30 "$WORK/replica$r.log" >&2; exit 1; }
    done
    log "replicas ready: ${REPLICA_PIDS[*]}"
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$((BASE_PORT + 1))/api/v1/applications" \
        -H 'Content-Type: application/json' \
        -d '{"organization":{"name":"Outbox bench","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"FR"},"contact":{"name":"Bench","email":"bench@example.org"},"language":"en"}')
    [ "$code" = 201 ] || { echo "submission answered $code" >&2; exit 1; }
    wait_for 1 60 || { echo "the first acknowledgement never arrived" >&2; tail -30 "$WORK/replica1.log" >&2; exit 1; }
    log "warm-up: $WARMUP emails"
    psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -c "insert into outbox_email (id, kind, recipient, language, template_data,
        status, attempts, next_attempt_at, created_at) select gen_random_uuid(), 'WITHDRAWAL', 'warm-' || i || '@example.org',
        (array['en','fr','es','ru','zh','ar'])[1 + i % 6], '$(app_json "Warm-up organization" WITHDRAWN)}',
        'PENDING', 0, now(), now() from generate_series(1, $WARMUP) i"
    wait_for $((1 + WARMUP)) 600 || { echo "warm-up not delivered" >&2; exit 1; }
    before=$(stat received)
    cpu0=$(ticks "${REPLICA_PIDS[@]}")
    t0=$(date +%s.%N)
    psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -c "insert into outbox_email (id, kind, recipient, language, template_data,
        status, attempts, next_attempt_at, created_at) select gen_random_uuid(), 'ACKNOWLEDGEMENT', 'bench-' || i || '@example.org',
        (array['en','fr','es','ru','zh','ar'])[1 + i % 6], replace('$(app_json "Bench organization" SUBMITTED),\"trackingSecret\":\"SECRET\"}', 'SECRET', md5(i::text)),
        'PENDING', 0, now(), now() from generate_series(1, $EMAILS) i"
    wait_for $((before + EMAILS)) 900 || { echo "not all delivered: $(cat "$WORK/sink.json")" >&2; }
    cpu1=$(ticks "${REPLICA_PIDS[@]}")
    sleep 3 # late duplicates would arrive now
    last=$(stat last)
    received=$(($(stat received) - before))
    python3 - "$t0" "$last" "$received" "$EMAILS" "$((cpu1 - cpu0))" "$(getconf CLK_TCK)" "$n" "$(stat duplicates)" "$(stat unique)" <<'EOF'
import sys
t0, last, received, emails, ticks, hz, n, dups, unique = sys.argv[1:]
span = float(last) - float(t0)
print(f"OUTBOX replicas={n} emails={emails} received={received} duplicates={dups} unique_total={unique} "
      f"seconds={span:.2f} per_second={int(received) / span:.0f} jvm_cpu_ms_per_email={int(ticks) / int(hz) * 1000 / int(received):.2f}")
EOF
    psql -X -At -d "$DB" -c "select status, count(*) from outbox_email group by 1 order by 1" | tr '\n' ' '; echo
    for p in "${REPLICA_PIDS[@]}" "$SINK"; do kill -TERM "$p" 2>/dev/null || true; done
    for p in "${REPLICA_PIDS[@]}" "$SINK"; do
        for _ in $(seq 1 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$p" 2>/dev/null || true
    done
    PIDS=()
done
psql -X -q -d postgres -c "drop database if exists $DB with (force)"
