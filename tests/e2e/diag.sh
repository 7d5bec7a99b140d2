#!/usr/bin/env bash
# lobbydesk-diag against the simulated devices, as a technician would use it.
set -uo pipefail
diag=$1
devsim=$2
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$devsim" --dir "$work" </dev/null >"$work/devsim.log" 2>&1 &
pid=$!
for _ in $(seq 50); do [ -p "$work/control" ] && break; sleep 0.1; done
fails=0
check() { # check "what" EXPECTED_EXIT "TEXT" OUTPUT EXIT
  if [ "$5" -ne "$2" ] || ! grep -qF -- "$3" <<<"$4"; then
    echo "FAIL: $1 (exit $5, wanted $2 and '$3'): $4"; fails=$((fails + 1))
  else
    echo "ok: $1"
  fi
}

out=$("$diag" printer-status "$work/printer" 2>&1); check "printer status" 0 "status: Ready" "$out" $?
out=$("$diag" print-test "$work/printer" --paper 58 2>&1); check "test slip" 0 "printed" "$out" $?
[ -s "$work/printed/job-0001.bin" ] || { echo "FAIL: the simulator recorded no job"; fails=$((fails + 1)); }
echo "paper out" >"$work/control"; sleep 0.3
out=$("$diag" printer-status "$work/printer" 2>&1); check "printer out of paper" 0 "Out of paper" "$out" $?
echo "paper ok" >"$work/control"

( sleep 1; echo "tap 04A1B2C3" >"$work/control" ) &
out=$("$diag" cards "$work/reader" --protocol pn532 --seconds 3 2>&1); check "card read" 0 "card presented: 04A1B2C3" "$out" $?
( sleep 1; echo "line-tap deadbeef" >"$work/control" ) &
out=$("$diag" cards "$work/linereader" --protocol line --seconds 3 2>&1); check "line reader card" 0 "card presented: DEADBEEF" "$out" $?
[ "$(grep -c "card presented" <<<"$out")" -eq 1 ] || { echo "FAIL: repeated lines gave more than one tap"; fails=$((fails + 1)); }
( sleep 1; echo "scan GP-20261122-0007" >"$work/control" ) &
out=$("$diag" scans "$work/scanner" --seconds 3 2>&1); check "scan echoed" 0 "scan: GP-20261122-0007" "$out" $?

out=$("$diag" cards "$work/reader" --protocol mifare --seconds 1 2>&1); check "bad protocol" 2 "--protocol must be pn532, line or rdm6300" "$out" $?
out=$("$diag" print-test "$work/printer" --paper 76 2>&1); check "bad paper" 2 "--paper is 80 or 58" "$out" $?
out=$("$diag" print-test "$work/nothing" 2>&1); check "no printer there" 1 "NOT printed" "$out" $?
out=$("$diag" bogus x 2>&1); check "unknown command" 2 "unknown command 'bogus'" "$out" $?

# A SIGTERM (what scripts/run and the trap above send) must not leave socat behind.
kill "$pid"
wait "$pid" 2>/dev/null || true
sleep 0.3
if pgrep -f "socat .*$work/" >/dev/null; then
  echo "FAIL: socat of a stopped lobbydesk-devsim still runs"
  fails=$((fails + 1))
else
  echo "ok: no socat left after devsim stops"
fi

echo "$fails failed"
[ "$fails" -eq 0 ]
