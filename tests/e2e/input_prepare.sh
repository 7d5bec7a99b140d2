#!/usr/bin/env bash
# lobbydesk-ctl input prepare: the Chinese input data is prepared once, a later run finds it
# ready, and missing or broken dictionaries are refused with a reason (exit 1), not half-done.
set -euo pipefail
ctl=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

out=$("$ctl" --data "$work/ok" input prepare 2>/dev/null)
echo "$out"
grep -q "Chinese input ready in $work/ok/input (prepared in" <<<"$out"
[ -f "$work/ok/input/build/luna_pinyin_simp.schema.yaml" ] || { echo "nothing prepared"; exit 1; }
# librime dates a preparation in whole seconds: the start right after one may prepare again
# (about one in five here). After that, every start only checks.
settled=0
for attempt in 1 2 3; do
  again=$("$ctl" --data "$work/ok" input prepare 2>/dev/null)
  echo "$again"
  if grep -q "(already prepared; checked in" <<<"$again"; then settled=1; break; fi
done
[ "$settled" -eq 1 ] || { echo "the prepared data never settled"; exit 1; }
for later in 1 2 3; do
  again=$("$ctl" --data "$work/ok" input prepare 2>/dev/null)
  grep -q "(already prepared; checked in" <<<"$again" || { echo "prepared again on a later start: $again"; exit 1; }
done

# No dictionaries at all: the missing file and its package are named.
mkdir "$work/empty"
set +e
missing=$(LOBBYDESK_RIME_DATA="$work/empty" "$ctl" --data "$work/m" input prepare 2>/dev/null)
code=$?
set -e
echo "$missing"
[ "$code" -eq 1 ] || { echo "missing data: exit $code"; exit 1; }
grep -q "default.yaml is missing (install the Debian package rime-prelude)" <<<"$missing"

# A broken schema: preparing fails and says where the engine's log is.
cp -r /usr/share/rime-data "$work/broken"
echo "schema: [not: valid" >"$work/broken/luna_pinyin_simp.schema.yaml"
rm -f "$work/broken/build/luna_pinyin_simp."*
set +e
broken=$(LOBBYDESK_RIME_DATA="$work/broken" "$ctl" --data "$work/b" input prepare 2>/dev/null)
code=$?
set -e
echo "$broken"
[ "$code" -eq 1 ] || { echo "broken data: exit $code"; exit 1; }
grep -q "failed for luna_pinyin_simp (see $work/b/input/log)" <<<"$broken"
echo "input prepare: ready, kept, missing and broken data all as expected"
