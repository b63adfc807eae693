#!/usr/bin/env bash
# bench/cli-versus.sh OTHER_CHECKOUT [ROUNDS] — cold `reply` of another checkout's compiled CLI beside this
# one's and `node -e 0`, interleaved round by round so a busy spell of the shared machine hits all three
# alike (bench:cli in two separate runs cannot compare two commits). Both dist/cli must be built
# (`npm run build:cli` in each). Prints the median wall and CPU (user + system) ms of each.
set -euo pipefail
other="$(cd "$1" && pwd)"
rounds="${2:-7}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
transcript="$(mktemp)"
trap 'rm -f "$transcript" "$transcript.time"' EXIT
printf 'Coach: What would you like to work on?\n\nClient: I keep putting off my tax return. Can you nudge me in a minute?\n' >"$transcript"
names=('node -e 0' "other ($other)" "this ($here)")
commands=("node -e 0" "node $other/dist/cli/main.js reply $transcript" "node $here/dist/cli/main.js reply $transcript")
declare -a walls cpus
for _ in $(seq "$rounds"); do
  for index in 0 1 2; do
    /usr/bin/time -o "$transcript.time" -f '%e %U %S' ${commands[$index]} >/dev/null 2>&1
    read -r elapsed user system <"$transcript.time"
    walls[index]+="$(awk -v e="$elapsed" 'BEGIN { print e * 1000 }') "
    cpus[index]+="$(awk -v u="$user" -v s="$system" 'BEGIN { print (u + s) * 1000 }') "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ value[NR] = $1 } END { print value[int((NR + 1) / 2)] }'; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); median of $rounds interleaved cold starts"
for index in 0 1 2; do
  echo "${names[$index]}: wall $(echo "${walls[$index]}" | median) ms, CPU $(echo "${cpus[$index]}" | median) ms"
done
