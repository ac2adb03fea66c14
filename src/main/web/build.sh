#!/usr/bin/env bash
# Refreshes the workbench's built assets (src/main/resources/web/assets/, committed)
# from the exact versions in package-lock.json. Needs Node.js 20+ and npm; nothing
# else in the build needs them. Install scripts are not run (esbuild's binary comes
# as an optional dependency; swagger-ui-dist's postinstall is only telemetry).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
node build.mjs
