#!/bin/sh
# Stand-in for the cellar binary, made of CPython 3.11, to validate the harness:
#   CELLAR_BIN=$PWD/tests/tools/python_as_cellar.sh cargo test --test programs
# Every program must pass this way, since CPython produced the expected files.
#   python_as_cellar.sh FILE.py                -> python3 FILE.py
#   python_as_cellar.sh --dump-scopes FILE.py  -> tests/tools/dump_scopes.py FILE.py
#   python_as_cellar.sh --dump-names FILE.py   -> tests/tools/dump_names.py FILE.py
tools=$(dirname "$0")
case "$1" in
    --dump-scopes) shift; exec python3 "$tools/dump_scopes.py" "$@" ;;
    --dump-names) shift; exec python3 "$tools/dump_names.py" "$@" ;;
    *) exec python3 "$@" ;;
esac
