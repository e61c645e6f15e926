#!/bin/sh
# Regenerate the expected stderr of every tests/parse/errors/*.py with
# CPython 3.11: `python3 FILE` prints the SyntaxError; the absolute path in
# the File line is replaced by the bare file name (what the Rust test uses).
set -eu
cd "$(dirname "$0")/errors"
for py in *.py; do
    python3 "$py" 2>"${py%.py}.stderr" >/dev/null || true
    sed -i "s|File \".*/$py\"|File \"$py\"|" "${py%.py}.stderr"
done
