#!/usr/bin/env bash
# The run command's way on a machine with no display: a real X server (Xvfb), a real window.
set -euo pipefail
lobbydesk=$1
work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

# Waits up to 10 s for a top-level window whose title starts with LobbyDesk (the title is
# translated, e.g. "LobbyDesk 大堂服务"); fails early if the app exits.
wait_for_window() {
  for _ in $(seq 100); do
    xwininfo -display "$display" -root -tree 2>/dev/null | grep -q '"LobbyDesk' && return 0
    kill -0 "$app" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

for role in kiosk desk guard; do
  DISPLAY=$display "$lobbydesk" --role "$role" --data "$work/$role" >"$work/$role.log" 2>&1 &
  app=$!
  wait_for_window || { echo "$role: no LobbyDesk window"; cat "$work/$role.log"; exit 1; }
  sleep 1
  kill -0 "$app" || { echo "$role: exited"; cat "$work/$role.log"; exit 1; }
  if grep -E "qml|QML|Warning|warning" "$work/$role.log"; then echo "$role: warnings above"; exit 1; fi
  kill "$app"; wait "$app" 2>/dev/null || true
  echo "$role: window up"
done

# A terminal that cannot start shows why on its screen (and on stderr), and keeps the file.
mkdir -p "$work/damaged"
head -c 8192 /dev/urandom >"$work/damaged/lobbydesk.db"
sum=$(sha256sum <"$work/damaged/lobbydesk.db")
DISPLAY=$display "$lobbydesk" --role kiosk --data "$work/damaged" >"$work/damaged.log" 2>&1 &
app=$!
wait_for_window || { echo "damaged database: no error window"; cat "$work/damaged.log"; exit 1; }
grep -q "is damaged or is not a LobbyDesk database" "$work/damaged.log" || { echo "no reason on stderr"; cat "$work/damaged.log"; exit 1; }
kill "$app"; wait "$app" 2>/dev/null || true
[ "$sum" = "$(sha256sum <"$work/damaged/lobbydesk.db")" ] || { echo "the damaged file was changed"; exit 1; }
echo "damaged database: error window up, file untouched"
