#!/usr/bin/env bash
# Staff sign-in over a real hub and a real desk terminal with a simulated card reader:
#   lobbydesk-ctl hub staff-pin refuses bad PINs and a PIN on the command line, sets one from
#   stdin (only its Argon2id hash is stored, the PIN is in no file or log) → the desk syncs →
#   the hub stops → 王芳 signs in offline with her card and PIN through the real screens, signs
#   out, then locks her card with five wrong PINs → the hub is back: the desk's sign-in,
#   sign-out and lock-out events reach it → the PIN cleared at the hub: the desk works open.
# Usage: staff.sh E2E_SCREENS HUB CTL DEVSIM DIRECTORY_CSV QML_DIR
set -euo pipefail
screens=$1 hub=$2 ctl=$3 devsim=$4 directory=$5 qml=$6
source "$(dirname "$0")/site_terminals.sh"

start_site desk:desk
pin=4071

# Bad PINs and a PIN on the command line are refused, nothing recorded.
for bad in 12ab 123 123456789 ''; do
  if printf '%s\n' "$bad" | "$ctl" hub staff-pin tower S-002 >"$work/bad.out" 2>&1; then
    fail "the hub refuses the PIN '$bad'"
  fi
done
grep -q "4 to 8 digits" "$work/bad.out" || grep -q "no PIN on stdin" "$work/bad.out" ||
  fail "a refused PIN says why: $(cat "$work/bad.out")"
said=$(printf '12ab\n' | "$ctl" hub staff-pin tower S-002 2>&1 || true)
[[ $said == *"digits only"* ]] || fail "letters in a PIN are refused with a reason: $said"
if "$ctl" hub staff-pin tower S-002 "$pin" </dev/null >/dev/null 2>&1; then
  fail "a PIN on the command line is refused"
fi
said=$(printf '%s\n' "$pin" | "$ctl" hub staff-pin tower S-999 2>&1 || true)
[[ $said == *"not in the directory"* ]] || fail "a staff id not in the directory is refused: $said"
count=$(sqlite3 "$work/hub.db" "SELECT count(*) FROM events WHERE type = 'directory.staff.pin_set'")
[ "$count" = 0 ] || fail "nothing recorded for refused PINs: $count"

printf '%s\n' "$pin" | "$ctl" hub staff-pin tower S-002 >/dev/null || fail "the hub sets a PIN from stdin"
hash=$(sqlite3 "$work/hub.db" "SELECT json_extract(payload, '$.pin_hash') FROM events WHERE type = 'directory.staff.pin_set'")
[[ $hash == '$argon2id$'* ]] || fail "the hub keeps an Argon2id hash: $hash"
if grep -rqa "\"$pin\"\|pin $pin\|PIN $pin" "$work/hub.log"; then fail "the PIN is in the hub's log"; fi
echo "ok: bad PINs refused, the PIN kept as an Argon2id hash only"

ctl_at desk sync >/dev/null
stored=$(sqlite3 "$work/desk/data/lobbydesk.db" "SELECT pin_hash FROM staff_pins WHERE staff = 'S-002'")
[ "$stored" = "$hash" ] || fail "the desk has the hash after a sync: '$stored'"

# Offline: the hub is stopped; the desk checks the PIN against the synced hash.
stop_hub
stage desk tst_desk_signin.qml
db=$work/desk/data/lobbydesk.db
out=$(sqlite3 "$db" "SELECT type || '|' || actor FROM events WHERE type LIKE 'staff.%' ORDER BY seq")
expected="staff.signed_in|王芳 (S-002)
staff.signed_out|王芳 (S-002)
staff.signin.locked|"
[ "$out" = "$expected" ] || fail "the desk recorded sign-in, sign-out and the lock-out: '$out'"
locked=$(sqlite3 "$db" "SELECT locked_until IS NOT NULL FROM staff_pin_failures WHERE staff = 'S-002'")
[ "$locked" = 1 ] || fail "the lock-out is kept in the desk's store: '$locked'"
echo "ok: signed in offline, signed out, locked after five wrong PINs"

# The hub is back: it sees what the desk recorded.
start_hub
ctl_at desk sync >/dev/null
at_hub=$(sqlite3 "$work/hub.db" "SELECT count(*) FROM events WHERE type IN ('staff.signed_in', 'staff.signed_out', 'staff.signin.locked')")
[ "$at_hub" = 3 ] || fail "the hub has the desk's sign-in events: $at_hub"

# A PIN cleared at the hub: with no PIN left, the desk works open again.
"$ctl" hub staff-pin-clear tower S-002 >/dev/null || fail "the hub clears a PIN"
ctl_at desk sync >/dev/null
left=$(sqlite3 "$db" "SELECT count(*) FROM staff_pins")
[ "$left" = 0 ] || fail "the cleared PIN is gone from the desk: $left"
echo "ok: the hub sees the desk's sign-ins; a cleared PIN reaches the desk"
echo "staff sign-in end to end: ok"
