#!/usr/bin/env bash
# Every screen of every role renders in each language, and the languages really differ.
set -euo pipefail
lobbydesk=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for role in kiosk desk guard; do
  "$lobbydesk" --screenshot "$out/$role" --role "$role" --data "$out/data-$role" >/dev/null
done
expected=$(( (9 + 6 + 4) * 3 + 3 * 3 + 3 * 3 + 2 * 3 + 6 * 3 + 5 * 3 + 2 * 3 * 3 + 5 * 3 + 1 * 3 + 5 * 3 + 8 * 3 )) # the guard's pass check also green, amber and red; its visitor check-out done, again and unknown; the desk's passes with a request and an alert; the kiosk's visitor check-in and rating states; the desk's visitors held, waiting, invited, deny list, satisfaction; the staff sign-in (card, PIN pad, signed in) at the desk and the guard post; the desk's keys (cabinet, overdue, refused sign-out, deposit, return) and its key sign-out with the keyboard open; the desk's IC cards (approve, proxy, issue, lost, payments) and the kiosk's (tenant greeting, the tenant's keys, blocked card, request kind, confirm, card PIN refused, a lost card's PIN pad after a wrong PIN, the card blocked with the PIN)
count=$(find "$out" -name '*.png' | wc -l)
[ "$count" -eq "$expected" ] || { echo "expected $expected PNGs, got $count"; exit 1; }
# an empty or blank render is a few hundred bytes; a real screen is tens of kilobytes
small=$(find "$out" -name '*.png' -size -8k)
[ -z "$small" ] || { echo "suspiciously small renders: $small"; exit 1; }
for role in kiosk desk guard; do
  if cmp -s "$out/$role/$role-home-en.png" "$out/$role/$role-home-zh_CN.png"; then
    echo "$role home looks the same in English and Chinese"; exit 1
  fi
done
echo "$count screens rendered"
