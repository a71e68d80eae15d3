#!/usr/bin/env python3
"""The phone's side of `.ci/sms-e2e`: reads what Kannel's fakesmsc printed and tells what one
phone received after a byte offset, each SMS reassembled from its concatenated parts.

    handset.py FAKESMSC_OUTPUT OFFSET PHONE [--wait SECONDS] [--settle SECONDS]

Waits up to --wait seconds (default 10) for one complete message, then --settle seconds (default
0.5) for more, and prints one block per message:

    message 1
    parts 2
    coding gsm7            (gsm7 | ucs2: "ucs-2" lines, or UDH parts whose bytes are UTF-16BE)
    types udh,udh          (the fakesmsc line types, in order)
    text <the decoded text; newlines inside it continue on the following lines>
    end

and a last line `messages N`. Exits 0 in any case: the caller decides what is a failure.

fakesmsc prints each line it receives as `Got message N: <FROM TO TYPE [UDH] DATA>`. A text-type
reply containing newlines reaches it as several lines: the later ones carry no header and
continue the message before them. `ucs-2` and `udh ... data` payloads are URL-encoded bytes.
"""
import re
import sys
import time
import urllib.parse

LINE = re.compile(rb"Got message \d+: <(.*)>\s*$")
TYPES = {b"text", b"data", b"ucs-2", b"udh", b"utf-8"}


def parse(raw, phone):
    """Messages to `phone` in `raw`, as dicts, in arrival order (parts still separate)."""
    lines = []
    for line in raw.split(b"\n"):
        found = LINE.search(line)
        if found:
            lines.append(found.group(1))
    received, last = [], None
    for line in lines:
        words = line.split(b" ", 3)
        if len(words) >= 3 and words[2] in TYPES:
            last = None
            if words[1].decode("utf-8", "replace") != phone:
                continue
            rest = words[3] if len(words) > 3 else b""
            sms = {"type": words[2].decode(), "udh": b"", "payload": rest, "lines": []}
            if words[2] == b"udh":
                # udh %05%00%03%RR%TT%SS data|text|ucs-2 PAYLOAD
                parts = rest.split(b" ", 2)
                sms["udh"] = unquote(parts[0])
                sms["subtype"] = parts[1].decode() if len(parts) > 1 else ""
                sms["payload"] = parts[2] if len(parts) > 2 else b""
            received.append(sms)
            last = sms
        elif last is not None and last["type"] == "text":
            last["lines"].append(line)
    return received


def unquote(data):
    """fakesmsc URL-encodes payloads, spaces as '+'."""
    return urllib.parse.unquote_to_bytes(data.replace(b"+", b" "))


def looks_utf16(data):
    if not data or len(data) % 2:
        return False
    highs = data[0::2]
    return highs.count(0) * 2 >= len(highs)


def decode(sms):
    """(coding, text) of one part."""
    kind, payload = sms["type"], sms["payload"]
    if kind == "text":
        data = b"\n".join([payload] + sms["lines"])
        return "gsm7", data.decode("utf-8", "replace") if is_utf8(data) else data.decode("latin-1")
    data = unquote(payload)
    if kind == "ucs-2" or (kind == "udh" and sms.get("subtype") == "ucs-2") or (kind == "udh" and looks_utf16(data)):
        return "ucs2", data.decode("utf-16-be", "replace")
    return "gsm7", data.decode("utf-8", "replace") if is_utf8(data) else data.decode("latin-1")


def is_utf8(data):
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def assemble(received):
    """Whole messages: concatenated parts (UDH IEI 0 with a reference) joined; with completeness."""
    messages, pending = [], {}
    for sms in received:
        udh = sms["udh"]
        if len(udh) >= 6 and udh[1] == 0 and udh[2] == 3:
            ref, total, seq = udh[3], udh[4], udh[5]
            group = pending.get(ref)
            if group is None:
                group = {"parts": {}, "total": total, "types": []}
                pending[ref] = group
                messages.append(group)
            group["parts"][seq] = sms
            group["types"].append(sms["type"])
        else:
            messages.append({"parts": {1: sms}, "total": 1, "types": [sms["type"]]})
    for message in messages:
        message["complete"] = len(message["parts"]) == message["total"]
    return messages


def read(path, offset, phone):
    with open(path, "rb") as f:
        f.seek(offset)
        return assemble(parse(f.read(), phone))


def main(argv):
    path, offset, phone = argv[1], int(argv[2]), argv[3]
    wait, settle = 10.0, 0.5
    if "--wait" in argv:
        wait = float(argv[argv.index("--wait") + 1])
    if "--settle" in argv:
        settle = float(argv[argv.index("--settle") + 1])
    deadline = time.time() + wait
    messages = read(path, offset, phone)
    while not any(m["complete"] for m in messages) and time.time() < deadline:
        time.sleep(0.05)
        messages = read(path, offset, phone)
    if messages:
        time.sleep(settle)
        messages = read(path, offset, phone)
    for number, message in enumerate(messages, 1):
        decoded = [decode(message["parts"][seq]) for seq in sorted(message["parts"])]
        codings = {coding for coding, _ in decoded}
        print("message %d" % number)
        print("parts %d%s" % (message["total"], "" if message["complete"] else " (incomplete)"))
        print("coding %s" % ("ucs2" if "ucs2" in codings else "gsm7"))
        print("types %s" % ",".join(message["types"]))
        print("text %s" % "".join(text for _, text in decoded))
        print("end")
    print("messages %d" % len(messages))


if __name__ == "__main__":
    main(sys.argv)
