#!/usr/bin/env bash
# Several WildFly nodes of Oplys on one machine, sharing one PostgreSQL database.
#   scripts/cluster.sh start [N]     start N nodes (default 2); node i listens on 9080+100*(i-1)
#                                    (OPLYS_CLUSTER_OFFSET moves the first node's port offset from 1000)
#   scripts/cluster.sh stop          stop all nodes
#   scripts/cluster.sh kill I        kill -9 node I (crash), leaving its state as a crash leaves it
#   scripts/cluster.sh restart I     start node I again after a kill
#   scripts/cluster.sh urls          the base URL of each running node, comma-separated
# Database: OPLYS_DB_URL (default jdbc:postgresql://127.0.0.1:5432/oplys_cluster), user postgres.
# The nodes share the CPR key folder (.oplys-cluster/keys); each has its own server folder, node
# name and transaction node id. Any HTTP load balancer can sit in front (docs/cluster.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${OPLYS_CLUSTER_DIR:-$ROOT/.oplys-cluster}"
# The server and the application: the build's, or a copy (benchmarks copy them so that a build
# running meanwhile cannot change the files under a running node).
WF="${OPLYS_CLUSTER_WILDFLY:-$ROOT/ear/target/wildfly-39.0.1.Final}"
EAR="${OPLYS_CLUSTER_EAR:-$ROOT/ear/target/oplys.ear}"
export OPLYS_DB_DRIVER=postgresql
export OPLYS_DB_URL="${OPLYS_DB_URL:-jdbc:postgresql://127.0.0.1:5432/oplys_cluster}"
export OPLYS_DB_USER="${OPLYS_DB_USER:-postgres}" OPLYS_DB_PASSWORD="${OPLYS_DB_PASSWORD:-postgres}"

offset() { echo $((${OPLYS_CLUSTER_OFFSET:-1000} + 100 * ($1 - 1))); }
http_port() { echo $((8080 + $(offset "$1"))); }
pidfile() { echo "$STATE/node$1/server.pid"; }

alive() {
  local p
  p="$(pidfile "$1")"
  [[ -f "$p" ]] && kill -0 "$(cat "$p")" 2>/dev/null
}

start_node() {
  local i=$1 base="$STATE/node$1"
  if alive "$i"; then return; fi
  mkdir -p "$base/deployments" "$STATE/keys"
  chmod 700 "$STATE/keys"
  if [[ ! -d "$base/configuration" ]]; then
    cp -r "$WF/standalone/configuration" "$base/configuration"
  fi
  cp "$EAR" "$base/deployments/oplys.ear"
  rm -f "$base/deployments/oplys.ear.failed"
  setsid "$WF/bin/standalone.sh" -Djboss.server.base.dir="$base" --read-only-server-config=standalone-oplys.xml \
      -Djboss.socket.binding.port-offset="$(offset "$i")" -Djboss.node.name="oplys-node$i" \
      -Djboss.tx.node.id="oplys-node$i" -Doplys.keys.dir="$STATE/keys" \
      -Doplys.demo-data="${OPLYS_DEMO_DATA:-true}" -Doplys.public-url="http://localhost:$(http_port "$i")/oplys" \
      -Doplys.epay.simulator=true -Doplys.smtp.host=127.0.0.1 -Doplys.smtp.port="${OPLYS_SMTP_PORT:-3025}" \
      -Doplys.mail.interval-seconds="${OPLYS_MAIL_INTERVAL_SECONDS:-10}" \
      ${OPLYS_NODE_JAVA_OPTS:-} >"$base/server.out" 2>&1 </dev/null &
  echo $! >"$(pidfile "$i")"
  local deadline=$((SECONDS + 240))
  until curl -fsS -o /dev/null "http://127.0.0.1:$(http_port "$i")/oplys/api/public/schools" 2>/dev/null; do
    if ! alive "$i" || ((SECONDS > deadline)) || [[ -f "$base/deployments/oplys.ear.failed" ]]; then
      echo "node $i did not start; see $base/server.out and $base/log/server.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "node $i up on http://127.0.0.1:$(http_port "$i")/oplys"
}

stop_node() {
  local p
  p="$(pidfile "$1")"
  if alive "$1"; then
    kill -- -"$(cat "$p")" 2>/dev/null || kill "$(cat "$p")"
    for _ in $(seq 1 30); do alive "$1" || break; sleep 0.5; done
    kill -9 -- -"$(cat "$p")" 2>/dev/null || true
  fi
  rm -f "$p"
}

case "${1:-}" in
  start)
    [[ -f "$EAR" ]] || (cd "$ROOT" && mvn -B -q -DskipTests package)
    n="${2:-2}"
    # One after the other: the first runs the migrations and loads demo data, the others find them done.
    for i in $(seq 1 "$n"); do start_node "$i"; done ;;
  stop)
    for d in "$STATE"/node*; do [[ -d "$d" ]] && stop_node "${d##*node}"; done; true ;;
  kill)
    p="$(pidfile "$2")"
    if alive "$2"; then kill -9 -- -"$(cat "$p")" 2>/dev/null || kill -9 "$(cat "$p")"; fi
    rm -f "$p"
    echo "node $2 killed" ;;
  restart)
    start_node "$2" ;;
  urls)
    out=""
    for d in "$STATE"/node*; do
      i="${d##*node}"
      alive "$i" && out="$out${out:+,}http://127.0.0.1:$(http_port "$i")/oplys"
    done
    echo "$out" ;;
  *)
    echo "usage: scripts/cluster.sh start [N] | stop | kill I | restart I | urls" >&2; exit 2 ;;
esac
