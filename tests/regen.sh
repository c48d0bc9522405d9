#!/usr/bin/env bash
# Regenerate the expected outputs of the differential test corpus with CPython 3.12.
#
# Usage: tests/regen.sh [FILTER...]
#   With no argument every tests/cases/<topic>/<name>.py is run; with arguments only the
#   cases whose path (relative to tests/cases, e.g. "ints/int_pow.py") contains one of the
#   FILTER strings are run.
#
# For each case it writes, beside the .py:
#   <name>.out     exact stdout of `python3.12 <name>.py`
#   <name>.status  line 1: exit status; line 2: last non-empty line of stderr (empty line if none)
# Directories whose name starts with "_" hold modules the cases import and are skipped.
# Each case runs with cwd = its own directory, the script named by its bare file name,
# PYTHONHASHSEED=0, and a clean-ish environment (no PYTHON* variables from the caller).
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cases="$here/cases"

is_312() {
    [ -x "$1" ] || return 1
    [ "$("$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" = "3.12" ]
}

find_python() {
    # python3.12 on PATH (a pyenv shim that cannot run it is skipped), else pyenv's install dir.
    local c
    for c in "$(command -v python3.12 2>/dev/null)" "$HOME"/.pyenv/versions/3.12.*/bin/python3.12; do
        if [ -n "$c" ] && is_312 "$c"; then
            echo "$c"
            return 0
        fi
    done
    return 1
}

PY="$(find_python)" || {
    echo "regen.sh: CPython 3.12 not found (looked for python3.12 on PATH and ~/.pyenv/versions/3.12.*/bin/python3.12)" >&2
    exit 2
}
count=0
tmp_err="$(mktemp)"
trap 'rm -f "$tmp_err"' EXIT
while IFS= read -r -d '' py; do
    rel="${py#"$cases"/}"
    if [ "$#" -gt 0 ]; then
        match=0
        for f in "$@"; do
            case "$rel" in *"$f"*) match=1 ;; esac
        done
        [ "$match" = 1 ] || continue
    fi
    dir="$(dirname "$py")"
    base="$(basename "$py" .py)"
    (
        cd "$dir" || exit 99
        env -u PYTHONPATH -u PYTHONSTARTUP -u PYTHONWARNINGS -u PYTHONOPTIMIZE \
            -u PYTHONDONTWRITEBYTECODE -u PYTHONUNBUFFERED -u PYTHONIOENCODING \
            PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 \
            timeout 60 "$PY" "$base.py" </dev/null >"$base.out" 2>"$tmp_err"
    )
    rc=$?
    last="$(grep -v '^[[:space:]]*$' "$tmp_err" | tail -n 1)"
    printf '%s\n%s\n' "$rc" "$last" >"$dir/$base.status"
    if [ "$rc" = 124 ]; then
        echo "regen.sh: warning: $rel timed out" >&2
    fi
    count=$((count + 1))
done < <(find "$cases" -name '_*' -type d -prune -o -name '*.py' -type f -print0 | sort -z)

echo "regen.sh: regenerated $count case(s) with $PY"
