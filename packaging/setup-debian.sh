#!/usr/bin/env bash
# Samenplan on a fresh Debian 12 / Ubuntu 24.04 machine: installs what is missing, builds, and then
#   run   starts the planner on the demo location in your data folder
#   test  builds with and without the GUI (warnings as errors) and runs every test, builds the
#         .deb from the GUI build and tests it unpacked (packaging/test-package.sh), then runs
#         every test again in a Clang build with AddressSanitizer and UBSan, and its fuzz
#         targets a minute each
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
  run|test) ;;
  *) echo "usage: bash packaging/setup-debian.sh run|test" >&2; exit 2 ;;
esac
# What packaging/test-package.sh needs: cpack's dpkg tools and the validators.
[ "$mode" = test ] && package_tools=(dpkg-dev appstream desktop-file-utils shared-mime-info libglib2.0-bin
                                     libxml2-utils file groff-base) || package_tools=()

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-charts-dev
          qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev
          libical-dev libxlsxwriter-dev libxxhash-dev libsqlite3-dev tzdata catch2 xvfb xauth poppler-utils sqlite3
          libqt6sql6-psql postgresql python3)
[ "$mode" = test ] && packages+=(clang)
missing=()
for p in "${packages[@]}" "${package_tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
install_packages() {
  echo "Installing: $*"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$@"
}
[ ${#missing[@]} -eq 0 ] || install_packages "${missing[@]}"
if [ "$mode" = test ]; then
  # libFuzzer's runtime comes with the compiler-rt package of the installed clang's version.
  runtime=libclang-rt-$(clang -dumpversion | cut -d. -f1)-dev
  dpkg-query -W -f='${Status}' "$runtime" 2>/dev/null | grep -q "install ok installed" || install_packages "$runtime"
fi

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

configure_and_build() { # dir, extra cmake options...
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@"
  cmake --build "$dir"
}

if [ "$mode" = run ]; then
  # A build folder from an earlier run or test is reused: ninja rebuilds only what changed (and
  # configures again itself when a CMakeLists.txt changed), so a second start takes seconds.
  [ -f build/CMakeCache.txt ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" -DSAMENPLAN_BUILD_TESTS=OFF
  cmake --build build --target samenplan
  exec ./build/app/gui/samenplan --demo
fi

# test: the core must build and pass without Qt Widgets, then everything with the GUI.
jobs=$(nproc)
configure_and_build build-nogui -DSAMENPLAN_BUILD_GUI=OFF -DSAMENPLAN_WARNINGS_AS_ERRORS=ON
ctest --test-dir build-nogui --output-on-failure --parallel "$jobs"
configure_and_build build -DSAMENPLAN_WARNINGS_AS_ERRORS=ON
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure --parallel "$jobs"
# The same build packaged (stripped, debug symbols apart) and tested as installed.
bash packaging/test-package.sh build
# Everything once more with AddressSanitizer (leak detection on) and UBSan, built with Clang so the
# same build has the libFuzzer targets; tests/CMakeLists.txt gives the tests the sanitizer options.
# -O1 with line tables only: much less compile time than -O2 -g, and findings still name file and line.
configure_and_build build-asan -DCMAKE_BUILD_TYPE=None "-DCMAKE_CXX_FLAGS=-O1 -gline-tables-only" \
  -DCMAKE_CXX_COMPILER=clang++ -DSAMENPLAN_FUZZ=ON -DSAMENPLAN_WARNINGS_AS_ERRORS=ON
QT_QPA_PLATFORM=offscreen ctest --test-dir build-asan --output-on-failure --parallel "$jobs"
# The fuzz targets a minute each from the seed corpus in tests/fuzz/corpus.
bash tests/fuzz/run.sh 60 build-asan
