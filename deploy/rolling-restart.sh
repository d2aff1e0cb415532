#!/usr/bin/env bash
# Restarts the Jarida instances of this machine one at a time, without a failed request: each
# instance gets SIGTERM through its restart (it stops listening, answers what it has, exits; nginx
# sends everything else to the others), then the script waits for its GET /api/ready, then a little
# longer than nginx's fail_timeout (deploy/nginx-cache.conf), so that nginx uses it again before the
# next one stops. Run it on one machine after the other.
#
#   deploy/rolling-restart.sh 3001 3002          # the ports of jarida@3001, jarida@3002
#
# JARIDA_RESTART   the restart command, {port} replaced (default: systemctl restart jarida@{port})
# JARIDA_READY_TIMEOUT  seconds an instance may take to be ready (default 120)
# JARIDA_SETTLE    seconds to wait once it is (default 3: nginx's fail_timeout is 2 s)
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 PORT [PORT…]" >&2
  exit 2
fi
restart=${JARIDA_RESTART:-'systemctl restart jarida@{port}'}
ready_timeout=${JARIDA_READY_TIMEOUT:-120}
settle=${JARIDA_SETTLE:-3}

for port in "$@"; do
  echo "[rolling-restart] restarting the instance on port $port"
  started=$SECONDS
  sh -c "${restart//\{port\}/$port}"
  until curl -fs --max-time 3 -o /dev/null "http://127.0.0.1:$port/api/ready"; do
    if [ $((SECONDS - started)) -ge "$ready_timeout" ]; then
      echo "[rolling-restart] port $port not ready after ${ready_timeout} s: stopping here, the other instances are untouched" >&2
      exit 1
    fi
    sleep 1
  done
  echo "[rolling-restart] port $port ready after $((SECONDS - started)) s"
  sleep "$settle"
done
