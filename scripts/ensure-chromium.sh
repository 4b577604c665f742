#!/usr/bin/env bash
# Makes sure end-to-end tests have a Chromium: Playwright's own if installed, else the system one;
# installs Debian's `chromium` when running as root, else tries Playwright's download, else says what to install.
set -euo pipefail
pw_path=$(node -e "const {chromium}=require('@playwright/test');process.stdout.write(chromium.executablePath())" 2>/dev/null || true)
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then exit 0; fi
if [ -n "$pw_path" ] && [ -x "$pw_path" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: installing Debian's chromium with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  exit 0
fi
if npx playwright install chromium; then exit 0; fi
echo "ensure-chromium: no Chromium found. Install one: 'npx playwright install chromium' (needs internet)," >&2
echo "or 'sudo apt-get install chromium' and set CHROME_PATH=/usr/bin/chromium." >&2
exit 1
