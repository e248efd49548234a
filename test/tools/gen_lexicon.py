#!/usr/bin/env python3
"""gen_lexicon.py -- re-sorts lex_words in src/core/lexicon.c and regenerates
its lookup tables (lex_slots, lex_text, lex_first_len, lex_bloom) after words were added
or changed.

    python3 test/tools/gen_lexicon.py src/core/lexicon.c

Entries are written one a line as {"word", FLAGS, LEN}; LEN is recomputed
(bytes of the UTF-8 word), duplicates are merged (flags OR-ed)."""
import re
import sys

path = sys.argv[1]
src = open(path, encoding="utf-8").read()

head = "static const ne_lex_entry lex_words[] = {\n"
i = src.index(head) + len(head)
j = src.index("\n};\n", i)
entries = {}
for line in src[i:j].splitlines():
    m = re.match(r'\s*\{"([^"]*)",\s*([^,]+(?:\s*\|\s*[^,]+)*),\s*\d+\},\s*$', line)
    if not m:
        raise SystemExit("cannot parse: " + line)
    w, flags = m.group(1), [f.strip() for f in m.group(2).split("|")]
    if w != w.lower() and w.isascii():
        raise SystemExit("upper case word: " + w)
    old = entries.setdefault(w, [])
    for f in flags:
        if f not in old:
            old.append(f)
words = sorted(entries, key=lambda w: w.encode("utf-8"))
body = "".join('\t{"%s", %s, %d},\n' % (w, " | ".join(entries[w]), len(w.encode("utf-8"))) for w in words)
src = src[:i] + body.rstrip("\n") + src[j:]

size = 8192
assert len(words) * 2 < size
M64 = 0xFFFFFFFFFFFFFFFF
MUL = 0x9E3779B97F4A7C15


def lex_hash(b):
    """The hash of ne_lex_flags: the key zero-padded to 8-byte words (little
    endian), h = len, then h = (h ^ word) * MUL for each word; the slot is the
    top 13 bits, the tag the 8 bits below them."""
    pad = b + b"\0" * (-len(b) % 8)
    h = len(b)
    for k in range(0, len(pad), 8):
        h = ((h ^ int.from_bytes(pad[k:k + 8], "little")) * MUL) & M64
    return h


slots = [None] * size
first_len = [0] * 256
BLOOM_BITS = 32768
bloom = [0] * (BLOOM_BITS // 64)
for idx, w in enumerate(words):
    b = w.encode("utf-8")
    assert 1 <= len(b) <= 16, w  # ne_lex_flags reads a key of two 8-byte words
    h = lex_hash(b)
    k = h >> 51
    while slots[k] is not None:
        k = (k + 1) & (size - 1)
    slots[k] = (entries[w], idx, len(b), (h >> 43) & 0xFF)
    first_len[b[0]] |= 1 << len(b)
    bit = (h >> 20) & (BLOOM_BITS - 1)  # bits below the tag's, as ne_lex_flags reads them
    bloom[bit >> 6] |= 1 << (bit & 63)


def slot_text(v):
    if v is None:
        return "{0, 0, 0, 0}"
    return "{%s, %d, %d, 0x%02x}" % (" | ".join(v[0]), v[1], v[2], v[3])


def block(vals, fmt, per):
    rows = []
    for r in range(0, len(vals), per):
        rows.append("\t" + ", ".join(fmt(v) for v in vals[r:r + per]) + ",")
    return "\n".join(rows)


def replace(src, start, text):
    a = src.index(start) + len(start)
    b = src.index("\n};\n", a)
    return src[:a] + text + src[b:]


src = replace(src, "static const lex_slot lex_slots[LEX_HASH_SIZE] = {\n", block(slots, slot_text, 4))
src = replace(src, "static const char lex_text[][24] = {\n", "\n".join("\t{\"%s\"}," % w for w in words))
src = replace(src, "static const uint32_t lex_first_len[256] = {\n", block(first_len, lambda v: "0x%08xu" % v, 8))
src = replace(src, "static const uint64_t lex_bloom[LEX_BLOOM_BITS / 64] = {\n", block(bloom, lambda v: "0x%016xull" % v, 4))
open(path, "w", encoding="utf-8").write(src)
print("%d words" % len(words))
