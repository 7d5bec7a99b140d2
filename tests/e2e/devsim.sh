#!/usr/bin/env bash
# lobbydesk-devsim as the run command uses it: devices on ptys, driven through DIR/control,
# faithful enough for libnfc's nfc-list, refusing unknown commands, stopping on "quit".
set -euo pipefail
devsim=$1
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$devsim" --dir "$work" </dev/null >"$work/log" 2>&1 &
pid=$!
for _ in $(seq 50); do [ -p "$work/control" ] && [ -f "$work/devices.ini" ] && break; sleep 0.1; done
[ -p "$work/control" ] || { echo "no control FIFO"; cat "$work/log"; exit 1; }
grep -q "card_reader = pn532:$work/reader" "$work/devices.ini" || { cat "$work/devices.ini"; exit 1; }

echo "tap 04A1B2C3" >"$work/control"
sleep 0.3
out=$(LIBNFC_DEVICE="pn532_uart:$work/reader" LIBNFC_AUTO_SCAN=false timeout 20 nfc-list 2>&1)
grep -q "UID (NFCID1): 04  a1  b2  c3" <<<"$out" || { echo "nfc-list did not see the card: $out"; exit 1; }

echo "fly away" >"$work/control"
sleep 0.3
grep -q "unknown command 'fly away'" "$work/log" || { echo "no refusal"; cat "$work/log"; exit 1; }

echo "quit" >"$work/control"
for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then echo "devsim did not quit"; exit 1; fi
echo "devsim: card read by nfc-list, bad command refused, quit"
