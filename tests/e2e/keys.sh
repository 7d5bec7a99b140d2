#!/usr/bin/env bash
# Key handover across two desks of one site through their real screens, simulated devices on
# ptys and a real hub: desk 1 adds a key → both desks sync → with no sync between them each
# desk lends the key, the borrower tapping their staff card, a receipt printing at each → after
# sync both desks hold both loans, flagged as a conflict → desk 1 keeps one, the other is void
# → desk 2 sees it resolved after a sync, and takes the key back by scanning its tag.
# Usage: keys.sh E2E_SCREENS HUB CTL DEVSIM DIRECTORY_CSV QML_DIR
set -euo pipefail
screens=$1 hub=$2 ctl=$3 devsim=$4 directory=$5 qml=$6
source "$(dirname "$0")/site_terminals.sh"

start_site desk1:desk desk2:desk
db() { sqlite3 "$work/$1/data/lobbydesk.db" "$2"; }

stage desk1 tst_desk_add_key.qml
ctl_at desk1 sync >/dev/null
ctl_at desk2 sync >/dev/null
[ "$(db desk2 "SELECT tag || ' ' || state FROM keys")" = "C-100 in" ] || fail "desk 2 knows the key"

# Offline: neither desk syncs while both lend the key.
KEY_CARD=0A0B0C0D KEY_BORROWER=李四 stage desk1 tst_desk_sign_out.qml
KEY_CARD=0A0B0C0E KEY_BORROWER=王芳 stage desk2 tst_desk_sign_out.qml
[ "$(db desk1 "SELECT count(*) FROM key_loans WHERE conflict = 1")" = 0 ] || fail "no conflict before sync"

ctl_at desk1 sync >/dev/null
ctl_at desk2 sync >/dev/null
ctl_at desk1 sync >/dev/null
for t in desk1 desk2; do
  flagged=$(db "$t" "SELECT group_concat(borrower_name, ',') FROM (SELECT borrower_name FROM key_loans WHERE conflict = 1 ORDER BY out_at)")
  [ "$flagged" = "李四,王芳" ] || fail "$t keeps both loans, flagged: '$flagged'"
done
echo "ok: both offline sign-outs kept and flagged on both desks"

stage desk1 tst_desk_conflict.qml
ctl_at desk1 sync >/dev/null
ctl_at desk2 sync >/dev/null
state=$(db desk2 "SELECT group_concat(borrower_name || ':' || resolution, ',') FROM (SELECT * FROM key_loans ORDER BY out_at)")
[ "$state" = "李四:stands,王芳:void" ] || fail "desk 2 sees the resolution: '$state'"
[ "$(db desk2 "SELECT count(*) FROM events WHERE type = 'key.conflict.resolved'")" = 1 ] || fail "one resolution event"
echo "ok: resolved at desk 1, seen at desk 2"

stage desk2 tst_desk_return.qml
[ "$(db desk2 "SELECT state FROM keys WHERE tag = 'C-100'")" = in ] || fail "the key is back in the cabinet"
ls "$work/desk1/dev/printed"/job-*.bin >/dev/null && ls "$work/desk2/dev/printed"/job-*.bin >/dev/null ||
  fail "each desk printed its sign-out receipt"
echo "keys end to end: ok"
