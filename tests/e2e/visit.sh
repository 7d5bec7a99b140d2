#!/usr/bin/env bash
# A visitor from walk-in to check-out through the real screens of two terminals of one site
# (kiosk, guard), each with its own simulated devices on ptys, syncing through a real hub:
#   a visitor answers the kiosk's questions → the slip prints → its QR is read from the
#   printout (zbarimg) → the kiosk syncs → the guard syncs, then its scanner reads the QR:
#   checked out; a second scan changes nothing → back at the kiosk after a sync, the visit is
#   checked out at the guard, once → the kiosk's printer runs out of paper: after a sync the
#   desk's screens name the kiosk and the trouble; paper loaded, the banner goes.
# Usage: visit.sh E2E_SCREENS HUB CTL DEVSIM ESCPOS_PNG DIRECTORY_CSV QML_DIR
set -euo pipefail
screens=$1 hub=$2 ctl=$3 devsim=$4 escpos_png=$5 directory=$6 qml=$7
source "$(dirname "$0")/site_terminals.sh"

start_site kiosk:kiosk guard:guard desk:desk

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

# Printer trouble at the kiosk reaches the desk through the hub.
printer_condition() {
  sqlite3 "$work/$1/data/lobbydesk.db" "SELECT condition FROM site_printers WHERE terminal_id = '$2'"
}
kiosk_id=$(sqlite3 "$work/kiosk/data/lobbydesk.db" "SELECT value FROM meta WHERE key = 'terminal_id'")
LOBBYDESK_E2E_PAPER="paper out" stage kiosk tst_kiosk_paper_out.qml
[ "$(printer_condition kiosk "$kiosk_id")" = paper_out ] || fail "the kiosk records its printer out of paper"
ctl_at kiosk sync >/dev/null
ctl_at desk sync >/dev/null
[ "$(printer_condition desk "$kiosk_id")" = paper_out ] || fail "the desk learns of the kiosk's paper"
stage desk tst_desk_printer_trouble.qml
LOBBYDESK_E2E_PAPER="paper ok" stage kiosk tst_kiosk_paper_out.qml
ctl_at kiosk sync >/dev/null
ctl_at desk sync >/dev/null
[ "$(printer_condition desk "$kiosk_id")" = ready ] || fail "the desk learns the kiosk prints again"
reports=$(sqlite3 "$work/kiosk/data/lobbydesk.db" "SELECT group_concat(json_extract(payload, '$.condition'), ' ') FROM events WHERE type = 'device.printer.state'")
[ "$reports" = "ready paper_out ready" ] || fail "each change recorded once: $reports"
echo "ok: the kiosk's printer trouble shown at the desk, and cleared"
echo "visit end to end: ok"
