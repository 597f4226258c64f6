#!/usr/bin/env bash
# One command for a fresh machine. Sets up what is missing, then runs the task.
#
#   tools/bootstrap.sh build [briefing build options]   # HTML + PDF into build/
#   tools/bootstrap.sh test  [pytest options]            # the test suite
#
# Set-up (each step is skipped when already done):
#   - Debian packages: TeX Live (xelatex, latexmk, xindy, French), fonts, and for
#     the tests poppler-utils, Chromium and ChromeDriver;
#   - a virtual environment in .venv with the package and its dependencies
#     (reinstalled when pyproject.toml changes).
set -euo pipefail

task=${1:-}
[ $# -gt 0 ] && shift
case "$task" in
  build|test) ;;
  *) echo "usage: $0 build|test [options]" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
venv=${BRIEFING_VENV:-$root/.venv}
python=${PYTHON:-python3}

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "bootstrap: installing Debian packages: $*" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

packages=()
if ! command -v latexmk >/dev/null || ! command -v xelatex >/dev/null || ! command -v xindy >/dev/null \
   || ! kpsewhich french.ldf >/dev/null 2>&1 || ! fc-list : family 2>/dev/null | grep -i freeserif >/dev/null; then
  packages+=(texlive-xetex texlive-latex-extra texlive-lang-french texlive-fonts-recommended
             latexmk xindy fonts-freefont-otf)
fi
if [ "$task" = test ]; then
  command -v pdftotext >/dev/null || packages+=(poppler-utils)
  { command -v chromium >/dev/null && command -v chromedriver >/dev/null; } \
    || packages+=(chromium chromium-driver)
  command -v epubcheck >/dev/null || packages+=(epubcheck)
  command -v npm >/dev/null || packages+=(nodejs npm)
fi
[ ${#packages[@]} -eq 0 ] || apt_install "${packages[@]}"

if [ ! -x "$venv/bin/python" ]; then
  echo "bootstrap: creating $venv" >&2
  "$python" -m venv "$venv"
fi
stamp="$venv/.briefing-installed"
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "bootstrap: installing Python packages into $venv" >&2
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q -e ".[test]"
  echo "$want" > "$stamp"
fi

# axe-core (accessibility checks in the browser tests), pinned in
# tests/e2e/js/package.json, installed into tests/e2e/js/node_modules (ignored by git)
if [ "$task" = test ] && [ ! -f tests/e2e/js/node_modules/axe-core/axe.min.js ]; then
  echo "bootstrap: installing axe-core with npm" >&2
  npm install --prefix tests/e2e/js --no-audit --no-fund --silent
fi

case "$task" in
  build) exec "$venv/bin/briefing" build "$@" ;;
  test)  exec "$venv/bin/python" -m pytest "$@" ;;
esac
