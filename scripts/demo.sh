#!/usr/bin/env bash
# Quick start, step 1: install, build the example graph on the embedded store, write its map,
# print a summary. Output goes to ./diplograph-demo/ (or the folder given as $1).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
exec .venv/bin/diplograph demo --out "${1:-diplograph-demo}"
