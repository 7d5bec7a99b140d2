# Shared by the end-to-end scripts that run several terminals of one site through their real
# screens (goods_pass.sh, visit.sh). Sourced after `screens hub ctl devsim directory qml` are set.
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

# start_site NAME:ROLE…: a hub with site "tower" and the sample directory, and each terminal
# with its own simulated devices, a config (raster QR so that zbarimg reads printouts,
# English screens for the stages' comparisons), enrolled and synced.
start_site() {
  start_hub
  export LOBBYDESK_HUB_DB=sqlite:$work/hub.db
  "$ctl" hub create-site tower "Harbour Tower" >/dev/null
  "$ctl" hub import-directory tower "$directory" >/dev/null
  local spec t role
  for spec in "$@"; do
    t=${spec%%:*} role=${spec#*:}
    mkdir -p "$work/$t/data" "$work/$t/dev"
    "$devsim" --dir "$work/$t/dev" </dev/null >"$work/$t/devsim.log" 2>&1 &
    devsims+=($!)
    for _ in $(seq 50); do [ -f "$work/$t/dev/devices.ini" ] && break; sleep 0.1; done
    [ -f "$work/$t/dev/devices.ini" ] || fail "$t's simulated devices start: $(cat "$work/$t/devsim.log")"
    {
      printf '[terminal]\nrole = %s\nname = %s\ndata_dir = %s\n' "$role" "$t" "$work/$t/data"
      cat "$work/$t/dev/devices.ini"
      printf 'printer_qr = raster\n'
      printf '[ui]\nlanguage = en\n'
    } >"$work/$t.ini"
    ctl_at "$t" enrol "http://127.0.0.1:$port" "$("$ctl" hub enrolment-code tower)" >/dev/null
    ctl_at "$t" sync >/dev/null
  done
}
