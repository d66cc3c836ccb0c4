#!/usr/bin/env bash
# A real Jenkins, used as a person would: jenkins.war 2.479.3 with this project's plugin (as built) and
# the plugins a user needs, all resolved by Maven from the Jenkins repository; a standalone emulator in
# the platform dialect; a multibranch Pipeline over a local bare git repository, a freestyle job; then
# the same Jenkins in Debian's Chromium (driven by playwright-core from the npm registry, never a
# downloaded browser). One line per step, then "N passed, M failed"; exit 1 on any failure.
#
#   tests/jenkins-e2e/run.sh                  # build, run, screenshots in tests/jenkins-e2e/target/screenshots
#   tests/jenkins-e2e/run.sh --update-docs    # the same, then copy the screenshots into docs/jenkins/images
#
# Environment: JENKINS_REPO_DIR (default ../shared/jenkins-repo beside the checkout), E2E_SKIP_BUILD=1 to
# reuse what the last run built. Needs JDK 17, Node 20 with npm, git, and Chromium at /usr/bin/chromium
# (installed with apt-get when missing, as root or with sudo).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
update_docs=false
case "${1:-}" in
  "") ;;
  --update-docs) update_docs=true ;;
  *) echo "error: argument: '$1' is not allowed; allowed: --update-docs or nothing" >&2; exit 2 ;;
esac

repo="${JENKINS_REPO_DIR:-$root/../shared/jenkins-repo}"
[[ -f "$repo/settings.xml" ]] || { echo "error: JENKINS_REPO_DIR: '$repo' has no settings.xml; allowed: the Jenkins Maven repository (see its README)" >&2; exit 2; }
repo="$(cd "$repo" && pwd)"

work="$here/target/e2e"
results="$work/results"
pids=()

cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  local passed failed
  passed=$(grep -c '^ok ' "$results" 2>/dev/null || true)
  failed=$(grep -c '^FAIL ' "$results" 2>/dev/null || true)
  echo "${passed:-0} passed, ${failed:-0} failed ($((SECONDS / 60))m $((SECONDS % 60))s)"
  if [[ "${failed:-0}" != 0 || $status != 0 ]]; then
    echo "logs: $work/jenkins.log, $work/emulator.log; screenshots: $here/target/screenshots" >&2
    exit 1
  fi
}
trap cleanup EXIT

pass() { echo "ok   $*" | tee -a "$results"; }
fail() { echo "FAIL $*" | tee -a "$results"; exit 1; }

rm -rf "$work" "$here/target/screenshots"
mkdir -p "$work/secrets" "$work/keys" "$here/target/screenshots"
: >"$results"

# --- What the run needs: Chromium from Debian, playwright-core from npm, the plugins from Maven ------------
if [[ ! -x /usr/bin/chromium ]]; then
  sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null \
    || fail "install chromium: apt-get install -y chromium failed"
fi
pass "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"

(cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
  || fail "npm ci: playwright-core could not be installed"
pass "playwright-core $(node -p "require('$here/node_modules/playwright-core/package.json').version") from npm"

war="$here/target/jenkins.war"
plugins="$here/target/test-classes/test-dependencies"
cli_jar="$root/convex-cli/target/convex-preview.jar"
if [[ "${E2E_SKIP_BUILD:-}" != 1 ]]; then
  # The plugin's hpi and the command line's jar (the emulator), then the war and every plugin with its
  # dependencies, resolved by Maven (tests/jenkins-e2e/pom.xml).
  (cd "$root" && JENKINS_REPO_DIR="$repo" nice -n 10 ./mvnw -B -ntp -q -s "$repo/settings.xml" -Pjenkins \
      -pl tests/jenkins-e2e,convex-cli -am package -DskipTests >"$work/build.log" 2>&1) \
    || { tail -40 "$work/build.log" >&2; fail "build: ./mvnw -Pjenkins -pl tests/jenkins-e2e,convex-cli -am package failed"; }
fi
[[ -f "$war" && -f "$plugins/convex-preview.hpi" && -f "$cli_jar" ]] || fail "build: $war, $plugins/convex-preview.hpi or $cli_jar missing"
pass "build: jenkins.war and $(ls "$plugins"/*.hpi | wc -l) plugins resolved by Maven, convex-preview.hpi as built"

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
random_secret() { od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; }

# --- The secrets: random per run, in files only ----------------------------------------------------------
team_token="e2e-team-$(random_secret)"
admin_password="e2e-admin-$(random_secret)"
umask 077
printf %s "$team_token" >"$work/secrets/E2E_CONVEX_TEAM_TOKEN"
printf %s "$admin_password" >"$work/secrets/E2E_ADMIN_PASSWORD"
umask 022

# --- The emulator, platform dialect (its token is a test value; the emulator takes it as an argument) ------
java -jar "$cli_jar" emulator --port 0 --team "1:demo-team:$team_token" --demo --api-dialect platform \
  >"$work/emulator.log" 2>&1 &
pids+=($!)
api_url=""
for _ in $(seq 1 300); do
  api_url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/v1' "$work/emulator.log" | head -1 || true)"
  [[ -n "$api_url" ]] && break
  kill -0 "${pids[0]}" 2>/dev/null || fail "emulator: exited: $(tail -3 "$work/emulator.log")"
  sleep 0.1
done
[[ -n "$api_url" ]] || fail "emulator: not listening after 30 s"
pass "emulator (platform dialect) at $api_url"

# --- Jenkins: fresh JENKINS_HOME, plugins as .jpi, Configuration as Code, no setup wizard -----------------
home="$work/jenkins-home"
mkdir -p "$home/plugins"
for hpi in "$plugins"/*.hpi; do
  cp "$hpi" "$home/plugins/$(basename "$hpi" .hpi).jpi"
done
port="$(free_port)"
jenkins_url="http://127.0.0.1:$port/"
# Local checkouts are refused by the git plugin unless this property is set: for this test only.
JENKINS_HOME="$home" SECRETS="$work/secrets" E2E_JENKINS_URL="$jenkins_url" E2E_CONVEX_API_URL="$api_url" \
  java -Xmx1g \
    -Djenkins.install.runSetupWizard=false \
    -Dcasc.jenkins.config="$here/jenkins.yaml" \
    -Dhudson.plugins.git.GitSCM.ALLOW_LOCAL_CHECKOUT=true \
    -Dhudson.model.UsageStatistics.disabled=true \
    -jar "$war" --httpPort="$port" --httpListenAddress=127.0.0.1 >"$work/jenkins.log" 2>&1 &
pids+=($!)
jenkins_pid=$!
started=$SECONDS
# Ready once Configuration as Code made the admin (the password reaches curl on a pipe, not as an argument).
until [[ "$(printf 'user = "admin:%s"\n' "$admin_password" | curl -s -K - -o /dev/null -w '%{http_code}' "${jenkins_url}whoAmI/api/json" || true)" == 200 ]]; do
  kill -0 "$jenkins_pid" 2>/dev/null || fail "jenkins: exited: $(tail -5 "$work/jenkins.log")"
  (( SECONDS - started < 300 )) || fail "jenkins: not ready after 300 s"
  sleep 1
done
pass "jenkins 2.479.3 up at $jenkins_url in $((SECONDS - started)) s, configured by Configuration as Code"

# --- The scenario and the browser checks --------------------------------------------------------------
E2E_WORK="$work" E2E_RESULTS="$results" E2E_JENKINS_URL="$jenkins_url" E2E_JENKINS_HOME="$home" \
E2E_CONVEX_API_URL="$api_url" E2E_SCREENSHOTS="$here/target/screenshots" E2E_JENKINS_PID="$jenkins_pid" \
  node "$here/scenario.mjs" || true

if $update_docs; then
  if grep -q '^FAIL ' "$results"; then
    echo "docs/jenkins/images not updated: the run failed" >&2
  else
    mkdir -p "$root/docs/jenkins/images"
    cp "$here"/target/screenshots/[0-9]*.png "$root/docs/jenkins/images/"
    echo "docs/jenkins/images updated"
  fi
fi
