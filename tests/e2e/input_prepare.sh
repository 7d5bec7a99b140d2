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

# refused SHARED_DIR DATA_DIR TEXT: preparing with the dictionaries in SHARED_DIR exits 1
# and says TEXT.
refused() {
  local out code
  set +e
  out=$(LOBBYDESK_RIME_DATA="$1" "$ctl" --data "$2" input prepare 2>/dev/null)
  code=$?
  set -e
  echo "$out"
  [ "$code" -eq 1 ] || { echo "dictionaries in $1: exit $code"; exit 1; }
  grep -qF "$3" <<<"$out" || { echo "dictionaries in $1: no '$3'"; exit 1; }
}

# No dictionaries at all: the missing file and its package are named.
mkdir "$work/empty"
refused "$work/empty" "$work/m" "default.yaml is missing (install the Debian package rime-prelude)"

# A broken schema: preparing fails and says where the engine's log is.
cp -r /usr/share/rime-data "$work/broken"
echo "schema: [not: valid" >"$work/broken/luna_pinyin_simp.schema.yaml"
rm -f "$work/broken/build/luna_pinyin_simp."*
refused "$work/broken" "$work/b" "failed for luna_pinyin_simp (see $work/b/input/log)"
echo "input prepare: ready, kept, missing and broken data all as expected"
