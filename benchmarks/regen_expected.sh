#!/bin/sh
# Re-record benchmarks/programs/expected/*.txt: each program's result line at its small size,
# as printed by CPython 3.12 (found like the harness finds it, or given with --python PATH).
# Run this only when a program itself changed. Extra arguments go to `ferrite-bench expect`
# (e.g. a program filter).
set -e
cd "$(dirname "$0")/.."
exec cargo run --quiet -p ferrite-bench -- expect "$@"
