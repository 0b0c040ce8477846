#!/usr/bin/env python3
"""A fast local SMTP sink for the outbox benchmark (bench/scale). Python 3 stdlib only (asyncio).

    python3 bench/scale/smtp_sink.py --port 2526 --stats sink.json [--expect 20000] [--max-seconds 900]

Accepts every message (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no PIPELINING, STARTTLS or AUTH) and counts
it after its final 250, by Message-ID: `received`, `unique`, `duplicates` (the same Message-ID twice: with the outbox's
contract `<outbox-id@accredit>` that is one email delivered twice), `no_message_id`, `first`/`last` (epoch seconds of
the first and last message) and `per_second` between them. The figures are rewritten to --stats every second and
at exit; it exits by itself once --expect messages arrived (then 2 s more, so late duplicates count) or after
--max-seconds. bench/faults/smtp_faults.py (threads, a full MIME parse per message) tops out well below what one
replica sends; this one reads each message in one call and only looks for its Message-ID header.
"""
import argparse
import asyncio
import json
import os
import signal
import time

STATS = {"received": 0, "unique": 0, "duplicates": 0, "no_message_id": 0, "first": None, "last": None,
         "per_second": None, "duplicate_ids": []}
SEEN = set()


def message_id(data):
    head = data.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        if line[:11].lower() == b"message-id:":
            return line[11:].strip().decode("ascii", "replace")
    return None


def record(data):
    now = time.time()
    STATS["received"] += 1
    STATS["first"] = STATS["first"] or now
    STATS["last"] = now
    mid = message_id(data)
    if mid is None:
        STATS["no_message_id"] += 1
    elif mid in SEEN:
        STATS["duplicates"] += 1
        if len(STATS["duplicate_ids"]) < 20:
            STATS["duplicate_ids"].append(mid)
    else:
        SEEN.add(mid)
        STATS["unique"] += 1


async def serve(reader, writer):
    def reply(text):
        writer.write(text.encode("ascii") + b"\r\n")

    try:
        reply("220 sink ESMTP")
        await writer.drain()
        while True:
            line = await reader.readline()
            if not line:
                return
            verb = line[:4].upper()
            if verb == b"EHLO":
                reply("250-sink\r\n250-8BITMIME\r\n250 SIZE 10485760")
            elif verb in (b"HELO", b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                reply("250 2.0.0 OK")
            elif verb == b"DATA":
                reply("354 End data with <CR><LF>.<CR><LF>")
                await writer.drain()
                data = await reader.readuntil(b"\r\n.\r\n")
                record(data)
                reply("250 2.0.0 queued")
            elif verb == b"QUIT":
                reply("221 2.0.0 bye")
                await writer.drain()
                return
            else:
                reply("502 5.5.2 command not recognized")
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.CancelledError):
        # a client gone, or the sink stopping with connections open
        return
    finally:
        writer.close()


def write_stats(path):
    if STATS["first"] and STATS["last"] and STATS["last"] > STATS["first"]:
        STATS["per_second"] = round((STATS["received"] - 1) / (STATS["last"] - STATS["first"]), 1)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(STATS, f)
    os.replace(tmp, path)


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=2526)
    ap.add_argument("--stats", required=True)
    ap.add_argument("--expect", type=int, default=0)
    ap.add_argument("--max-seconds", type=float, default=900)
    args = ap.parse_args()
    server = await asyncio.start_server(serve, args.host, args.port, limit=16 * 1024 * 1024, backlog=256)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    deadline = time.time() + args.max_seconds
    reached = None
    async with server:
        while not stop.is_set() and time.time() < deadline:
            try:
                await asyncio.wait_for(stop.wait(), 1)
            except asyncio.TimeoutError:
                pass
            write_stats(args.stats)
            if args.expect and STATS["received"] >= args.expect:
                reached = reached or time.time()
                if time.time() - reached >= 2:
                    break
    write_stats(args.stats)


if __name__ == "__main__":
    asyncio.run(main())
