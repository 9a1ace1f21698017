#!/usr/bin/env bash
# Renders icon.svg (the source, drawn by hand) to icon.png, the 128x128 image package.json names, with headless
# Chromium and a transparent background. Run it after changing the SVG and commit both.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --default-background-color=00000000 --window-size=128,128 \
  --screenshot="$here/icon.png" "file://$here/icon.svg"
