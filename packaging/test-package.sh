#!/usr/bin/env bash
# Builds the .deb from a finished build folder (cpack) and tests it as installed: unpacks it into a
# scratch root and from there runs samenplan-cli and samenplan, validates the desktop entry, the
# AppStream metadata and the MIME type, and checks the package's version, dependencies, stripped
# binaries, man pages and icons.
#   bash packaging/test-package.sh [BUILD_DIR]      (default: build; setup-debian.sh test calls it)
# Needs dpkg-dev, appstream, desktop-file-utils, shared-mime-info, libglib2.0-bin (gio),
# libxml2-utils (xmllint), file and groff-base.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

rm -rf "$build/package"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$build/package" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log" >&2; echo "FAIL: cpack could not build the package" >&2; exit 1; }
debs=("$build"/package/samenplan_*.deb)
[ -f "${debs[0]}" ] || { echo "FAIL: cpack made no samenplan_*.deb in $build/package" >&2; exit 1; }
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB)"

# Dependencies: the libraries dpkg-shlibdeps found, the Qt plugins it cannot see.
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
for p in libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libical3; do
  [[ ", $depends," == *", $p"[\ ,]* ]] || fail "Depends lacks $p: $depends"
done
[[ "$recommends" == *libqt6sql6-psql* ]] || fail "Recommends lacks libqt6sql6-psql (server mode): $recommends"
ls "$build"/package/samenplan-dbgsym_*.ddeb >/dev/null 2>&1 || fail "no samenplan-dbgsym package"

root=$scratch/root
dpkg-deb -x "$deb" "$root"
cli=$root/usr/bin/samenplan-cli
gui=$root/usr/bin/samenplan
documents=$root/usr/libexec/samenplan/samenplan-cli-documents # the document commands (app/cli/CMakeLists.txt)
for program in "$cli" "$gui" "$documents"; do
  [ -x "$program" ] || { fail "$program is not in the package"; continue; }
  if readelf --section-headers "$program" | grep -q '\.debug_info'; then
    fail "$(basename "$program") is not stripped"
  fi
done

# The programs as installed: version, a demo file, a screenshot (offscreen), in a fresh home.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
[ "$("$cli" --version)" = "samenplan-cli $version" ] && ok "samenplan-cli --version: $version" \
  || fail "samenplan-cli --version says '$("$cli" --version)', the package $version"
[ "$("$gui" --version)" = "samenplan $version" ] && ok "samenplan --version: $version" \
  || fail "samenplan --version says '$("$gui" --version)', the package $version"
file=$scratch/demo.samenplan
if "$cli" init "$file" --demo && [ -s "$file" ]; then ok "samenplan-cli init --demo"; else fail "samenplan-cli init --demo"; fi
"$cli" check "$file" --week "$(date +%G-W%V)" --json >"$scratch/check.json" && grep -q '"violations"' "$scratch/check.json" \
  && ok "samenplan-cli check" || fail "samenplan-cli check on the demo file"
# A document command, run by samenplan-cli-documents from where the package installs it.
"$cli" roster "$file" --week "$(date +%G-W%V)" --pdf "$scratch/roster.pdf" >/dev/null \
  && [ "$(head -c 5 "$scratch/roster.pdf")" = "%PDF-" ] && ok "samenplan-cli roster --pdf" \
  || fail "samenplan-cli roster --pdf on the demo file"
shot=$scratch/overview.png
if "$gui" --screenshot "$shot" --view overview --database "$file" && file "$shot" | grep -q 'PNG image data, 1400 x 900'; then
  ok "samenplan --screenshot"
else
  fail "samenplan --screenshot made no 1400x900 PNG"
fi

# Desktop entry, AppStream metadata (also against the installed tree: desktop-id, icon), MIME type.
id=nl.samenplan.Samenplan
desktop=$root/usr/share/applications/$id.desktop
metainfo=$root/usr/share/metainfo/$id.metainfo.xml
mime=$root/usr/share/mime/packages/$id.xml
desktop-file-validate "$desktop" && ok "desktop-file-validate" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net "$metainfo" >"$scratch/as.log" 2>&1 && ok "appstreamcli validate" \
  || { cat "$scratch/as.log"; fail "appstreamcli validate $metainfo"; }
appstreamcli validate-tree --no-net "$root" >"$scratch/astree.log" 2>&1 && ok "appstreamcli validate-tree" \
  || { cat "$scratch/astree.log"; fail "appstreamcli validate-tree $root"; }
grep -q '^MimeType=application/x-samenplan;$' "$desktop" || fail "the desktop entry does not open application/x-samenplan"
release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
[ "$release" = "$version" ] && ok "newest AppStream release is $version" \
  || fail "the newest <release> in the metainfo is '$release', the package $version"
changelog=$root/usr/share/doc/samenplan/changelog.gz
[ "$(zcat "$changelog" 2>/dev/null | head -n1)" = "samenplan ($version) unstable; urgency=medium" ] \
  && ok "the changelog starts at $version" || fail "the changelog does not start at $version"
for image in $(grep -o '<image[^>]*>[^<]*</image>' "$metainfo" | sed 's/<[^>]*>//g'); do
  [ -f "docs/$(basename "$image")" ] || fail "screenshot $image is not in docs/"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png=$root/usr/share/icons/hicolor/${size}x$size/apps/$id.png
  file "$png" 2>/dev/null | grep -q "PNG image data, $size x $size" || fail "no ${size}x$size icon"
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon"

xmllint --noout "$mime" || fail "$mime is not well-formed XML"
mkdir -p "$scratch/mime/mime/packages" "$scratch/empty"
cp "$mime" "$scratch/mime/mime/packages/"
XDG_DATA_DIRS=$scratch/mime:/usr/share update-mime-database "$scratch/mime/mime" 2>"$scratch/mime.log" || fail "update-mime-database"
[ -s "$scratch/mime.log" ] && { cat "$scratch/mime.log"; fail "update-mime-database warned about $mime"; }
content_type() { # file: the MIME type GLib gives it with the package's MIME type known
  XDG_DATA_HOME=$scratch/empty XDG_DATA_DIRS=$scratch/mime:/usr/share \
    gio info --attributes=standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}
cp "$file" "$scratch/no-extension"
sqlite3 "$scratch/other.sqlite-file" 'CREATE TABLE t(x)'
[ "$(content_type "$file")" = application/x-samenplan ] && ok "*.samenplan is application/x-samenplan" \
  || fail "$file is $(content_type "$file")"
[ "$(content_type "$scratch/no-extension")" = application/x-samenplan ] && ok "recognised by content" \
  || fail "a Samenplan file without extension is $(content_type "$scratch/no-extension")"
[ "$(content_type "$scratch/other.sqlite-file")" != application/x-samenplan ] && ok "another SQLite file is not" \
  || fail "an SQLite file without Samenplan's application id counts as a Samenplan file"

# Man pages: installed, compressed, and rendering without roff warnings.
for page in samenplan samenplan-cli; do
  man=$root/usr/share/man/man1/$page.1.gz
  if [ ! -f "$man" ]; then fail "no man page $page.1.gz"; continue; fi
  warnings=$(zcat "$man" | groff -man -ww -z 2>&1)
  [ -z "$warnings" ] && ok "man page $page" || fail "man page $page: $warnings"
done

if [ "$failures" -gt 0 ]; then
  echo "The package test found $failures problem(s)." >&2
  exit 1
fi
echo "The package $deb installs and works."
