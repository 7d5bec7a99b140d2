#!/usr/bin/env bash
# Bad config values and unusable databases are refused with words that name the problem,
# and nothing on disk is changed.
set -uo pipefail
lobbydesk=$1
ctl=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
fails=0

expect() { # expect EXIT_CODE "TEXT" command...
  local code=$1 text=$2; shift 2
  local out; out=$("$@" 2>&1); local rc=$?
  if [ "$rc" -ne "$code" ] || ! grep -qF -- "$text" <<<"$out"; then
    echo "FAIL: $* -> exit $rc, wanted $code and '$text'; said: $out"; fails=$((fails + 1))
  else
    echo "ok: $*"
  fi
}

printf '[terminal]\nrole = lobby\n' >"$work/role.ini"
expect 2 "$work/role.ini: [terminal] role: 'lobby' is not one of kiosk, desk, guard" "$lobbydesk" --config "$work/role.ini"
printf '[kiosk]\nidle_timeout_s = -1\n' >"$work/idle.ini"
expect 2 "$work/idle.ini: [kiosk] idle_timeout_s: '-1'" "$lobbydesk" --config "$work/idle.ini"
expect 2 "config file not found" "$lobbydesk" --config "$work/missing.ini"
expect 2 "--role: 'boss' is not one of kiosk, desk, guard" "$lobbydesk" --role boss --data "$work/d"
expect 2 "--language: 'de'" "$lobbydesk" --language de --data "$work/d"
expect 2 "$work/role.ini: [terminal] role" "$ctl" --config "$work/role.ini" status

mkdir -p "$work/garbage"
head -c 8192 /dev/urandom >"$work/garbage/lobbydesk.db"
sum=$(sha256sum <"$work/garbage/lobbydesk.db")
expect 2 "is damaged or is not a LobbyDesk database" "$lobbydesk" --role desk --data "$work/garbage"
expect 2 "is damaged or is not a LobbyDesk database" "$ctl" --data "$work/garbage" status
[ "$sum" = "$(sha256sum <"$work/garbage/lobbydesk.db")" ] || { echo "FAIL: the damaged file was changed"; fails=$((fails + 1)); }
[ ! -e "$work/garbage/lobbydesk.db-wal" ] || { echo "FAIL: a WAL was created beside the damaged file"; fails=$((fails + 1)); }

expect 2 "no database at $work/none/lobbydesk.db" "$ctl" --data "$work/none" status
[ ! -e "$work/none" ] || { echo "FAIL: ctl created a data directory"; fails=$((fails + 1)); }

echo "$fails failed"
[ "$fails" -eq 0 ]
