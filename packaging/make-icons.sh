#!/usr/bin/env bash
# Regenerates the raster icons in packaging/icons/ from resources/icons/samenplan.svg, the one
# drawing of the icon: PNGs at the hicolor theme's usual sizes (Linux) and samenplan.ico (the Windows
# installer). Run it after changing the SVG and commit the results.
# Needs rsvg-convert (librsvg2-bin) and icotool (icoutils).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/samenplan.svg
out=packaging/icons
mkdir -p "$out"
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --output "$out/samenplan-$size.png" "$svg"
done
icotool --create --output "$out/samenplan.ico" \
  "$out/samenplan-16.png" "$out/samenplan-24.png" "$out/samenplan-32.png" "$out/samenplan-48.png" \
  "$out/samenplan-64.png" "$out/samenplan-128.png" --raw="$out/samenplan-256.png"
