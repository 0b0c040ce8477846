#!/usr/bin/env python3
"""A fast SMTP sink for the scale benchmark (bench/scale.sh). Python 3 stdlib only (asyncio, one thread).

    python3 bench/scale/smtp_sink.py --port 25260 --log delivered.tsv
    python3 bench/scale/smtp_sink.py --selftest 20000     # its own rate, with a pipelining client

Accepts every message (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS, no AUTH). Each accepted message
(after its final 250) is one line of the log: "<epoch seconds>\t<Message-ID>\t<first recipient>". Lines are
buffered and written every 0.2 s and on SIGTERM/SIGINT, so the harness reads the log a moment after the last
delivery. Unlike bench/faults/smtp_faults.py (a thread per connection, the message parsed with the email
package), DATA is read in one piece and only the Message-ID header is looked for: the sink must not be what
limits the outbox's rate.
"""
import argparse
import asyncio
import os
import signal
import socket
import sys
import threading
import time

BUFFER = []


def message_id(data):
    head = data.split(b"\r\n\r\n", 1)[0]
    lines = head.split(b"\r\n")
    for n, line in enumerate(lines):
        if line[:11].lower() == b"message-id:":
            value = line[11:].strip()
            if not value and n + 1 < len(lines):  # folded onto the next line
                value = lines[n + 1].strip()
            return value.decode("ascii", "replace")
    return ""


async def session(reader, writer):
    w = writer.write
    w(b"220 scale-sink ESMTP ready\r\n")
    rcpts = []
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            verb = line[:4].upper()
            if verb == b"EHLO":
                w(b"250-scale-sink\r\n250-8BITMIME\r\n250-PIPELINING\r\n250 SIZE 20000000\r\n")
            elif verb == b"HELO":
                w(b"250 scale-sink\r\n")
            elif verb == b"MAIL":
                rcpts = []
                w(b"250 2.1.0 ok\r\n")
            elif verb == b"RCPT":
                rcpts.append(line[8:].strip().lstrip(b"<").split(b">")[0].decode("utf-8", "replace"))
                w(b"250 2.1.5 ok\r\n")
            elif verb == b"DATA":
                if not rcpts:
                    w(b"503 5.5.1 no valid recipients\r\n")
                    continue
                w(b"354 end data with <CR><LF>.<CR><LF>\r\n")
                await writer.drain()
                data = await reader.readuntil(b"\r\n.\r\n")
                BUFFER.append("%.6f\t%s\t%s\n" % (time.time(), message_id(data), rcpts[0]))
                rcpts = []
                w(b"250 2.0.0 ok: queued\r\n")
            elif verb == b"RSET":
                rcpts = []
                w(b"250 2.0.0 ok\r\n")
            elif verb == b"NOOP":
                w(b"250 2.0.0 ok\r\n")
            elif verb == b"QUIT":
                w(b"221 2.0.0 bye\r\n")
                await writer.drain()
                break
            else:
                w(b"502 5.5.2 command not implemented\r\n")
            await writer.drain()
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        pass
    finally:
        writer.close()


def flush(path):
    global BUFFER
    if BUFFER:
        lines, BUFFER = BUFFER, []
        with open(path, "a") as f:
            f.write("".join(lines))


async def serve(port, log, ready=None):
    server = await asyncio.start_server(session, "127.0.0.1", port, limit=32 << 20, backlog=256)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for s in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(s, stop.set)
        except (RuntimeError, ValueError):
            pass  # not the main thread (selftest)
    print("SMTP sink listening on 127.0.0.1:%d" % port, flush=True)
    if ready:
        ready.set()
    async with server:
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), 0.2)
            except asyncio.TimeoutError:
                pass
            flush(log)
    flush(log)


def selftest(n, connections=4):
    """The sink's own rate: n messages of 4 KB on `connections` connections, commands pipelined."""
    import tempfile
    port = 25000 + os.getpid() % 1000
    log = tempfile.mktemp(suffix=".tsv")
    open(log, "w").close()
    ready = threading.Event()
    threading.Thread(target=lambda: asyncio.run(serve(port, log, ready)), daemon=True).start()
    ready.wait(10)
    body = b"Subject: selftest\r\nMessage-ID: <%d-%d@selftest>\r\n\r\n" + b"x" * 4000 + b"\r\n.\r\n"

    def client(c, count):
        s = socket.create_connection(("127.0.0.1", port))
        f = s.makefile("rb")
        f.readline()
        s.sendall(b"EHLO selftest\r\n")
        while not f.readline().startswith(b"250 "):
            pass
        batch = 50
        for start in range(0, count, batch):
            k = min(batch, count - start)
            s.sendall(b"".join(b"MAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\n" + body % (c, start + j) for j in range(k)))
            for _ in range(4 * k):
                f.readline()
        s.sendall(b"QUIT\r\n")
        f.readline()
        s.close()

    t0 = time.time()
    threads = [threading.Thread(target=client, args=(c, n // connections)) for c in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - t0
    time.sleep(0.5)
    got = sum(1 for _ in open(log))
    os.unlink(log)
    print("selftest: %d messages on %d connections in %.2f s: %.0f messages/s (%d logged)"
          % (n // connections * connections, connections, elapsed, n // connections * connections / elapsed, got))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int)
    p.add_argument("--log")
    p.add_argument("--selftest", type=int, metavar="N")
    a = p.parse_args()
    if a.selftest:
        selftest(a.selftest)
        return
    if not a.port or not a.log:
        p.error("--port and --log are needed")
    open(a.log, "a").close()
    asyncio.run(serve(a.port, a.log))


if __name__ == "__main__":
    sys.exit(main())
