# Shared set-up steps for scripts/serve and scripts/test. Each step is idempotent:
# it installs only what is missing, so a second run starts at once.

PYTHON_BIN="${PYTHON:-$(command -v python3.11 || command -v python3)}"
VENV=".venv"

ensure_python_311() {
  if ! "$PYTHON_BIN" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    echo "Python 3.11 is nodig; zet PYTHON=/pad/naar/python3.11" >&2
    exit 1
  fi
}

# ensure_venv EXTRA: create .venv and install the project (with [EXTRA] if given)
# whenever pyproject.toml changed since the last install. An install with an extra includes
# the plain one.
ensure_venv() {
  local extra="${1:-}" spec="." stamp="$VENV/.installed${1:+-$1}"
  [ -n "$extra" ] && spec=".[$extra]"
  ensure_python_311
  [ -x "$VENV/bin/python" ] || "$PYTHON_BIN" -m venv "$VENV"
  if [ -z "$extra" ] && up_to_date "$VENV"/.installed-*; then
    return 0
  fi
  if ! up_to_date "$stamp"; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e "$spec"
    touch "$stamp"
  fi
}

# up_to_date STAMP ...: true when one of the stamp files is newer than pyproject.toml.
up_to_date() {
  local stamp
  for stamp in "$@"; do
    [ -f "$stamp" ] && ! [ pyproject.toml -nt "$stamp" ] && return 0
  done
  return 1
}

# ensure_apt COMMAND PACKAGE ...: apt-get install PACKAGE when COMMAND is missing.
ensure_apt() {
  local missing=()
  while [ $# -ge 2 ]; do
    command -v "$1" >/dev/null 2>&1 || [ -x "$1" ] || missing+=("$2")
    shift 2
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_node_modules() {
  if [ ! -d node_modules/axe-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --ignore-scripts >/dev/null
  fi
}
