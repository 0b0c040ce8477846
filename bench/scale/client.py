#!/usr/bin/env python3
"""Client of the scale benchmark (bench/scale.sh). Python 3 stdlib only.

    client.py queue  --url URL --token T --db DB --out F.json [--n 200 --budget 10 --warmup 45]
    client.py public --url URL --db DB --out F.json [--n 200 --budget 10]
    client.py csv    --url URL --out F.json
    client.py heap   --gc-log F --start EPOCH --end EPOCH        (prints JSON)
    client.py report --dir DIR --out RESULT --header FILE

Requests are sequential (one connection, keep-alive): latency is what one caller waits for, not throughput.
Cursors are built from the database (the sort key of the row half-way through a filter, or near the end of the
public list) in the format of common/paging/Cursors: base64url(version 1, list name, typed key values,
8 bytes of SHA-256), so a page deep in a million rows is reached without walking 10,000 pages.
"""
import argparse
import base64
import datetime
import glob
import hashlib
import http.client
import json
import math
import os
import re
import struct
import subprocess
import sys
import time
import urllib.parse
import uuid


# ---- cursors (common/paging/Cursors.java) --------------------------------------------------------------
def cursor(list_name, values):
    out = bytearray([1])
    name = list_name.encode("utf-8")
    out += struct.pack(">H", len(name)) + name
    out.append(len(values))
    for kind, v in values:
        if kind == "t":  # Instant: epoch second, nanos
            micros = int(v)
            out += b"t" + struct.pack(">qi", micros // 1_000_000, (micros % 1_000_000) * 1000)
        elif kind == "u":
            out += b"u" + uuid.UUID(v).bytes
        elif kind == "s":
            b = v.encode("utf-8")
            out += b"s" + struct.pack(">i", len(b)) + b
        else:
            raise ValueError(kind)
    raw = bytes(out) + hashlib.sha256(bytes(out)).digest()[:8]
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def psql(db, sql):
    r = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", sql],
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise SystemExit("psql failed: %s\n%s" % (sql, r.stderr))
    return [line.split("\t") for line in r.stdout.splitlines()]


def halfway(db, where, order="submitted_at, id", list_name="applications", position=0.5, from_end=None):
    """The cursor whose next page starts at `position` of the rows matching `where`, in `order`."""
    total = int(psql(db, "select count(*) from application where " + where)[0][0])
    offset = max(0, total - from_end) if from_end is not None else int(total * position)
    if order.startswith("submitted_at"):
        row = psql(db, "select (extract(epoch from submitted_at) * 1000000)::bigint, id from application where %s "
                       "order by %s offset %d limit 1" % (where, order, offset))
        return cursor(list_name, [("t", row[0][0]), ("u", row[0][1])]), total, offset
    row = psql(db, "select org_name_normalized, id from application where %s order by %s offset %d limit 1"
               % (where, order, offset))
    return cursor(list_name, [("s", row[0][0]), ("u", row[0][1])]), total, offset


# ---- HTTP ----------------------------------------------------------------------------------------------
class Http:
    def __init__(self, base, token=None, timeout=120):
        u = urllib.parse.urlsplit(base)
        self.host, self.port, self.timeout = u.hostname, u.port, timeout
        self.headers = {"Accept": "application/json"}
        if token:
            self.headers["Authorization"] = "Bearer " + token
        self.conn = None

    def get(self, path):
        """(status, body bytes, seconds from sending the request to the last byte of the body)"""
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                t0 = time.perf_counter()
                self.conn.request("GET", path, headers=self.headers)
                r = self.conn.getresponse()
                body = r.read()
                return r.status, body, time.perf_counter() - t0
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise


def pct(sorted_values, q):
    if not sorted_values:
        return None
    return sorted_values[max(0, math.ceil(q * len(sorted_values)) - 1)]


def probe(http, path):
    """3 GETs of one shape, not measured: the items of a page and the status codes, or the error."""
    codes = {}
    items = None
    for _ in range(3):
        status, body, _ = http.get(path)
        codes[status] = codes.get(status, 0) + 1
        if status == 200 and items is None:
            try:
                page = json.loads(body)
                items = len(page.get("items", page.get("entries", [])))
            except ValueError:
                items = -1
        if status != 200:
            return {"error": "HTTP %d: %s" % (status, body[:300].decode("utf-8", "replace")), "codes": codes}
    return {"items": items, "codes": codes}


def measure(http, path, n, budget, min_n=5):
    """Sequential GETs of one shape: 3 not measured, then up to n within `budget` seconds (at least min_n)."""
    return measure_interleaved(http, [path], n, budget, min_n)[0]


def measure_interleaved(http, paths, n, budget, min_n=5):
    """GETs of several shapes, 3 of each not measured, then round robin, one request of each shape per round, so that a
    transient event (a collection, a checkpoint, another process) falls on every shape alike rather than on the one
    being measured at the time. Up to n rounds within `budget` seconds per shape (at least min_n)."""
    results = {}
    live = []
    for path in paths:
        pre = probe(http, path)
        results[path] = pre
        if "error" not in pre:
            live.append(path)
    lat = {p: [] for p in live}
    start = time.perf_counter()
    rounds = 0
    while rounds < n and (time.perf_counter() - start < budget * len(live) or rounds < min_n):
        for path in live:
            status, body, s = http.get(path)
            codes = results[path]["codes"]
            codes[status] = codes.get(status, 0) + 1
            lat[path].append(s * 1000)
        rounds += 1
    for path in live:
        values = sorted(lat[path])
        codes = results[path]["codes"]
        results[path].update({"n": len(values), "p50_ms": round(pct(values, 0.5), 2),
                              "p99_ms": round(pct(values, 0.99), 2), "max_ms": round(values[-1], 2),
                              "bad": sum(c for k, c in codes.items() if k != 200)})
    return [results[p] for p in paths]


def warm_up(http, paths, seconds):
    """Round robin over the shapes for `seconds`, leaving out any shape slower than 300 ms (it would eat the time
    the JIT needs many requests in): the code path is the same whatever the filter."""
    if seconds <= 0:
        return 0
    fast = []
    for p in paths:
        status, _, s = http.get(p)
        if status == 200 and s < 0.3:
            fast.append(p)
    fast = fast or paths[:1]
    count, end = 0, time.time() + seconds
    while time.time() < end:
        for p in fast:
            http.get(p)
            count += 1
    return count


# a word in 1 name in 20,000: its answer grows with the data (1 name at 10k, 50 at 1M), so its cost may too; the
# issue's target ("cost depends on what it returns") is measured by the rare word, whose answer is the same at both
# sizes, and this one is shown without a target
GROWING_WORD = "q=word whose matches grow with the data"


def queue_shapes(db):
    call = psql(db, "select id from call_for_applications where title = 'Scale call 07'")[0][0]
    reviewer = "scale-reviewer-03"
    shapes = []

    def add(name, params, note=""):
        shapes.append((name, "/api/v1/applications?" + urllib.parse.urlencode(params), note))

    add("status=SUBMITTED, first page", {"status": "SUBMITTED"})
    c, total, off = halfway(db, "status = 'SUBMITTED'")
    add("status=SUBMITTED, cursor half-way", {"status": "SUBMITTED", "cursor": c}, "after %d of %d" % (off, total))
    c, total, off = halfway(db, "status = 'REJECTED'")
    add("status=REJECTED, cursor half-way", {"status": "REJECTED", "cursor": c}, "after %d of %d" % (off, total))
    add("path=PARA_8, first page", {"path": "PARA_8"})
    c, total, off = halfway(db, "path = 'PARA_8'")
    add("path=PARA_8, cursor half-way", {"path": "PARA_8", "cursor": c}, "after %d of %d" % (off, total))
    add("callId, first page", {"callId": call})
    c, total, off = halfway(db, "call_id = '%s'" % call)
    add("callId, cursor half-way", {"callId": call, "cursor": c}, "after %d of %d" % (off, total))
    add("status=IN_REVIEW & path=PARA_9", {"status": "IN_REVIEW", "path": "PARA_9"})
    add("assignee", {"assignee": reviewer})
    add("sort=NEWEST", {"sort": "NEWEST"})
    add("sort=NAME, first page", {"sort": "NAME"})
    c, total, off = halfway(db, "true", order="org_name_normalized, id", list_name="applications-by-name")
    add("sort=NAME, cursor half-way", {"sort": "NAME", "cursor": c}, "after %d of %d" % (off, total))
    rare = psql(db, "select count(*) from application where org_name_normalized like '%saxifrage%'")[0][0]
    add("q=rare word", {"q": "saxifrage"}, "%s names contain it (20 at any size)" % rare)
    grows = psql(db, "select count(*) from application where org_name_normalized like '%quillwort%'")[0][0]
    add(GROWING_WORD, {"q": "quillwort"}, "%s names contain it" % grows)
    common = psql(db, "select count(*) from application where org_name_normalized like '%foundation%'")[0][0]
    add("q=common word", {"q": "foundation"}, "%s names contain it" % common)
    return shapes


def cmd_queue(a):
    http = Http(a.url, a.token)
    shapes = queue_shapes(a.db)
    t0 = time.time()
    warmed = warm_up(http, [p for _, p, _ in shapes], a.warmup)
    result = {"rows": int(psql(a.db, "select count(*) from application")[0][0]),
              "warmup_s": a.warmup, "warmup_requests": warmed, "warmup_took_s": round(time.time() - t0, 1),
              "shapes": []}
    measured = measure_interleaved(http, [p for _, p, _ in shapes], a.n, a.budget)
    for (name, path, note), m in zip(shapes, measured):
        m.update({"shape": name, "note": note, "path": path[:160]})
        result["shapes"].append(m)
        print("  %-36s %s" % (name, {k: m.get(k) for k in ("n", "p50_ms", "p99_ms", "items", "error") if k in m}),
              file=sys.stderr, flush=True)
    json.dump(result, open(a.out, "w"), indent=1)


def cmd_public(a):
    http = Http(a.url)
    approved = int(psql(a.db, "select count(*) from application where status = 'APPROVED'")[0][0])
    deep, total, off = halfway(a.db, "status = 'APPROVED'", order="org_name_normalized, id",
                               list_name="accredited-organizations", from_end=100)
    base = "/api/v1/public/accredited-organizations"
    deep_path = base + "?" + urllib.parse.urlencode({"cursor": deep})
    # both pages warmed, in turn: a page after a cursor runs code (the cursor's decoding, the row-value bound) that
    # the first page does not, and with tiered compilation off it runs interpreted until C2 has compiled it
    warm_up(http, [base, deep_path], a.warmup)
    result = {"approved": approved, "shapes": []}
    for name, path, note in (("first page", base, ""),
                             ("deep page", deep_path, "after %d of %d" % (off, total))):
        m = measure(http, path, a.n, a.budget)
        m.update({"shape": name, "note": note})
        result["shapes"].append(m)
        print("  public %-12s %s" % (name, {k: m.get(k) for k in ("n", "p50_ms", "p99_ms", "items", "error") if k in m}),
              file=sys.stderr, flush=True)
    json.dump(result, open(a.out, "w"), indent=1)


def cmd_listview(a):
    """A non-objection list's views on the sweep's database, after the sweep: the staff detail (first page of entries)
    and a page of entries half-way through, for the small warm-up list and the large measured one."""
    http = Http(a.url, a.token)
    start_epoch = time.time()
    lists, paths = {}, []
    for key in (a.small_key, a.large_key):
        list_id = psql(a.db, "select md5('scale-sweep-list-%s')::uuid" % key)[0][0]
        total = int(psql(a.db, "select count(*) from non_objection_list_entry where list_id = '%s'" % list_id)[0][0])
        row = psql(a.db, "select a.org_name_normalized, a.id from non_objection_list_entry e join application a "
                         "on a.id = e.application_id where e.list_id = '%s' order by 1, 2 offset %d limit 1"
                   % (list_id, total // 2))
        half = cursor("list-entries:" + list_id, [("s", row[0][0]), ("u", row[0][1])])
        lists[key] = total
        paths.append(("detail", key, "/api/v1/non-objection-lists/%s" % list_id, ""))
        paths.append(("entries half-way", key, "/api/v1/non-objection-lists/%s/entries?%s"
                      % (list_id, urllib.parse.urlencode({"cursor": half})), "after %d of %d" % (total // 2, total)))
    warm_up(http, [p for _, _, p, _ in paths], a.warmup)
    measured = measure_interleaved(http, [p for _, _, p, _ in paths], a.n, a.budget)
    result = {"lists": lists, "shapes": []}
    for (name, key, path, note), m in zip(paths, measured):
        m.update({"shape": name, "list": key, "entries": lists[key], "note": note})
        result["shapes"].append(m)
        print("  list %-8s %-18s %s" % (key, name, {k: m.get(k) for k in ("n", "p50_ms", "p99_ms", "items", "error")
                                                    if k in m}), file=sys.stderr, flush=True)
    if a.gc_log:
        result["heap"] = heap(a.gc_log, start_epoch, time.time())
    json.dump(result, open(a.out, "w"), indent=1)


def cmd_csv(a):
    u = urllib.parse.urlsplit(a.url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=300)
    start_epoch = time.time()
    t0 = time.perf_counter()
    result = {"start": start_epoch}
    try:
        conn.request("GET", "/api/v1/public/accredited-organizations?format=csv", headers={"Accept": "text/csv"})
        r = conn.getresponse()
        result["status"] = r.status
        first = r.read(1)
        ttfb = time.perf_counter() - t0
        size, lines = len(first), first.count(b"\n")
        while True:
            chunk = r.read(65536)
            if not chunk:
                break
            size += len(chunk)
            lines += chunk.count(b"\n")
        result.update({"ttfb_ms": round(ttfb * 1000, 1), "total_ms": round((time.perf_counter() - t0) * 1000, 1),
                       "bytes": size, "rows": max(0, lines - 1)})
    except (http.client.HTTPException, OSError) as e:
        result.update({"error": "%s: %s" % (type(e).__name__, e), "total_ms": round((time.perf_counter() - t0) * 1000, 1)})
    result["end"] = time.time()
    json.dump(result, open(a.out, "w"), indent=1)
    print("  csv %s" % result, file=sys.stderr)


# ---- GC log (-Xlog:gc:file=F:time) ---------------------------------------------------------------------
GC_LINE = re.compile(r"^\[([^\]]+)\].*GC\(\d+\) (Pause [^(]*\([^)]*\)|Pause \w+).*? (\d+)([KMG])->(\d+)([KMG])\((\d+)([KMG])\)")
UNIT = {"K": 1 / 1024, "M": 1, "G": 1024}


def gc_events(path):
    events = []
    try:
        lines = open(path).read().splitlines()
    except OSError:
        return events
    for line in lines:
        m = GC_LINE.match(line)
        if not m:
            continue
        ts = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()
        events.append((ts, int(m.group(3)) * UNIT[m.group(4)], int(m.group(5)) * UNIT[m.group(6)],
                       int(m.group(7)) * UNIT[m.group(8)], m.group(2)))
    return events


def heap(path, start, end):
    """Heap figures between two instants: the largest heap seen before a GC (the peak), the largest left after
    one (what the work kept alive), the heap in use when the window opened (after the last GC before it)."""
    ev = gc_events(path)
    before = [e for e in ev if e[0] < start]
    inside = [e for e in ev if start <= e[0] <= end]
    base = before[-1][2] if before else None
    return {"gcs": len(inside), "full_gcs": sum(1 for e in inside if "Full" in e[4]),
            "peak_before_gc_mb": round(max(e[1] for e in inside), 1) if inside else None,
            "peak_after_gc_mb": round(max(e[2] for e in inside), 1) if inside else None,
            "live_at_start_mb": round(base, 1) if base is not None else None,
            "committed_max_mb": round(max(e[3] for e in inside), 1) if inside else None,
            "process_peak_before_gc_mb": round(max(e[1] for e in ev), 1) if ev else None}


def cmd_heap(a):
    print(json.dumps(heap(a.gc_log, a.start, a.end)))


# ---- report --------------------------------------------------------------------------------------------
def load(d, name):
    try:
        return json.load(open(os.path.join(d, name)))
    except (OSError, ValueError):
        return None


def verdict(ok):
    return "PASS" if ok else "FAIL"


def cmd_report(a):
    d = a.dir
    small, big = load(d, "queue-10k.json"), load(d, "queue-1m.json")
    pub_small, pub_big = load(d, "public-10k.json"), load(d, "public-1m.json")
    csv_small, csv_big = load(d, "csv-10k.json"), load(d, "csv-1m.json")
    sweep, out1, out2 = load(d, "sweep.json"), load(d, "outbox-1.json"), load(d, "outbox-2.json")
    summary, details = [], []

    def row(what, measured, target, ok):
        summary.append("| %s | %s | %s | %s |" % (what, measured, target, "n/a" if ok is None else verdict(ok)))

    # queue
    details.append("## Queue: GET /api/v1/applications (sequential, one connection, bearer token of a reviewer)")
    if small and big:
        details.append("10k: %d rows, warm-up %ss (%d requests); 1M: %d rows, warm-up %ss (%d requests)"
                       % (small["rows"], small["warmup_s"], small["warmup_requests"], big["rows"], big["warmup_s"],
                          big["warmup_requests"]))
        details.append("")
        details.append("| query | items | n 10k | p50 10k | p99 10k | n 1M | p50 1M | p99 1M | p50 ratio | p99 ratio | target p99 ratio <= 1.5 | note (1M) |")
        details.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
        by = {s["shape"]: s for s in big["shapes"]}
        for s in small["shapes"]:
            b = by.get(s["shape"], {})
            if "error" in s or "error" in b:
                details.append("| %s | | | | | | | | | | FAIL | %s |" % (s["shape"], s.get("error") or b.get("error")))
                row("queue: " + s["shape"], "error", "p99 1M/10k <= 1.5", False)
                continue
            r50 = b["p50_ms"] / s["p50_ms"] if s["p50_ms"] else float("inf")
            r99 = b["p99_ms"] / s["p99_ms"] if s["p99_ms"] else float("inf")
            ok = r99 <= 1.5 and not s["bad"] and not b["bad"]
            if s["shape"] == GROWING_WORD:
                ok = None if not s["bad"] and not b["bad"] else False
            details.append("| %s | %s | %d | %.1f ms | %.1f ms | %d | %.1f ms | %.1f ms | %.2f | %.2f | %s | %s |"
                           % (s["shape"], b.get("items"), s["n"], s["p50_ms"], s["p99_ms"], b["n"], b["p50_ms"],
                              b["p99_ms"], r50, r99, "n/a" if ok is None else verdict(ok), b.get("note", "")))
            row("queue: " + s["shape"], "p99 %.1f -> %.1f ms (x%.2f)" % (s["p99_ms"], b["p99_ms"], r99),
                "p99 1M/10k <= 1.5" if ok is not None else "none: 1 match at 10k, 50 at 1M", ok)
    else:
        details.append("(not measured)")
        row("queue", "not measured", "p99 1M/10k <= 1.5", False)
    details.append("")

    # public list
    details.append("## Public list JSON: GET /api/v1/public/accredited-organizations (no token)")
    for label, p in (("10k", pub_small), ("1M", pub_big)):
        if not p:
            continue
        cells = []
        for s in p["shapes"]:
            if "error" in s:
                cells.append("%s: %s" % (s["shape"], s["error"]))
            else:
                cells.append("%s n=%d p50 %.1f ms p99 %.1f ms (%s items%s)" % (s["shape"], s["n"], s["p50_ms"], s["p99_ms"],
                             s.get("items"), ", " + s["note"] if s.get("note") else ""))
        details.append("- %s (%d approved): %s" % (label, p["approved"], "; ".join(cells)))
    if pub_big and all("error" not in s for s in pub_big["shapes"]):
        first, deep = pub_big["shapes"]
        r = deep["p99_ms"] / first["p99_ms"]
        row("public list: deep page vs first, %d approved" % pub_big["approved"],
            "p99 %.1f vs %.1f ms (x%.2f)" % (deep["p99_ms"], first["p99_ms"], r), "deep <= 1.5x first", r <= 1.5)
    else:
        row("public list: deep page vs first", "error or not measured", "deep <= 1.5x first", False)
    details.append("")

    # CSV
    details.append("## Public CSV: GET /api/v1/public/accredited-organizations?format=csv")
    for label, c in (("10k", csv_small), ("1M", csv_big)):
        if not c:
            continue
        details.append("- %s: %s" % (label, json.dumps({k: v for k, v in c.items() if k not in ("start", "end")})))
    if csv_big:
        hb, hs = csv_big.get("heap") or {}, (csv_small or {}).get("heap") or {}
        done = csv_big.get("status") == 200 and "error" not in csv_big and csv_big.get("rows") == csv_big.get("approved")
        big_live, small_live = hb.get("peak_after_gc_mb"), hs.get("peak_after_gc_mb")
        if big_live is None:
            big_live = hb.get("live_at_start_mb")
        if small_live is None:
            small_live = hs.get("live_at_start_mb")
        const = done and big_live is not None and small_live is not None and big_live <= 1.5 * small_live
        row("CSV export at %s approved: constant memory" % csv_big.get("approved"),
            "%s; live heap after GC during it %s MB (at %s approved: %s MB), peak before GC %s MB, %s GCs; "
            "first byte %s ms, total %s ms, %s rows, %s bytes" % (
                "completed" if done else "NOT completed (%s; service %s)" % (csv_big.get("error") or csv_big.get("status"),
                                                                             csv_big.get("service_after")),
                big_live, (csv_small or {}).get("approved"), small_live, hb.get("peak_before_gc_mb"), hb.get("gcs"),
                csv_big.get("ttfb_ms"), csv_big.get("total_ms"), csv_big.get("rows"), csv_big.get("bytes")),
            "completes; live heap <= 1.5x that at 1k approved", const)
    details.append("")

    # list views
    lv = load(d, "listview.json")
    details.append("## A non-objection list's views after the sweep: GET /api/v1/non-objection-lists/{id} and .../entries")
    if lv:
        details.append("lists: %s entries; heap while measured: %s" % (
            ", ".join("%s %d" % (k, v) for k, v in lv["lists"].items()), json.dumps(lv.get("heap"))))
        details.append("")
        details.append("| view | list | entries | items | n | p50 | p99 | max | note |")
        details.append("|---|---|---|---|---|---|---|---|---|")
        for s in lv["shapes"]:
            details.append("| %s | %s | %s | %s | %s | %s ms | %s ms | %s ms | %s |" % (
                s["shape"], s["list"], s["entries"], s.get("items"), s.get("n"), s.get("p50_ms"), s.get("p99_ms"),
                s.get("max_ms"), s.get("error") or s.get("note", "")))
        small_n, large_n = sorted(lv["lists"].values())
        for view in ("detail", "entries half-way"):
            pair = [s for s in lv["shapes"] if s["shape"] == view]
            small = next((s for s in pair if s["entries"] == small_n), {})
            large = next((s for s in pair if s["entries"] == large_n), {})
            if "error" in small or "error" in large or not small.get("p99_ms"):
                row("list view: %s of a %d-entry list" % (view, large_n), "error: %s" % (large.get("error")
                    or small.get("error")), "p99 within 1.5x of a %d-entry list's" % small_n, False)
                continue
            r99 = large["p99_ms"] / small["p99_ms"]
            row("list view: %s of a %d-entry list" % (view, large_n),
                "p99 %.1f vs %.1f ms (x%.2f), p50 %.1f vs %.1f ms" % (large["p99_ms"], small["p99_ms"], r99,
                                                                    large["p50_ms"], small["p50_ms"]),
                "p99 within 1.5x of a %d-entry list's" % small_n,
                r99 <= 1.5 and not large["bad"] and not small["bad"])
    else:
        details.append("(not measured)")
    details.append("")

    # sweep
    details.append("## Deadline sweep of one list of %s applications (-Xmx96m, sweep every 1s)" % ((sweep or {}).get("applications")))
    if sweep:
        details.append("- " + json.dumps(sweep))
        ok = sweep.get("closed") and sweep.get("seconds") is not None and sweep["seconds"] < 10 and not sweep.get("service_died")
        heap = sweep.get("heap") or {}
        heap_text = ("no collection during it; heap in use at its start %s MB" % heap.get("live_at_start_mb")
                     if heap.get("gcs") == 0 else "peak heap before GC %s MB, after GC %s MB"
                     % (heap.get("peak_before_gc_mb"), heap.get("peak_after_gc_mb")))
        row("deadline sweep, %s applications, 96 MB heap" % sweep.get("applications"),
            "%s after %s s; %s%s" % (
                "CLOSED" if sweep.get("closed") else "NOT closed", sweep.get("seconds"), heap_text,
                "; service died: " + sweep["service_died"] if sweep.get("service_died") else ""),
            "closed in < 10 s", ok)
    else:
        row("deadline sweep", "not measured", "closed in < 10 s", False)
    details.append("")

    # outbox
    details.append("## Outbox delivery to a local SMTP sink (bench/scale/smtp_sink.py)")
    for label, o in (("1 replica", out1), ("2 replicas", out2)):
        if o:
            details.append("- %s: %s" % (label, json.dumps(o)))
    if out1:
        row("outbox, 1 replica", "%s emails/s (%s of %s delivered, %s duplicates; JVM CPU %s ms per email)" % (
            out1.get("rate"), out1.get("delivered"), out1.get("emails"), out1.get("duplicates"),
            out1.get("jvm_cpu_ms_per_email")),
            ">= 400 emails/s, no duplicate",
            (out1.get("rate") or 0) >= 400 and out1.get("duplicates") == 0 and out1.get("delivered") == out1.get("emails"))
    if out2:
        row("outbox, 2 replicas", "%s emails/s (%s of %s delivered, %s duplicates; JVM CPU %s ms per email)" % (
            out2.get("rate"), out2.get("delivered"), out2.get("emails"), out2.get("duplicates"),
            out2.get("jvm_cpu_ms_per_email")),
            "no duplicate, all delivered", out2.get("duplicates") == 0 and out2.get("delivered") == out2.get("emails"))
    details.append("")

    head = open(a.header).read() if a.header else ""
    passed = sum(1 for s in summary if s.endswith("| PASS |"))
    targets = sum(1 for s in summary if not s.endswith("| n/a |"))
    text = head + "\n## Summary: %d of %d targets met\n\n| measured | result | target | verdict |\n|---|---|---|---|\n" % (
        passed, targets) + "\n".join(summary) + "\n\n" + "\n".join(details) + "\n"
    open(a.out, "w").write(text)
    print(text)


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    q = sub.add_parser("queue")
    q.add_argument("--url", required=True)
    q.add_argument("--token", required=True)
    q.add_argument("--db", required=True)
    q.add_argument("--out", required=True)
    q.add_argument("--n", type=int, default=200)
    q.add_argument("--budget", type=float, default=10)
    q.add_argument("--warmup", type=float, default=45)
    pb = sub.add_parser("public")
    pb.add_argument("--url", required=True)
    pb.add_argument("--db", required=True)
    pb.add_argument("--out", required=True)
    pb.add_argument("--n", type=int, default=200)
    pb.add_argument("--budget", type=float, default=10)
    pb.add_argument("--warmup", type=float, default=5)
    c = sub.add_parser("csv")
    c.add_argument("--url", required=True)
    c.add_argument("--out", required=True)
    lv = sub.add_parser("listview")
    lv.add_argument("--url", required=True)
    lv.add_argument("--token", required=True)
    lv.add_argument("--db", required=True)
    lv.add_argument("--out", required=True)
    lv.add_argument("--small-key", default="warm")
    lv.add_argument("--large-key", default="main")
    lv.add_argument("--n", type=int, default=1000)
    lv.add_argument("--budget", type=float, default=10)
    lv.add_argument("--warmup", type=float, default=20)
    lv.add_argument("--gc-log")
    h = sub.add_parser("heap")
    h.add_argument("--gc-log", required=True)
    h.add_argument("--start", type=float, required=True)
    h.add_argument("--end", type=float, required=True)
    r = sub.add_parser("report")
    r.add_argument("--dir", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--header")
    a = p.parse_args()
    {"queue": cmd_queue, "public": cmd_public, "csv": cmd_csv, "heap": cmd_heap, "report": cmd_report,
     "listview": cmd_listview}[a.cmd](a)


if __name__ == "__main__":
    main()
