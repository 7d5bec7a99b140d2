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
source "$(dirname "$0")/site_terminals.sh"

start_site kiosk:kiosk desk:desk gate1:guard gate2:guard

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
