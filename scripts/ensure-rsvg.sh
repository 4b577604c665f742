#!/usr/bin/env bash
# The SVG export test draws each chart's SVG with librsvg (`rsvg-convert`, Debian's librsvg2-bin): installs it with
# apt-get when it is missing and this runs as root, like ensure-chromium.sh does for Chromium; else says what to do.
set -euo pipefail
if command -v rsvg-convert >/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-rsvg: installing Debian's librsvg2-bin with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends librsvg2-bin >/dev/null
  exit 0
fi
echo "ensure-rsvg: rsvg-convert not found. Install it: 'sudo apt-get install librsvg2-bin' (Debian/Ubuntu)" >&2
echo "or 'brew install librsvg' (macOS)." >&2
exit 1
