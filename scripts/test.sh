#!/usr/bin/env bash
# `npm test`: the quick checks, then two lanes side by side. The node lane
# (unit, then integration tests) and the browser lane (the site's build, then
# `npm run test:e2e`) each leave a core idle much of the time, waiting on
# spawned builds, npm, Java and Chromium: on two cores, together they take
# little more than the longer one alone. The node lane's output is held and
# printed whole when it ends, so the two never interleave.
set -euo pipefail
bash scripts/provision.sh
npm run build -w editions
npm run typecheck
npm run lint
npm run check

mkdir -p .build
log=.build/node-lane.log
started=$SECONDS
(npm run test:unit && npm run test:integration && echo "node lane: $((SECONDS - started)) s") >"$log" 2>&1 &
node_lane=$!
# Whatever happens to the browser lane, the node lane is waited for and its output shown.
browser=0
npm run build && npm run test:e2e || browser=$?
echo "browser lane: $((SECONDS - started)) s"
node=0
wait "$node_lane" || node=$?
cat "$log"
echo "npm test: node lane (unit, integration) exit $node; browser lane (build, e2e) exit $browser"
[ "$node" -eq 0 ] && [ "$browser" -eq 0 ]
