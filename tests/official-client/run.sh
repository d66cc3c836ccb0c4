#!/usr/bin/env bash
# The official @convex-dev/platform client (pinned, from the npm registry) against a standalone
# emulator in platform mode. Needs the shaded command-line jar, which the Maven build makes first
# (./mvnw package -pl convex-cli -am), and Node 20 with npm.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/convex-cli/target/convex-preview.jar"
[[ -f "$jar" ]] || { echo "official-client: $jar missing; build it first: ./mvnw -q -DskipTests package -pl convex-cli -am" >&2; exit 1; }

cd "$here"
npm ci --no-audit --no-fund --loglevel=error

token="official-client-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
log="$(mktemp)"
# --local-deployment-urls: deployments' URLs point back at the emulator, which serves their own API
# (environment variables) for the official createDeploymentClient.
java -jar "$jar" emulator --api-dialect platform --local-deployment-urls --port 0 --team "1:demo-team:$token" >"$log" 2>&1 &
emulator=$!
trap 'kill "$emulator" 2>/dev/null || true; wait "$emulator" 2>/dev/null || true; rm -f "$log"' EXIT

url=""
for _ in $(seq 1 300); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/v1' "$log" | head -1 || true)"
  [[ -n "$url" ]] && break
  kill -0 "$emulator" 2>/dev/null || { echo "official-client: the emulator exited:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { echo "official-client: the emulator did not start in 30 s:" >&2; cat "$log" >&2; exit 1; }

# The client appends /v1 to the host itself.
CONVEX_PROVISION_HOST="${url%/v1}" CONVEX_EMULATOR_TOKEN="$token" CONVEX_EMULATOR_TEAM_ID=1 node --test
