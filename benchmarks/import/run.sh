#!/usr/bin/env bash
# The import benchmark of docs/benchmarks.md: the preview's real REST import with -Xmx256m, a 100,000-row
# generic file, RUNS dry runs and RUNS applies (each apply on a fresh --reset database, so it creates every
# customer). Needs the preview built (./mvnw -o -q -pl preview -am package -DskipTests) and python3.
# Usage: benchmarks/import/run.sh [RUNS] [PORT]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs=${1:-5}
port=${2:-18731}
work=$(mktemp -d)
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
python3 "$root/benchmarks/import/generate.py" 100000 > "$work/generic-100k.csv"
echo "file: $(wc -c < "$work/generic-100k.csv") bytes, $(($(wc -l < "$work/generic-100k.csv") - 1)) rows"
url="http://localhost:$port/jira/rest/promise-keeper/1.0/import"

start() {
    "$java" -Xmx256m -Xlog:gc:file="$work/gc-$1.log" -Dpreview.data="$work/data" \
        -cp "$root/preview/target/classes:$(cat "$root/preview/target/preview.classpath")" \
        io.github.promisekeeper.preview.Preview --port "$port" --data "$work/data" --reset > "$work/preview-$1.log" 2>&1 &
    pid=$!
    until curl -s -o /dev/null "http://localhost:$port/jira/"; do sleep 1; done
}
# CPU seconds (user + system, all threads: GC and JIT included) the preview's JVM has used so far.
cpu() {
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat"
}
post() {
    local before
    before=$(cpu)
    curl -sS -o "$work/answer.json" -w "%{http_code} %{time_total}" -X POST -H 'Content-Type: text/csv' \
        --data-binary @"$work/generic-100k.csv" "$url?dryRun=$1"
    echo " cpu $(awk -v a="$before" -v b="$(cpu)" 'BEGIN { printf "%.1f", b - a }') s, load $(cut -d' ' -f1 /proc/loadavg)"
    head -c 160 "$work/answer.json"; echo
}

start dry
for i in $(seq "$runs"); do echo -n "dry run $i: "; post true; done
kill "$pid"; wait "$pid" 2>/dev/null || true
for i in $(seq "$runs"); do
    start "apply-$i"
    echo -n "apply $i: "; post false
    kill "$pid"; wait "$pid" 2>/dev/null || true
done
echo "largest heap after a GC (MB), per JVM:"
for log in "$work"/gc-*.log; do
    echo "  $(basename "$log"): $(grep -oE '[0-9]+M->[0-9]+M' "$log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)"
done
grep -l OutOfMemoryError "$work"/preview-*.log || echo "no OutOfMemoryError"
echo "work folder: $work"
