#!/usr/bin/env bash
# A goods pass from request to release through the real screens of four terminals of one site
# (kiosk, desk, two guard gates), each with its own simulated devices on ptys, syncing through
# a real hub:
#   a tenant taps their card at the kiosk and asks for a pass → the receipt prints →
#   the desk approves it → the pass slip prints → its QR is read from the printout (zbarimg) →
#   gate 1, offline, scans it: green, released → gate 2, offline, scans it: green (it cannot
#   know) → both sync → the desk sees the double use as an alert with both records.
# Usage: goods_pass.sh E2E_SCREENS HUB CTL DEVSIM ESCPOS_PNG DIRECTORY_CSV QML_DIR
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
for t in kiosk desk gate1 gate2; do
  case $t in gate*) role=guard ;; *) role=$t ;; esac
  mkdir -p "$work/$t/data" "$work/$t/dev"
  "$devsim" --dir "$work/$t/dev" </dev/null >"$work/$t/devsim.log" 2>&1 &
  devsims+=($!)
  for _ in $(seq 50); do [ -f "$work/$t/dev/devices.ini" ] && break; sleep 0.1; done
  [ -f "$work/$t/dev/devices.ini" ] || fail "$t's simulated devices start: $(cat "$work/$t/devsim.log")"
  {
    printf '[terminal]\nrole = %s\nname = %s\ndata_dir = %s\n' "$role" "$t" "$work/$t/data"
    cat "$work/$t/dev/devices.ini"
    # The printout is pixels, as on paper, so that zbarimg reads the QR from it.
    printf 'printer_qr = raster\n'
    # The stages compare what the screens say in English.
    printf '[ui]\nlanguage = en\n'
  } >"$work/$t.ini"
  ctl_at "$t" enrol "http://127.0.0.1:$port" "$("$ctl" hub enrolment-code tower)" >/dev/null
  ctl_at "$t" sync >/dev/null
done

# The tenant at the kiosk: card tap, the request, its receipt.
stage kiosk tst_kiosk_request.qml
ctl_at kiosk sync >/dev/null
ctl_at desk sync >/dev/null

# The desk approves; the pass slip prints.
stage desk tst_desk_approve.qml
job=$(ls "$work/desk/dev/printed"/job-*.bin | tail -1)
"$escpos_png" "$job" "$work/slip.png" || fail "the pass slip is a printed picture"
token=$(zbarimg --raw -q "$work/slip.png") || fail "zbarimg reads the QR of the printed slip"
[[ $token == LD1:* ]] || fail "the slip's QR is a pass token: $token"
printf '%s\n' "$token" >"$work/token"
echo "ok: the printed slip's QR is a pass token of ${#token} characters"
ctl_at desk sync >/dev/null

# Both gates learn of the pass, then lose the hub.
ctl_at gate1 sync >/dev/null
ctl_at gate2 sync >/dev/null
stop_hub
stage gate1 tst_guard_release.qml
stage gate2 tst_guard_release.qml
ctl_at gate1 pass verify --json "$token" >"$work/gate1-verify.json" && fail "gate 1 accepts the used pass again"
grep -q '"reason":"already-used"' "$work/gate1-verify.json" || fail "gate 1 says already used: $(cat "$work/gate1-verify.json")"
echo "ok: gate 1 refuses the pass it released"

# Back online: the second use reaches the desk as an alert.
start_hub
ctl_at gate1 sync >/dev/null
ctl_at gate2 sync >/dev/null
ctl_at desk sync >/dev/null
stage desk tst_desk_alert.qml
echo "goods pass end to end: ok"
