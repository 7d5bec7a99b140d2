#!/usr/bin/env bash
# The running terminal syncs by itself: its sync engine (own thread) pulls what another
# terminal records within seconds, notices a hub that went away, and recovers when it is back.
# Usage: app_sync.sh LOBBYDESK LOBBYDESK-HUB LOBBYDESK-CTL
set -euo pipefail
app=$1
hub=$2
ctl=$3
work=$(mktemp -d)
hub_pid='' app_pid=''
cleanup() {
  for p in $app_pid $hub_pid; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  echo "--- terminal log" >&2; tail -20 "$work/app.log" >&2 || true
  exit 1
}
# until SECONDS WHAT COMMAND...: retries COMMAND every 0.2 s; prints how long it took.
until_ok() {
  local limit=$1 what=$2 start
  shift 2
  start=$(date +%s%N)
  while ! "$@" >/dev/null 2>&1; do
    [ $(( ($(date +%s%N) - start) / 1000000 )) -lt $((limit * 1000)) ] || fail "$what (within $limit s)"
    sleep 0.2
  done
  echo "ok: $what after $(( ($(date +%s%N) - start) / 1000000 )) ms"
}
start_hub() {
  "$hub" --listen "127.0.0.1:${port:-0}" --db "sqlite:$work/hub.db" >"$work/hub.log" 2>&1 &
  hub_pid=$!
  for _ in $(seq 100); do
    grep -q listening "$work/hub.log" && break
    sleep 0.1
  done
  port=$(sed -n 's|.*127\.0\.0\.1:\([0-9]*\) .*|\1|p' "$work/hub.log")
  [ -n "$port" ] || fail "the hub starts: $(cat "$work/hub.log")"
}

start_hub
export LOBBYDESK_HUB_DB=sqlite:$work/hub.db
"$ctl" hub create-site tower "Harbour Tower" >/dev/null
for t in desk guard; do
  mkdir -p "$work/$t"
  printf '[terminal]\nrole = %s\nname = %s\ndata_dir = %s\n' "$t" "$t" "$work/$t" >"$work/$t.ini"
  "$ctl" --config "$work/$t.ini" enrol "http://127.0.0.1:$port" "$("$ctl" hub enrolment-code tower)" >/dev/null
done

QT_QPA_PLATFORM=offscreen "$app" --config "$work/desk.ini" --windowed >"$work/app.log" 2>&1 &
app_pid=$!
first_sync() { "$ctl" --config "$work/desk.ini" status --json | grep -q '"last_sync":"'; }
until_ok 20 "the running terminal's first sync round" first_sync

"$ctl" --config "$work/guard.ini" note add "card 04A1B2C3 reported lost" >/dev/null
"$ctl" --config "$work/guard.ini" sync >/dev/null
has_note() { "$ctl" --config "$work/desk.ini" notes | grep -q "card 04A1B2C3 reported lost"; }
until_ok 5 "a note recorded at the guard terminal reaches the running desk terminal" has_note

kill "$hub_pid"
wait "$hub_pid" 2>/dev/null || true
"$ctl" --config "$work/guard.ini" note add "written while the hub is down" >/dev/null
problem() { "$ctl" --config "$work/desk.ini" status | grep -q "sync problem:.*cannot reach the hub"; }
until_ok 10 "the running terminal reports the hub unreachable" problem
kill -0 "$app_pid" || fail "the terminal keeps running without its hub"

start_hub
"$ctl" --config "$work/guard.ini" sync >/dev/null
recovered() { "$ctl" --config "$work/desk.ini" notes | grep -q "written while the hub is down"; }
# The engine is backing off (about 1 s, doubling); a minute is far more than it needs.
until_ok 60 "the running terminal catches up once the hub is back" recovered
"$ctl" --config "$work/desk.ini" status | grep -q "sync problem:   none" || fail "the problem is cleared"
echo "ok: the sync problem is cleared"

kill -TERM "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=''
"$ctl" --config "$work/desk.ini" events verify >/dev/null || fail "the desk's chains verify"
echo "ok: chains verify"
