#!/usr/bin/env python3
"""Load client and checks of the fault suite (bench/faults/run.sh). Python 3 stdlib only.

  load.py load --urls http://127.0.0.1:18081,... --seconds 20 --concurrency 6 --prefix S1 --out DIR
      Submits applications (POST /api/v1/applications), each with a unique organization name
      "<prefix> Org <worker>-<n> <run>" and its own contact email "<prefix>-<worker>-<n>-<run>@example.org"
      (lowercase), with an Idempotency-Key. On a connection error, a timeout (15 s), a 5xx or a 409 (key in
      flight) it retries the SAME key on the next replica, for up to 150 s (longer than the service's 2-minute
      in-flight lease: a key claimed by a replica killed mid-request is taken over when the lease runs out). Writes DIR/<prefix>.acks.jsonl (every
      201: key, id, reference, org name, email) and prints a JSON summary (also DIR/<prefix>.load.json).
  load.py verify --prefix S1 --out DIR --smtp-log F --psql "psql ... -At" [--wait 60]
      Every acknowledged id in the database exactly once (by organization name), every acknowledgement of an
      application of this prefix delivered once (SMTP log, by recipient; copies with the same Message-ID counted
      apart as redeliveries a receiver can drop); prints a JSON result (also DIR/<prefix>.verify.json).
  load.py api METHOD URL [BODY] --token T     one staff API call; prints status and body
"""
import argparse
import http.client
import json
import os
import random
import sys
import threading
import time
import urllib.parse
import uuid

CLIENT_TIMEOUT = 15.0
# above accredit.idempotency.in-flight-lease (2m): a key held by a killed replica frees itself then
RETRY_FOR = 150.0


def request(url, method, path, body=None, headers=None, timeout=CLIENT_TIMEOUT):
    u = urllib.parse.urlparse(url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    try:
        data = json.dumps(body).encode() if isinstance(body, (dict, list)) else body
        h = dict(headers or {})
        if data is not None:
            h.setdefault("Content-Type", "application/json")
        conn.request(method, path, body=data, headers=h)
        r = conn.getresponse()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), r.read()
    finally:
        conn.close()


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.status = {}
        self.errors = {}
        self.max_latency = 0.0
        self.sent = 0
        self.acked = 0
        self.unacked = 0
        self.retries = 0
        self.bad_503 = 0  # 503 without problem+json or without Retry-After
        self.replayed = 0
        self.per_replica_acks = {}

    def add_status(self, s):
        with self.lock:
            self.status[str(s)] = self.status.get(str(s), 0) + 1

    def add_error(self, e):
        with self.lock:
            self.errors[e] = self.errors.get(e, 0) + 1


def worker(idx, args, urls, router, stats, deadline, acks, acks_lock, run):
    n = 0
    while time.time() < deadline:
        with stats.lock:
            if args.max and stats.sent >= args.max:
                return
        n += 1
        name = "%s Org %d-%d %s" % (args.prefix, idx, n, run)
        local = "%s-%d-%d-%s" % (args.prefix.lower(), idx, n, run)
        if args.reject_every and n % args.reject_every == 0:
            local = "reject-" + local
        mail = local + "@example.org"
        body = {"organization": {"name": name, "type": "INTERGOVERNMENTAL_ORGANIZATION", "country": "FR"},
                "contact": {"name": "Faults", "email": mail}, "language": "en"}
        key = str(uuid.uuid4())
        with stats.lock:
            stats.sent += 1
        replica = (idx + n) % len(urls)
        give_up = time.time() + RETRY_FOR
        acked = False
        in_flight_waits = 0
        while time.time() < give_up:
            replica = router.next(replica)
            url = urls[replica]
            t0 = time.time()
            try:
                status, headers, data = request(url, "POST", "/api/v1/applications", body,
                                                {"Idempotency-Key": key, "Accept": "application/json"})
                lat = time.time() - t0
                with stats.lock:
                    stats.max_latency = max(stats.max_latency, lat)
                stats.add_status(status)
                if status == 201:
                    j = json.loads(data)
                    if headers.get("idempotent-replayed"):
                        with stats.lock:
                            stats.replayed += 1
                    with acks_lock:
                        acks.write(json.dumps({"key": key, "id": j.get("id"), "reference": j.get("reference"),
                                               "org": name, "email": mail, "replica": url}) + "\n")
                        acks.flush()
                    with stats.lock:
                        stats.acked += 1
                        stats.per_replica_acks[url] = stats.per_replica_acks.get(url, 0) + 1
                    acked = True
                    break
                if status == 503:
                    ctype = headers.get("content-type", "")
                    if "application/problem+json" not in ctype or "retry-after" not in headers:
                        with stats.lock:
                            stats.bad_503 += 1
                if status == 409 and b"still being processed" not in data:
                    # another conflict (e.g. the organization already has an open application: the first attempt
                    # committed, then its replica died before storing its answer): retrying cannot change it
                    stats.add_error("refused-409-conflict")
                    break
                if status >= 500 or status == 409:
                    in_flight_waits += status == 409
                else:
                    stats.add_error("refused-%d" % status)
                    break
            except ConnectionRefusedError:
                stats.add_error("connection-refused")
            except (TimeoutError, OSError, http.client.HTTPException) as e:
                lat = time.time() - t0
                with stats.lock:
                    stats.max_latency = max(stats.max_latency, lat)
                kind = "timeout" if isinstance(e, TimeoutError) or "timed out" in str(e) else "connection-error"
                stats.add_error(kind)
                stats.add_error("detail:" + type(e).__name__)  # e.g. RemoteDisconnected: sent, no answer
            with stats.lock:
                stats.retries += 1
            replica = (replica + 1) % len(urls)
            # a key in flight on a dead replica frees itself only when its lease runs out: wait longer each time
            time.sleep(min(8.0, 0.3 * 2 ** in_flight_waits) + random.random() * 0.4)
        if not acked:
            with stats.lock:
                stats.unacked += 1


class Router:
    """Where the next request goes. By default any replica, in turn. With --ready-urls (one readiness URL per
    replica, same order) it routes as a Kubernetes Service or ingress does: each replica's readiness is polled
    every 0.5 s (a probe with periodSeconds 0.5) and requests go only to replicas that answered 200 last time;
    when none is ready, to any."""

    def __init__(self, urls, ready_urls):
        self.urls = urls
        self.ready_urls = ready_urls
        self.ready = [True] * len(urls)
        if ready_urls:
            threading.Thread(target=self.poll, daemon=True).start()

    def poll(self):
        while True:
            for i, u in enumerate(self.ready_urls):
                p = urllib.parse.urlparse(u)
                try:
                    status, _, _ = request("%s://%s" % (p.scheme, p.netloc), "GET", p.path, timeout=1)
                    self.ready[i] = status == 200
                except (OSError, http.client.HTTPException):
                    self.ready[i] = False
            time.sleep(0.5)

    def next(self, i):
        """i if that replica may take a request, else the next one that may."""
        if not any(self.ready):
            return i % len(self.urls)
        while not self.ready[i % len(self.urls)]:
            i += 1
        return i % len(self.urls)


def load(args):
    urls = args.urls.split(",")
    router = Router(urls, args.ready_urls.split(",") if args.ready_urls else None)
    stats = Stats()
    run = uuid.uuid4().hex[:6]
    os.makedirs(args.out, exist_ok=True)
    acks_path = os.path.join(args.out, args.prefix + ".acks.jsonl")
    acks_lock = threading.Lock()
    deadline = time.time() + args.seconds
    with open(acks_path, "a") as acks:
        threads = [threading.Thread(target=worker, args=(i, args, urls, router, stats, deadline, acks, acks_lock, run), daemon=True)
                   for i in range(args.concurrency)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(args.seconds + RETRY_FOR + 30)
    five = sum(v for k, v in stats.status.items() if k.startswith("5"))
    summary = {"prefix": args.prefix, "sent": stats.sent, "acknowledged": stats.acked, "unacknowledged": stats.unacked,
               "retries": stats.retries, "replayed": stats.replayed, "status": stats.status, "errors": stats.errors,
               "responses_5xx": five, "responses_500": stats.status.get("500", 0), "bad_503": stats.bad_503,
               "max_latency_s": round(stats.max_latency, 3), "per_replica_acks": stats.per_replica_acks}
    with open(os.path.join(args.out, args.prefix + ".load.json"), "w") as f:
        json.dump(summary, f)
    print(json.dumps(summary))


def api(args):
    headers = {"Accept": "application/json"}
    if args.token:
        headers["Authorization"] = "Bearer " + args.token
    u = urllib.parse.urlparse(args.url)
    path = u.path + ("?" + u.query if u.query else "")
    body = args.body.encode() if args.body is not None else None
    try:
        status, h, data = request("%s://%s" % (u.scheme, u.netloc), args.method, path, body, headers)
    except (OSError, http.client.HTTPException) as e:
        print("000 " + json.dumps({"error": str(e)}))
        return
    print("%d %s" % (status, data.decode("utf-8", "replace").replace("\n", " ")))


def psql(args, sql):
    import subprocess
    out = subprocess.run(args.psql.split() + ["-c", sql], capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise RuntimeError("psql failed: " + out.stderr)
    return [line.split("|") for line in out.stdout.splitlines() if line]


def verify(args):
    """Acknowledged submissions against the database, acknowledgement emails against the SMTP log."""
    acks = {}
    path = os.path.join(args.out, args.prefix + ".acks.jsonl")
    if os.path.exists(path):
        for line in open(path):
            a = json.loads(line)
            acks[a["id"]] = a
    like = args.prefix.replace("'", "") + " Org %"
    rows = psql(args, "select id, org_name, lower(contact_email) from application where org_name like '%s'" % like)
    ids = {r[0] for r in rows}
    by_org = {}
    for r in rows:
        by_org[r[1]] = by_org.get(r[1], 0) + 1
    lost = sorted(i for i in acks if i not in ids)
    duplicated = sum(c - 1 for c in by_org.values() if c > 1)
    # wait until no deliverable acknowledgement of these applications is PENDING (bounded); the ones
    # the SMTP server refuses with 550 (reject-*) are the caller's to check
    pending_sql = ("select count(*) from outbox_email o join application a on a.id = o.application_id "
                   "where a.org_name like '%s' and o.kind = 'ACKNOWLEDGEMENT' and o.status in ('PENDING', 'SENDING') "
                   "and o.recipient not like 'reject-%%'" % like)
    until = time.time() + args.wait
    pending = int(psql(args, pending_sql)[0][0])
    while pending and time.time() < until:
        time.sleep(2)
        pending = int(psql(args, pending_sql)[0][0])
    outbox = psql(args, "select o.id, lower(o.recipient), o.status, coalesce(o.last_error, '') from outbox_email o "
                        "join application a on a.id = o.application_id where a.org_name like '%s' "
                        "and o.kind = 'ACKNOWLEDGEMENT'" % like)
    per_app_rows = len(outbox) - len({r[1] for r in outbox})
    deliverable = {r[2] for r in rows if not r[2].startswith("reject-")}
    rejected = {r[2] for r in rows if r[2].startswith("reject-")}
    outbox_ids = {}
    for r in outbox:
        outbox_ids.setdefault(r[1], set()).add("<%s@accredit>" % r[0])
    seen = {}
    for line in open(args.smtp_log):
        e = json.loads(line)
        for rcpt in e["to"]:
            if rcpt in deliverable or rcpt in rejected:
                seen.setdefault(rcpt, []).append(e.get("message_id") or "")
    delivered = sum(1 for r in deliverable if r in seen)
    distinct_dup = 0
    same_id_dup = 0
    mid_ok = 0
    mid_total = 0
    for r, mids in seen.items():
        named = [m for m in mids if m]
        distinct = len(set(named)) + (len(mids) - len(named))
        distinct_dup += max(0, distinct - 1)
        same_id_dup += len(named) - len(set(named))
        for m in mids:
            mid_total += 1
            if m in outbox_ids.get(r, set()):
                mid_ok += 1
    failed = [{"id": r[0], "recipient": r[1], "lastError": r[3]} for r in outbox if r[2] == "FAILED"]
    result = {"prefix": args.prefix, "acknowledged": len(acks), "found": sum(1 for i in acks if i in ids),
              "lost": len(lost), "lost_ids": lost[:10], "in_db": len(rows), "unacknowledged_in_db": len(ids - set(acks)),
              "duplicated": duplicated, "outbox_rows_beyond_one_per_application": per_app_rows,
              "emails_expected": len(deliverable), "emails_delivered": delivered,
              "emails_missing": len(deliverable) - delivered, "emails_duplicated": distinct_dup,
              "emails_redelivered_same_message_id": same_id_dup, "still_pending": pending,
              "message_id_contract": "%d/%d" % (mid_ok, mid_total), "failed": failed,
              "rejected_recipients": len(rejected),
              "rejected_delivered": sum(1 for r in rejected if r in seen)}
    with open(os.path.join(args.out, args.prefix + ".verify.json"), "w") as f:
        json.dump(result, f)
    print(json.dumps(result))


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    l = sub.add_parser("load")
    l.add_argument("--urls", required=True)
    l.add_argument("--seconds", type=float, required=True)
    l.add_argument("--concurrency", type=int, default=6)
    l.add_argument("--prefix", required=True)
    l.add_argument("--out", required=True)
    l.add_argument("--reject-every", type=int, default=0)
    l.add_argument("--max", type=int, default=0, help="stop after this many submissions (0: no limit)")
    l.add_argument("--ready-urls", help="readiness URL of each replica (same order as --urls): route only to ready ones")
    a = sub.add_parser("api")
    a.add_argument("method")
    a.add_argument("url")
    a.add_argument("body", nargs="?")
    a.add_argument("--token")
    v = sub.add_parser("verify")
    v.add_argument("--prefix", required=True)
    v.add_argument("--out", required=True)
    v.add_argument("--smtp-log", required=True)
    v.add_argument("--psql", required=True)
    v.add_argument("--wait", type=float, default=60)
    args = p.parse_args()
    {"load": load, "api": api, "verify": verify}[args.cmd](args)


if __name__ == "__main__":
    main()
