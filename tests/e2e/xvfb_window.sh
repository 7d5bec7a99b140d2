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
for role in kiosk desk guard; do
  DISPLAY=$display "$lobbydesk" --role "$role" --data "$work/$role" >"$work/$role.log" 2>&1 &
  app=$!
  found=""
  for _ in $(seq 100); do
    if xwininfo -display "$display" -root -tree 2>/dev/null | grep -q '"LobbyDesk'; then found=yes; break; fi
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$found" ] || { echo "$role: no LobbyDesk window"; cat "$work/$role.log"; exit 1; }
  sleep 1
  kill -0 "$app" || { echo "$role: exited"; cat "$work/$role.log"; exit 1; }
  if grep -E "qml|QML|Warning|warning" "$work/$role.log"; then echo "$role: warnings above"; exit 1; fi
  kill "$app"; wait "$app" 2>/dev/null || true
  echo "$role: window up"
done
