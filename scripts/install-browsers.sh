#!/usr/bin/env bash
# Installs the browsers the end-to-end tests and `npm start` use: Debian's
# chromium and firefox-esr. Idempotent: does nothing when both are present.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)

if [ "${#need[@]}" -gt 0 ]; then
  echo "Installing: ${need[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo_cmd=(sudo)
    else
      echo "install-browsers: need root or sudo to install ${need[*]}" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr
fi

# Debian's /usr/bin/chromium wrapper prints shell noise on some systems; keep stdout clean.
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null)"
echo "firefox-esr: $(/usr/bin/firefox-esr --version 2>/dev/null)"
