#!/usr/bin/env bash
# Quick start, step 2: install, start a real Neo4j, run every test (unit, doctests, contract
# suite on both backends, browser tests in headless Chromium) on a worker per core, stop Neo4j.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh --test

if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        echo "Installing Debian's chromium for the browser tests ..." >&2
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
    else
        echo "The browser tests need Debian's chromium: sudo apt-get install chromium" >&2
        exit 1
    fi
fi

scripts/neo4j.sh start
trap 'scripts/neo4j.sh stop' EXIT

export DIPLOGRAPH_REQUIRE_NEO4J=1
# Tests run on one worker process per core (at most 4: each loads spaCy), a test file to a worker so
# that a module's fixtures are built once; the Neo4j tests take turns (see tests/conftest.py).
cores=$(nproc 2>/dev/null || echo 2)
workers=${DIPLOGRAPH_TEST_WORKERS:-$(( cores < 4 ? cores : 4 ))}
.venv/bin/python -m pytest -p no:cacheprovider -n "$workers" --dist loadfile "$@"
