#!/usr/bin/env bash
# Provisions what the browser tests need: Debian's Chromium and CJK fonts.
# Installs them when run as root; otherwise says, in one line, what to run.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chromium" ] || need+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${need[*]} for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "Missing ${need[*]}: run 'sudo apt-get update && sudo apt-get install -y ${need[*]}' (or set CHROMIUM_PATH)." >&2
  exit 1
fi
