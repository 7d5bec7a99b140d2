#!/usr/bin/env bash
# An IC card from request to refusal through the real screens of two terminals of one site
# (kiosk, desk), each with its own simulated devices on ptys, syncing through a real hub:
#   王伟 (no card) identifies at the kiosk by unit and phone and asks for a new card → receipt
#   → the desk approves with the fee (a fee typed as text refused) → the fee receipt prints and
#   its QR is read from the printout (zbarimg) → the desk taps a card on its reader: 张三's is
#   refused, a new one is bound → synced, the kiosk greets 王伟 by that card → the desk reports
#   it lost (blocked there at once) → synced, the kiosk refuses it and flags it → synced, the
#   desk sees the flag; the blocked-UID export lists it.
# Usage: cards.sh E2E_SCREENS HUB CTL DEVSIM ESCPOS_PNG DIRECTORY_CSV QML_DIR
set -euo pipefail
screens=$1 hub=$2 ctl=$3 devsim=$4 escpos_png=$5 directory=$6 qml=$7
source "$(dirname "$0")/site_terminals.sh"

start_site kiosk:kiosk desk:desk

stage kiosk tst_kiosk_card_request.qml
ctl_at kiosk sync >/dev/null
ctl_at desk sync >/dev/null

stage desk tst_desk_card_issue.qml
job=$(ls "$work/desk/dev/printed"/job-*.bin | tail -1)
"$escpos_png" "$job" "$work/receipt.png" || fail "the fee receipt is a printed picture"
receipt=$(zbarimg --raw -q "$work/receipt.png") || fail "zbarimg reads the QR of the fee receipt"
[[ $receipt =~ ^RC-[0-9A-F]{4,}-[0-9]{8}-0001$ ]] || fail "the receipt's QR is its receipt number: $receipt"
echo "ok: the printed fee receipt's QR reads $receipt"
ctl_at desk sync >/dev/null
ctl_at kiosk sync >/dev/null
LOBBYDESK_E2E_EXPECT=greeted stage kiosk tst_kiosk_card_tap.qml

stage desk tst_desk_card_lost.qml
ctl_at desk cards export-blocked | grep -q '^04CAFE01,.*,王伟,1202,resident,' ||
  fail "the desk's export lists the blocked card: $(ctl_at desk cards export-blocked)"
ctl_at kiosk cards export-blocked | grep -q 04CAFE01 && fail "the kiosk knows of the block before a sync"
ctl_at desk sync >/dev/null
ctl_at kiosk sync >/dev/null
ctl_at kiosk cards export-blocked --csv "$work/blocked.csv" >/dev/null
grep -q '^04CAFE01,' "$work/blocked.csv" || fail "the kiosk's export lists the block after sync"
LOBBYDESK_E2E_EXPECT=refused stage kiosk tst_kiosk_card_tap.qml
ctl_at kiosk sync >/dev/null
ctl_at desk sync >/dev/null
LOBBYDESK_E2E_EXPECT=flagged stage desk tst_desk_card_lost.qml
echo "IC card end to end: ok"
