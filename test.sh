#!/usr/bin/env bash
# Runs every CarPulse test (CarPulse.Tests and the Playwright E2E suite) and ends with one line,
# "N passed, N failed". Exits with dotnet test's exit code.
set -euo pipefail
cd "$(dirname "$0")"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "test.sh: need root (or sudo) to run: $*" >&2; return 1
  fi
}

# The E2E tests drive Debian's Chromium: Playwright must never download a browser of its own. The scale-out tests
# start their own redis-server (Debian), Azurite (npm, below) and a throw-away PostgreSQL cluster (initdb in a temp
# folder, a free port, stopped when the test process ends; the server programs only, never the system service).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
command -v npm >/dev/null || missing+=(nodejs npm)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from Debian"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 CHROMIUM_PATH=/usr/bin/chromium

# Azurite, Microsoft's Azure Storage emulator, pinned by tools/azurite/package-lock.json; reinstalled when the lock changes.
azurite=tools/azurite
if ! cmp -s "$azurite/package-lock.json" "$azurite/node_modules/.carpulse-lock"; then
  echo "test.sh: installing Azurite from npm (npm ci in $azurite)"
  npm ci --prefix "$azurite" --no-audit --no-fund --loglevel=error
  cp "$azurite/package-lock.json" "$azurite/node_modules/.carpulse-lock"
fi

if ! command -v dotnet >/dev/null; then
  echo "test.sh: 'dotnet' is not on PATH; install the .NET 10 SDK (see global.json)." >&2
  echo "0 passed, 1 failed"
  exit 1
fi

results=artifacts/test-results
log=$results/dotnet-test.log
rm -rf "$results" artifacts/e2e && mkdir -p "$results"
rc=0
# Test projects run one after another (-m:1): the browser tests get the machine to themselves.
dotnet test CarPulse.sln -tl:off -m:1 --results-directory "$results" --logger trx 2>&1 | tee "$log" || rc=$?

# dotnet test prints one summary per test assembly:
#   "Failed!  - Failed:     1, Passed:    12, Skipped:     0, Total:    13, ..."
total() {
  { grep -E '^\s*(Passed|Failed)!  - ' "$log" || true; } |
    { grep -oE "$1: +[0-9]+" || true; } | awk '{ n += $2 } END { print n + 0 }'
}
passed=$(total Passed)
failed=$(total Failed)
# A build error or a crashed test host fails the run without a summary to count.
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$rc"
