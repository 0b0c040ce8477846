#!/usr/bin/env python3
"""Fault-injecting SMTP server for the fault suite (bench/faults/run.sh). Python 3 stdlib only.

    python3 bench/faults/smtp_faults.py --port 2525 --log delivered.jsonl --control rules.json

Speaks EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT (no STARTTLS, no AUTH, no PIPELINING). Every message it
accepts (after its final 250) is appended to the log as one JSON line: {"ts","message_id","to":[...],"subject"}.
A message whose connection is dropped or refused before that 250 is NOT logged: it was not delivered.

Faults come from the control file (JSON, re-read when it changes, so the harness flips rules at runtime):
  {"connect_421": 0.1,     # share of connections answered "421" and closed
   "rcpt_451": 0.1,        # share of RCPT commands answered 451
   "data_451": 0.1,        # share of DATA commands answered 451
   "drop_mid_data": 0.1,   # share of messages whose connection is closed in the middle of DATA (no reply)
   "reject": "reject-*@*"} # recipients (fnmatch pattern, case-insensitive) answered 550 at RCPT, permanently
Missing keys mean no fault. Counters of every injected fault go to <log>.faults.json on each change.
"""
import argparse
import email
import email.policy
import fnmatch
import json
import os
import random
import socketserver
import threading
import time

LOCK = threading.Lock()
RULES = {"mtime": None, "rules": {}}
COUNTS = {}


def rules(path):
    try:
        m = os.stat(path).st_mtime_ns
    except FileNotFoundError:
        return {}
    if RULES["mtime"] != m:
        try:
            with open(path) as f:
                RULES["rules"] = json.load(f)
            RULES["mtime"] = m
        except (OSError, ValueError):
            pass  # a file being replaced: keep the previous rules
    return RULES["rules"]


def count(server, what):
    with LOCK:
        COUNTS[what] = COUNTS.get(what, 0) + 1
        tmp = server.log_path + ".faults.json.tmp"
        with open(tmp, "w") as f:
            json.dump(COUNTS, f)
        os.replace(tmp, server.log_path + ".faults.json")


class Handler(socketserver.StreamRequestHandler):
    timeout = 60

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        srv = self.server
        r = rules(srv.control)
        if random.random() < float(r.get("connect_421", 0)):
            count(srv, "connect_421")
            self.reply("421 4.3.2 faults: service not available, closing channel")
            return
        self.reply("220 faults-smtp ESMTP ready")
        sender, rcpts = None, []
        while True:
            raw = self.rfile.readline(65536)
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line[:4].upper()
            r = rules(srv.control)
            if verb == "EHLO":
                self.wfile.write(b"250-faults-smtp\r\n250-8BITMIME\r\n250 SIZE 20000000\r\n")
                self.wfile.flush()
            elif verb == "HELO":
                self.reply("250 faults-smtp")
            elif verb == "MAIL":
                sender, rcpts = line[10:].strip(), []
                self.reply("250 2.1.0 ok")
            elif verb == "RCPT":
                addr = line[8:].strip().split(">")[0].lstrip("<").strip().lower()
                pattern = r.get("reject")
                if pattern and fnmatch.fnmatch(addr, pattern.lower()):
                    count(srv, "rcpt_550")
                    self.reply("550 5.1.1 <%s>: mailbox unavailable (faults rule)" % addr)
                elif random.random() < float(r.get("rcpt_451", 0)):
                    count(srv, "rcpt_451")
                    self.reply("451 4.3.0 faults: temporary failure, try again later")
                else:
                    rcpts.append(addr)
                    self.reply("250 2.1.5 ok")
            elif verb == "DATA":
                if not rcpts:
                    self.reply("503 5.5.1 no valid recipients")
                    continue
                if random.random() < float(r.get("data_451", 0)):
                    count(srv, "data_451")
                    self.reply("451 4.3.0 faults: temporary failure at DATA")
                    continue
                drop = random.random() < float(r.get("drop_mid_data", 0))
                self.reply("354 end data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    d = self.rfile.readline(1 << 20)
                    if not d:
                        return
                    if d in (b".\r\n", b".\n"):
                        break
                    lines.append(d[1:] if d.startswith(b"..") else d)
                    if drop and len(lines) == 3:
                        count(srv, "drop_mid_data")
                        return  # close the connection in the middle of DATA: no reply, not delivered
                msg = email.message_from_bytes(b"".join(lines), policy=email.policy.default)
                entry = {"ts": time.time(), "message_id": (msg.get("Message-ID") or "").strip(),
                         "to": rcpts, "subject": str(msg.get("Subject") or ""), "from": sender}
                with LOCK:
                    with open(srv.log_path, "a") as f:
                        f.write(json.dumps(entry) + "\n")
                        f.flush()
                self.reply("250 2.0.0 ok: queued")
                rcpts = []
            elif verb == "RSET":
                sender, rcpts = None, []
                self.reply("250 2.0.0 ok")
            elif verb == "NOOP":
                self.reply("250 2.0.0 ok")
            elif verb == "QUIT":
                self.reply("221 2.0.0 bye")
                return
            else:
                self.reply("502 5.5.2 command not implemented")


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--log", required=True)
    p.add_argument("--control", required=True)
    a = p.parse_args()
    s = Server(("127.0.0.1", a.port), Handler)
    s.log_path, s.control = a.log, a.control
    open(a.log, "a").close()
    print("SMTP listening on 127.0.0.1:%d" % a.port, flush=True)
    s.serve_forever()


if __name__ == "__main__":
    main()
