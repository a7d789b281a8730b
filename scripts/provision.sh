#!/usr/bin/env bash
# Provisions what the tests need from Debian: Chromium and CJK fonts for the
# browser suite, gettext and translate-toolkit as independent readers of the
# exported PO and XLIFF files, EPUBCheck as the independent reader of the
# books. Installs them when run as root; otherwise says,
# in one line, what to run.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chromium" ] || need+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
command -v msgfmt >/dev/null || need+=(gettext)
command -v pocount >/dev/null || need+=(translate-toolkit)
[ -e /usr/bin/epubcheck ] || need+=(epubcheck)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${need[*]} for the tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "Missing ${need[*]}: run 'sudo apt-get update && sudo apt-get install -y ${need[*]}' (or set CHROMIUM_PATH)." >&2
  exit 1
fi
