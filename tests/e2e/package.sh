#!/usr/bin/env bash
# The .deb holds the binaries and depends on Debian's Qt; the packaged binary runs its self-test.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/lobbydesk_*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/lobbydesk ./usr/bin/lobbydesk-ctl ./usr/share/doc/lobbydesk/examples/lobbydesk.ini; do
  grep -qF " $f" <<<"$contents" || { echo "missing $f in $deb"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6quick6 libqt6sql6 libqt6sql6-sqlite qml6-module-qtquick-controls fonts-noto-cjk; do
  grep -q "$p" <<<"$depends" || { echo "Depends lacks $p: $depends"; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/lobbydesk" --self-test | tail -1
"$work/root/usr/bin/lobbydesk-ctl" --version
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1), Depends: $depends"
