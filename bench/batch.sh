#!/usr/bin/env bash
# Batch throughput and peak memory of the streamed `lexpact check` on JSON Lines.
#
# Generates 10k and 100k synthetic profiles (`lexpact generate`, seed 2008) into target/batch/,
# streams each file through `lexpact check --library rio` as NDJSON and as CSV on 1 and 2
# threads, and prints profiles per second and the peak RSS that `/usr/bin/time -v` reports.
# COUNTS="1000 5000" and THREADS="1 2 4" override the defaults. Installs `time` if missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time
fi
cargo build --release --quiet
bin=target/release/lexpact
out=target/batch
mkdir -p "$out"

# `h:mm:ss` or `m:ss.cc` as seconds.
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'; }

printf '%-9s %-7s %-7s %10s %12s %12s\n' profiles format threads seconds profiles/s "max RSS MB"
for n in ${COUNTS:-10000 100000}; do
  file="$out/profiles-$n.jsonl"
  [ -s "$file" ] || "$bin" generate --count "$n" --seed 2008 --output "$file"
  for format in ndjson csv; do
    for threads in ${THREADS:-1 2}; do
      log="$out/time-$n-$format-$threads.txt"
      RAYON_NUM_THREADS=$threads /usr/bin/time -v "$bin" check --library rio --format "$format" "$file" \
        >/dev/null 2>"$log"
      wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | seconds)
      rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
      awk -v n="$n" -v f="$format" -v t="$threads" -v w="$wall" -v r="$rss" \
        'BEGIN { printf "%-9d %-7s %-7d %10.2f %12.0f %12.1f\n", n, f, t, w, n / w, r / 1024 }'
    done
  done
done
echo "input sizes: $(du -h "$out"/profiles-*.jsonl | awk '{printf "%s %s; ", $2, $1}')"
