#!/usr/bin/env bash
# Benchmark 3: PDF/A invoices per second against the floor, a blank PDF/A page with the same font,
# metadata and output intent, measured in the same run (scripts/bench/PdfBench.java), on 1 thread
# and on as many threads as cores. The renderer is the application's own (integration module).
#   SECONDS_EACH=10 scripts/bench/pdf.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
WORK="$ROOT/.oplys-bench"
mkdir -p "$WORK"
if [[ ! -d integration/target/classes/dk/oplys/integration/pdf ]]; then
  mvn -B -q -DskipTests -pl integration -am compile >/dev/null
fi
mvn -B -q -pl integration dependency:build-classpath -Dmdep.outputFile="$WORK/pdf.cp" -Dmdep.includeScope=compile >/dev/null
CP="$ROOT/integration/target/classes:$(cat "$WORK/pdf.cp")"
echo "=== PDF, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
java -Xmx512m -cp "$CP" scripts/bench/PdfBench.java "${SECONDS_EACH:-10}" "$(nproc)" | tee -a "${RESULTS:-/dev/null}"
