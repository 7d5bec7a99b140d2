#!/usr/bin/env bash
# A visitor from walk-in to check-out through the real screens of two terminals of one site
# (kiosk, guard), each with its own simulated devices on ptys, syncing through a real hub:
#   a visitor answers the kiosk's questions → the slip prints → its QR is read from the
#   printout (zbarimg) → the kiosk syncs → the guard syncs, then its scanner reads the QR:
#   checked out; a second scan changes nothing → back at the kiosk after a sync, the visit is
#   checked out at the guard, once.
# Usage: visit.sh E2E_SCREENS HUB CTL DEVSIM ESCPOS_PNG DIRECTORY_CSV QML_DIR
set -euo pipefail
screens=$1 hub=$2 ctl=$3 devsim=$4 escpos_png=$5 directory=$6 qml=$7
work=$(mktemp -d)
hub_pid='' devsims=()
cleanup() {
  for p in "${devsims[@]}" $hub_pid; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "${KEEP:-}" ] && { echo "kept $work"; return; }
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
start_hub() {
  "$hub" --listen "127.0.0.1:${port:-0}" --db "sqlite:$work/hub.db" >"$work/hub.log" 2>&1 &
  hub_pid=$!
  for _ in $(seq 100); do
    grep -q listening "$work/hub.log" && break
    sleep 0.1
  done
  port=$(sed -n 's|.*127\.0\.0\.1:\([0-9]*\) .*|\1|p' "$work/hub.log" | tail -1)
  [ -n "$port" ] || fail "the hub starts: $(cat "$work/hub.log")"
}
stop_hub() {
  kill "$hub_pid"
  wait "$hub_pid" 2>/dev/null || true
  hub_pid=''
}
# stage TERMINAL QML: the terminal's real screens driven by tests/e2e/screens/QML.
stage() {
  local t=$1 file=$2
  echo "--- $t: $file"
  LOBBYDESK_E2E_CONFIG=$work/$t.ini LOBBYDESK_E2E_DEVSIM=$work/$t/dev LOBBYDESK_E2E_WORK=$work \
    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
    "$screens" -input "$qml/$file" >"$work/$t-$file.log" 2>&1 ||
    { cat "$work/$t-$file.log" >&2; fail "$t: $file"; }
  grep -E "^(PASS|FAIL|Totals)" "$work/$t-$file.log"
}
ctl_at() {
  local t=$1
  shift
  "$ctl" --config "$work/$t.ini" "$@"
}

start_hub
export LOBBYDESK_HUB_DB=sqlite:$work/hub.db
"$ctl" hub create-site tower "Harbour Tower" >/dev/null
"$ctl" hub import-directory tower "$directory" >/dev/null
for t in kiosk guard; do
  mkdir -p "$work/$t/data" "$work/$t/dev"
  "$devsim" --dir "$work/$t/dev" </dev/null >"$work/$t/devsim.log" 2>&1 &
  devsims+=($!)
  for _ in $(seq 50); do [ -f "$work/$t/dev/devices.ini" ] && break; sleep 0.1; done
  [ -f "$work/$t/dev/devices.ini" ] || fail "$t's simulated devices start: $(cat "$work/$t/devsim.log")"
  {
    printf '[terminal]\nrole = %s\nname = %s\ndata_dir = %s\n' "$t" "$t" "$work/$t/data"
    cat "$work/$t/dev/devices.ini"
    # The printout is pixels, as on paper, so that zbarimg reads the QR from it.
    printf 'printer_qr = raster\n'
    # The stages compare what the screens say in English.
    printf '[ui]\nlanguage = en\n'
  } >"$work/$t.ini"
  ctl_at "$t" enrol "http://127.0.0.1:$port" "$("$ctl" hub enrolment-code tower)" >/dev/null
  ctl_at "$t" sync >/dev/null
done

# The visitor at the kiosk: one question per screen, a refused phone, the slip.
stage kiosk tst_kiosk_walkin.qml
job=$(ls "$work/kiosk/dev/printed"/job-*.bin | tail -1)
"$escpos_png" "$job" "$work/slip.png" || fail "the visitor slip is a printed picture"
token=$(zbarimg --raw -q "$work/slip.png") || fail "zbarimg reads the QR of the printed slip"
[[ $token == LD1:* ]] || fail "the slip's QR is a token: $token"
printf '%s\n' "$token" >"$work/slip-token"
echo "ok: the printed slip's QR is a token of ${#token} characters"
visits=$(sqlite3 "$work/kiosk/data/lobbydesk.db" "SELECT count(*) FROM visits")
[ "$visits" = 1 ] || fail "one visit recorded at the kiosk, the refused phone none: $visits"

# Through the hub to the guard post, whose scanner reads the slip.
ctl_at kiosk sync >/dev/null
ctl_at guard sync >/dev/null
stage guard tst_guard_checkout.qml
ctl_at guard sync >/dev/null
ctl_at kiosk sync >/dev/null
guard_id=$(sqlite3 "$work/guard/data/lobbydesk.db" "SELECT value FROM meta WHERE key = 'terminal_id'")
out=$(sqlite3 "$work/kiosk/data/lobbydesk.db" "SELECT how || ' ' || terminal_id FROM visit_checkouts")
[ "$out" = "scan $guard_id" ] || fail "the kiosk sees the check-out at the guard post: '$out' (guard $guard_id)"
events=$(sqlite3 "$work/kiosk/data/lobbydesk.db" "SELECT count(*) FROM events WHERE type = 'visit.checked_out'")
[ "$events" = 1 ] || fail "one check-out recorded for two scans: $events"
echo "ok: checked out at the guard post once, seen at the kiosk"
echo "visit end to end: ok"
