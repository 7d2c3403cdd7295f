#!/usr/bin/env bash
# Builds the .deb (Release), checks what it holds, installs it on this machine, runs both
# programs from the installed paths, validates the installed desktop files, and removes it.
# Needs root (it installs a package); scripts/test.sh runs it on CI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

echo "package: building the Release configuration"
cmake --preset release >/dev/null
cmake --build --preset release
rm -f build-release/aipexbase-setup*.deb
(cd build-release && cpack -G DEB) >build-release/cpack.log 2>&1 || { cat build-release/cpack.log >&2; exit 1; }
deb=$(ls "$root"/build-release/aipexbase-setup_*_*.deb 2>/dev/null || true)
[[ -n "$deb" ]] || { echo "package: no Debian-named .deb was made:" >&2; cat build-release/cpack.log >&2; exit 1; }
echo "package: built $(basename "$deb")"
dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ */  depends: /'
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "package: recommends $recommends"
# Without a CJK font the zh_CN interface is empty boxes on a desktop set up for English.
for r in fonts-noto-cjk nodejs gnome-keyring; do
  grep -qw -- "$r" <<<"$recommends" || { echo "package: the .deb does not recommend $r" >&2; exit 1; }
done

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/aipexbase-setup ./usr/bin/aipexbase-setup-cli \
         ./usr/share/applications/io.github.aipexbase.McpSetup.desktop \
         ./usr/share/metainfo/io.github.aipexbase.McpSetup.metainfo.xml \
         ./usr/share/icons/hicolor/256x256/apps/io.github.aipexbase.McpSetup.png \
         ./usr/share/icons/hicolor/scalable/apps/io.github.aipexbase.McpSetup.svg; do
  grep -q " $f\$" <<<"$contents" || { echo "package: $f is missing from the .deb" >&2; exit 1; }
done
if grep -q 'aipexbase-fake-server' <<<"$contents"; then
  echo "package: the test stand-in must not be packaged" >&2; exit 1
fi

trap 'apt-get remove -y -qq aipexbase-setup >/dev/null 2>&1 || true' EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
echo "package: installed; $(/usr/bin/aipexbase-setup-cli --version)"
/usr/bin/aipexbase-setup --version
desktop-file-validate /usr/share/applications/io.github.aipexbase.McpSetup.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.aipexbase.McpSetup.metainfo.xml >/dev/null

# The installed wizard starts and paints its first page (offscreen), then is closed.
log=$(mktemp)
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="aipexbase.gui.startup.info=true" HOME=$(mktemp -d) \
  /usr/bin/aipexbase-setup >"$log" 2>&1 &
pid=$!
for _ in $(seq 200); do grep -q 'first page shown' "$log" && break; sleep 0.05; done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
grep -q 'first page shown' "$log" || { echo "package: the installed wizard did not start:" >&2; cat "$log" >&2; exit 1; }
echo "package: the installed wizard started ($(grep -o 'first page shown.*' "$log"))"
rm -f "$log"
apt-get remove -y -qq aipexbase-setup >/dev/null
trap - EXIT
echo "package: removed again; all package checks passed"
