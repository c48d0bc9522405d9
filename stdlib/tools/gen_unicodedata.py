#!/usr/bin/env python3.12
"""Generates stdlib/src/unicodedata/tables.rs from CPython 3.12's own unicodedata (Unicode
15.0.0), so that Ferrite's unicodedata answers exactly as CPython's.

Usage: python3.12 stdlib/tools/gen_unicodedata.py > stdlib/src/unicodedata/tables.rs
       [NamedSequences.txt path as argument: candidate named sequences, each kept only if
        CPython's unicodedata.lookup knows it]
"""
import sys
import unicodedata as u

assert u.unidata_version == '15.0.0', u.unidata_version

CATS = ['Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps',
        'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co']
BIDI = ['', 'L', 'LRE', 'LRO', 'R', 'AL', 'RLE', 'RLO', 'PDF', 'EN', 'ES', 'ET', 'AN', 'CS',
        'NSM', 'BN', 'B', 'S', 'WS', 'ON', 'LRI', 'RLI', 'FSI', 'PDI']
EAW = ['F', 'H', 'W', 'Na', 'A', 'N']

records = {}
record_list = []
runs = []  # (start, record index)
prev = None
for cp in range(0x110000):
    c = chr(cp)
    rec = (CATS.index(u.category(c)), BIDI.index(u.bidirectional(c)), u.combining(c),
           EAW.index(u.east_asian_width(c)), u.mirrored(c))
    if rec not in records:
        records[rec] = len(record_list)
        record_list.append(rec)
    idx = records[rec]
    if idx != prev:
        runs.append((cp, idx))
        prev = idx

numeric = []
for cp in range(0x110000):
    c = chr(cp)
    n = u.numeric(c, None)
    if n is None:
        continue
    d = u.decimal(c, -1)
    g = u.digit(c, -1)
    numeric.append((cp, d, g, repr(float(n))))

decomp = []
for cp in range(0x110000):
    d = u.decomposition(chr(cp))
    if d:
        decomp.append((cp, d))

# characters with a canonical decomposition that NFC does not recompose (full composition
# exclusions: listed exclusions, singletons, non-starter decompositions)
excluded = []
for cp, d in decomp:
    if d.startswith('<'):
        continue
    c = chr(cp)
    if u.normalize('NFC', c) != c:
        excluded.append(cp)

seqs = []
if len(sys.argv) > 1:
    for line in open(sys.argv[1], encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        name, _, codes = line.partition(';')
        name = name.strip()
        try:
            s = u.lookup(name)
        except KeyError:
            continue
        if len(s) > 1:
            seqs.append((name, s))

out = sys.stdout
out.write('//! Unicode 15.0.0 character properties, generated from CPython 3.12\'s unicodedata by\n')
out.write('//! stdlib/tools/gen_unicodedata.py (data only; do not edit by hand).\n\n')
out.write('#![allow(clippy::unreadable_literal)]\n\n')
out.write('pub const CATEGORIES: &[&str] = &%s;\n' % ('[' + ', '.join('"%s"' % x for x in CATS) + ']'))
out.write('pub const BIDI_CLASSES: &[&str] = &%s;\n' % ('[' + ', '.join('"%s"' % x for x in BIDI) + ']'))
out.write('pub const EAST_ASIAN_WIDTHS: &[&str] = &%s;\n\n' % ('[' + ', '.join('"%s"' % x for x in EAW) + ']'))
out.write('/// (category, bidirectional, combining, east_asian_width, mirrored) records.\n')
out.write('pub const RECORDS: &[(u8, u8, u8, u8, u8)] = &[\n')
for r in record_list:
    out.write('    (%d, %d, %d, %d, %d),\n' % r)
out.write('];\n\n')
out.write('/// Runs of code points sharing a record: (first code point, record index), sorted.\n')
out.write('pub const RUNS: &[(u32, u16)] = &[\n')
for i in range(0, len(runs), 6):
    out.write('    ' + ' '.join('(0x%x, %d),' % r for r in runs[i:i + 6]) + '\n')
out.write('];\n\n')
out.write('/// (code point, decimal or -1, digit or -1, numeric value), sorted.\n')
out.write('pub const NUMERIC: &[(u32, i8, i8, f64)] = &[\n')
for cp, d, g, n in numeric:
    if n in ('inf', 'nan'):
        raise SystemExit('unexpected numeric value')
    out.write('    (0x%x, %d, %d, %s),\n' % (cp, d, g, n if ('.' in n or 'e' in n) else n + '.0'))
out.write('];\n\n')
out.write('/// (code point, decomposition as unicodedata.decomposition gives it), sorted.\n')
out.write('pub const DECOMPOSITIONS: &[(u32, &str)] = &[\n')
for cp, d in decomp:
    out.write('    (0x%x, "%s"),\n' % (cp, d))
out.write('];\n\n')
out.write('/// Canonically decomposable characters that NFC never produces, sorted.\n')
out.write('pub const COMPOSITION_EXCLUDED: &[u32] = &[\n')
for i in range(0, len(excluded), 10):
    out.write('    ' + ' '.join('0x%x,' % x for x in excluded[i:i + 10]) + '\n')
out.write('];\n\n')
out.write('/// Named sequences (unicodedata.lookup only): (name, sequence), sorted by name.\n')
out.write('pub const NAMED_SEQUENCES: &[(&str, &str)] = &[\n')
for name, s in sorted(seqs):
    out.write('    ("%s", "%s"),\n' % (name, ''.join('\\u{%x}' % ord(ch) for ch in s)))
out.write('];\n')
