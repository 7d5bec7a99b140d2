#!/usr/bin/env bash
# An IC card from request to refusal through the real screens of two terminals of one site
# (kiosk, desk), each with its own simulated devices on ptys, syncing through a real hub:
#   王伟 (no card) identifies at the kiosk by unit and phone and asks for a new card → receipt
#   → the desk approves with the fee (a fee typed as text refused) → the fee receipt prints and
#   its QR is read from the printout (zbarimg) → the desk taps a card on its reader: 张三's is
#   refused, a new one is bound → synced, the kiosk greets 王伟 by that card → the desk reports
#   it lost (blocked there at once) → synced, the kiosk refuses it and flags it → synced, the
#   desk sees the flag; the blocked-UID export lists it.
# Then card PINs: lobbydesk-ctl hub tenant-pin refuses guessable PINs and sets 张三's from
#   stdin (a hash only) → synced to the kiosk → 张三, without his card, blocks it there with
#   unit, phone and PIN: blocked at once, a slip prints → synced, the desk refuses the card
#   tapped on its reader and flags it.
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

for bad in 1234 1111 123 1234567 12ab; do
  if printf '%s\n' "$bad" | "$ctl" hub tenant-pin tower P-0001 >"$work/bad.out" 2>&1; then
    fail "the hub refuses the tenant PIN '$bad'"
  fi
done
said=$(printf '9876\n' | "$ctl" hub tenant-pin tower P-0001 2>&1 || true)
[[ $said == *"counting up or down"* ]] || fail "a guessable PIN is refused with a reason: $said"
if "$ctl" hub tenant-pin tower P-0001 2580 </dev/null >/dev/null 2>&1; then
  fail "a PIN on the command line is refused"
fi
count=$(sqlite3 "$work/hub.db" "SELECT count(*) FROM events WHERE type = 'directory.person.pin_set'")
[ "$count" = 0 ] || fail "nothing recorded for refused PINs: $count"
printf '2580\n' | "$ctl" hub tenant-pin tower P-0001 >/dev/null || fail "the hub sets a tenant PIN from stdin"
hash=$(sqlite3 "$work/hub.db" "SELECT json_extract(payload, '$.pin_hash') FROM events WHERE type = 'directory.person.pin_set'")
[[ $hash == '$argon2id$'* ]] || fail "the hub keeps an Argon2id hash: $hash"
echo "ok: guessable tenant PINs refused, the PIN kept as an Argon2id hash only"

ctl_at kiosk sync >/dev/null
stage kiosk tst_kiosk_card_lost_pin.qml
ctl_at kiosk cards export-blocked | grep -q '^04A1B2C3,.*,张三,1201,' ||
  fail "the kiosk's export lists the card blocked with the PIN: $(ctl_at kiosk cards export-blocked)"
ctl_at desk cards export-blocked | grep -q 04A1B2C3 && fail "the desk knows of the block before a sync"
if grep -rqa '"2580"\|pin 2580\|PIN 2580' "$work/hub.log" "$work"/kiosk-*.log; then fail "the PIN is in a log"; fi
ctl_at kiosk sync >/dev/null
ctl_at desk sync >/dev/null
stage desk tst_desk_card_tap.qml
ctl_at desk sync >/dev/null
at_hub=$(sqlite3 "$work/hub.db" "SELECT count(*) FROM events WHERE type = 'card.reported_lost' AND json_extract(payload, '$.uid') = '04A1B2C3'")
[ "$at_hub" = 1 ] || fail "the hub has the one report of the card: $at_hub"
echo "IC card end to end: ok"
