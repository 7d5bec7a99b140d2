#!/usr/bin/env bash
# lobbydesk-hub and lobbydesk-ctl as an operator uses them, with real processes: a site and its
# directory, terminals that enrol, write notes and sync, a revoked terminal, a hub that goes
# away and comes back, HTTPS with a private CA, and bad hub options.
# Usage: hub_cli.sh LOBBYDESK-HUB LOBBYDESK-CTL SAMPLE-DIRECTORY.CSV
set -euo pipefail
hub=$1
ctl=$2
sample=$3
work=$(mktemp -d)
hub_pid='' tls_pid=''
cleanup() {
  for p in $hub_pid $tls_pid; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() { # fail WHAT EXPECTED GOT
  printf 'FAIL: %s\n  expected: %s\n  got:\n%s\n' "$1" "$2" "$(sed 's/^/    /' <<<"$3")" >&2
  exit 1
}
# check EXIT TEXT WHAT COMMAND...: runs COMMAND; its exit code must be EXIT ("!0": any failure)
# and its output (stdout and stderr, kept in $out) must contain TEXT.
check() {
  local want=$1 text=$2 what=$3 rc=0
  shift 3
  out=$("$@" 2>&1) || rc=$?
  if [ "$want" = "!0" ]; then
    [ "$rc" -ne 0 ] || fail "$what" "a non-zero exit code" "exit 0: $out"
  else
    [ "$rc" -eq "$want" ] || fail "$what" "exit $want" "exit $rc: $out"
  fi
  grep -qF -- "$text" <<<"$out" || fail "$what" "output containing '$text'" "$out"
  echo "ok: $what"
}
lacks() { # lacks TEXT WHAT: $out (of the last check) must not contain TEXT
  ! grep -qF -- "$1" <<<"$out" || fail "$2" "no '$1' in the output" "$out"
  echo "ok: $2"
}
start_hub() { # start_hub LOG ARGS...: lobbydesk-hub in the background; sets $pid and $port
  local log=$work/$1
  shift
  "$hub" "$@" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do
    port=$(sed -n 's|^lobbydesk-hub listening on https\{0,1\}://127\.0\.0\.1:\([0-9]*\) .*|\1|p' "$log")
    [ -n "$port" ] && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  fail "lobbydesk-hub $* starts" "a first line 'lobbydesk-hub listening on …'" "$(cat "$log")"
}
terminal() { # terminal NAME ROLE LABEL: a terminal config $work/NAME.ini, data in $work/NAME
  mkdir -p "$work/$1"
  printf '[terminal]\nrole = %s\nname = %s\ndata_dir = %s\n' "$2" "$3" "$work/$1" >"$work/$1.ini"
}

db=sqlite:$work/hub.db
admin=("$ctl" hub --db "$db")

echo "== 1. a site and its directory"
check 0 "created site tower" "create a site" "${admin[@]}" create-site tower "Harbour Tower"
start_hub hub.log --listen 127.0.0.1:0 --db "$db"
hub_pid=$pid url=http://127.0.0.1:$port
rows=$(($(grep -c . "$sample") - 1))
check 0 "imported $rows rows into tower: $rows added, 0 changed, 0 unchanged" \
  "import the sample directory" "${admin[@]}" import-directory tower "$sample"
check 0 "imported $rows rows into tower: 0 added, 0 changed, $rows unchanged" \
  "re-import the sample: all unchanged" "${admin[@]}" import-directory tower "$sample"
# One event a row, and the site's screening key made with the site.
check 0 "\"events\":$((rows + 1))," "hub sites --json counts one event a row and the key" "${admin[@]}" sites --json
cat >"$work/bad.csv" <<'EOF'
kind,id,name,unit,floor,company,roles,phone,cards,approval,active
person,P-0900,新来的 Newcomer,1201,,C-ACME,employee,,,,
person,P-0901,无公司,1201,,C-NOPE,employee,,,,
building,B-1,Main building,,,,,,,,
person,P-0001,张三改名,1201,,C-ACME,owner,,,,
EOF
check '!0' "line 3: company C-NOPE is not in the directory" \
  "a file with bad rows is refused, naming the lines" "${admin[@]}" import-directory tower "$work/bad.csv"
grep -qF 'line 4: kind "building"' <<<"$out" || fail "the unknown kind's line is named" "line 4: kind \"building\" …" "$out"
check 0 "\"events\":$((rows + 1))," "the bad file added no event" "${admin[@]}" sites --json
check 0 "0 added, 0 changed, $rows unchanged" \
  "after the bad file the sample is still all unchanged" "${admin[@]}" import-directory tower "$sample"

echo "== 2. two terminals enrol, write notes and sync"
terminal desk desk "Front desk"
terminal guard guard "Gate guard"
desk=("$ctl" --config "$work/desk.ini")
guard=("$ctl" --config "$work/guard.ini")
code1=$("${admin[@]}" enrolment-code tower 2>/dev/null)
code2=$("${admin[@]}" enrolment-code tower --valid-hours 2 2>/dev/null)
check 0 "site tower (Harbour Tower)" "desk enrols" "${desk[@]}" enrol "$url" "$code1"
check '!0' "already used" "a used code is refused" "${guard[@]}" enrol "$url" "$code1"
check '!0' "this is not an enrolment code" "a garbage code is refused" "${guard[@]}" enrol "$url" garbage
check '!0' "does not exist" "an unknown code is refused" "${guard[@]}" enrol "$url" ABCD-EFGH-JKMN
check 0 "site tower (Harbour Tower)" "guard enrols" "${guard[@]}" enrol "$url" "$code2"
check 0 "$url (site tower, Harbour Tower)" "desk status shows hub and site" "${desk[@]}" status
notes=("Lift 2 out of order until Monday" "访客王先生的包裹放在前台，下午来取" "Night shift: all quiet")
check 0 "recorded note" "desk writes a note" "${desk[@]}" note add "${notes[0]}" --actor Anna
check 0 "recorded note" "desk writes a note in Chinese" "${desk[@]}" note add "${notes[1]}"
check 0 "recorded note" "desk writes a third note" "${desk[@]}" note add "${notes[2]}"
check 0 "pushed 3, parked 0" "desk syncs its notes" "${desk[@]}" sync
check 0 '"ok":true' "guard sync --json reports ok" "${guard[@]}" sync --json
check 0 "Anna: ${notes[0]}" "guard sees the first note and its author" "${guard[@]}" notes
for n in "${notes[@]:1}"; do grep -qF -- "$n" <<<"$out" || fail "guard sees every note" "$n" "$out"; done
check 0 "chain intact" "events verify on the desk" "${desk[@]}" events verify
check 0 "chain intact" "events verify on the guard" "${guard[@]}" events verify
check 0 '"ok":true' "desk sync --json reports ok" "${desk[@]}" sync --json
check 0 '"person":"P-0001"' "the directory reached the guard" "${guard[@]}" events export
lacks "P-0900" "nothing of the refused file reached the guard (new person)"
lacks "张三改名" "nothing of the refused file reached the guard (renamed person)"
printf 'kind,id,name,unit,company,roles\nperson,P-0900,新来的 Newcomer,1201,C-ACME,employee\n' >"$work/good.csv"
check 0 "1 added, 0 changed, 0 unchanged" "a good file with that person imports" \
  "${admin[@]}" import-directory tower "$work/good.csv"
check 0 "pulled 1" "guard pulls the new person" "${guard[@]}" sync
check 0 '"person":"P-0900"' "and has it" "${guard[@]}" events export

echo "== 3. a revoked terminal"
check 0 '"terminal_id":"' "desk status --json" "${desk[@]}" status --json
desk_id=$(sed -n 's/.*"terminal_id":"\([^"]*\)".*/\1/p' <<<"$out")
check 0 "\"terminal\":\"$desk_id\"" "the hub lists the desk" "${admin[@]}" terminals tower --json
check 0 "\"terminal\":\"$desk_id\"" "hub terminals without a site lists all" "${admin[@]}" terminals --json
check 0 "revoked terminal $desk_id" "revoke the desk" "${admin[@]}" revoke-terminal "$desk_id"
check 0 "REVOKED" "hub terminals marks it" "${admin[@]}" terminals tower
grep -q "^$desk_id .*REVOKED" <<<"$out" || fail "the desk's line says REVOKED" "$desk_id … REVOKED …" "$out"
check 0 "recorded note" "the revoked desk still writes notes offline" \
  "${desk[@]}" note add "Written after the revocation"
check 1 "revoked" "the revoked desk's sync exits 1" "${desk[@]}" sync
check 0 "sync problem:" "desk status" "${desk[@]}" status
grep -q '^sync problem: .*revoked' <<<"$out" || fail "desk status shows why" "sync problem: … revoked …" "$out"
grep -qE '^queued: +1 ' <<<"$out" || fail "desk status keeps the queued note" "queued: 1" "$out"
check 0 "pulled" "guard syncs" "${guard[@]}" sync
check 0 "${notes[2]}" "guard notes" "${guard[@]}" notes
lacks "Written after the revocation" "the revoked desk's note did not reach the site"

echo "== 4. the hub goes down and comes back"
kill "$hub_pid"
wait "$hub_pid" 2>/dev/null || true
check 0 "recorded note" "guard writes a note with the hub down" "${guard[@]}" note add "Hub down: written offline"
check 1 "cannot reach the hub" "guard sync exits 1" "${guard[@]}" sync
check 0 "sync problem:   cannot reach the hub at $url" "guard status shows the sync problem" "${guard[@]}" status
grep -qE '^queued: +1 ' <<<"$out" || fail "guard status shows the queued note" "queued: 1" "$out"
old_port=$port
start_hub hub2.log --listen "127.0.0.1:$old_port" --db "$db"
hub_pid=$pid
check 0 "queued now 0" "guard syncs after the restart" "${guard[@]}" sync
check 0 "sync problem:   none" "guard status is clean" "${guard[@]}" status
grep -qE '^queued: +0 ' <<<"$out" || fail "guard's queue is empty" "queued: 0" "$out"

echo "== 5. HTTPS"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
  -addext subjectAltName=IP:127.0.0.1 -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null ||
  fail "openssl makes a certificate" "exit 0" "$(openssl version)"
export LOBBYDESK_HUB_DB=sqlite:$work/tls.db # this hub's admin through the environment
check 0 "created site annex" "create a site on the second hub" "$ctl" hub create-site annex "Annex"
start_hub tls.log --listen 127.0.0.1:0 --db "$LOBBYDESK_HUB_DB" --tls-cert "$work/cert.pem" --tls-key "$work/key.pem"
tls_pid=$pid tls_url=https://127.0.0.1:$port
grep -qF "listening on $tls_url" "$work/tls.log" || fail "the hub says https" "$tls_url" "$(cat "$work/tls.log")"
terminal annex desk "Annex desk"
annex=("$ctl" --config "$work/annex.ini")
code3=$("$ctl" hub enrolment-code annex 2>/dev/null)
check '!0' "certificate" "enrol without --ca fails on the certificate" "${annex[@]}" enrol "$tls_url" "$code3"
check 0 "site annex (Annex)" "enrol with --ca (the failed try kept the code)" \
  "${annex[@]}" enrol "$tls_url" "$code3" --ca "$work/cert.pem"
check 0 "recorded note" "annex writes a note" "${annex[@]}" note add "TLS works: 证书正常"
check 0 "queued now 0" "annex syncs over https" "${annex[@]}" sync
check 0 "TLS works: 证书正常" "annex notes" "${annex[@]}" notes
check '!0' "loopback" "plain HTTP on 0.0.0.0 is refused" \
  timeout 10 "$hub" --listen 0.0.0.0:0 --db "sqlite:$work/other.db"

echo "== 6. bad hub options"
check '!0' "sqlite:" "--db nonsense:x is refused" timeout 10 "$hub" --listen 127.0.0.1:0 --db nonsense:x
grep -qF "postgres://" <<<"$out" || fail "--db names both forms" "sqlite:… and postgres://…" "$out"
check '!0' "--listen wants ADDRESS:PORT" "--listen nonsense is refused" \
  timeout 10 "$hub" --listen nonsense --db "sqlite:$work/other.db"
check '!0' "cannot listen on 127.0.0.1:$old_port" "a port in use is refused" \
  timeout 10 "$hub" --listen "127.0.0.1:$old_port" --db "sqlite:$work/other.db"
# The webhook (docs/webhook.md): what it cannot use is refused at start, before anything runs.
other=(--listen 127.0.0.1:0 --db "sqlite:$work/other.db")
check 2 "--webhook-url wants an http:// or https:// URL" "--webhook-url ftp://x is refused" \
  timeout 10 "$hub" "${other[@]}" --webhook-url ftp://x
check 2 "--webhook-url 'http://' has no host name" "--webhook-url without a host is refused" \
  timeout 10 "$hub" "${other[@]}" --webhook-url http://
check 2 "cannot read the webhook secret file $work/missing.secret" "a missing secret file is refused" \
  timeout 10 "$hub" "${other[@]}" --webhook-url https://notify.example.com/x \
  --webhook-secret-file "$work/missing.secret"
printf '\n' >"$work/empty.secret"
check 2 "the webhook secret file $work/empty.secret is empty" "an empty secret file is refused" \
  timeout 10 "$hub" "${other[@]}" --webhook-url https://notify.example.com/x \
  --webhook-secret-file "$work/empty.secret"
check 2 "unknown event type 'key.lent'" "an unknown event type is refused" \
  timeout 10 "$hub" "${other[@]}" --webhook-url https://notify.example.com/x \
  --webhook-events key.owner_notified,key.lent
check 2 "--webhook-secret-file needs --webhook-url" "a secret without a URL is refused" \
  timeout 10 "$hub" "${other[@]}" --webhook-secret-file "$work/empty.secret"
check 0 "webhook: 0 pending (0 failed at least once), 0 delivered" \
  "hub webhooks with nothing queued" "${admin[@]}" webhooks

echo "all hub and ctl checks passed"
