#!/usr/bin/env bash
# Installs code-server 4.99.4 (VS Code 1.99.3, the last line that runs on Node 20) into .vscode-test/code-server in
# the clone, from the npm registry and Debian packages only: its postinstall would download prebuilt binaries from
# GitHub, so the native modules are built from source instead. Idempotent.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="$ROOT/.vscode-test/code-server"
if [ -x "$DIR/node_modules/.bin/code-server" ] && "$DIR/node_modules/.bin/code-server" --version >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
if ! command -v rg >/dev/null || ! dpkg -s libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev >/dev/null 2>&1; then
  apt-get update -qq || true
  apt-get install -y -qq --no-install-recommends build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep >/dev/null
fi
mkdir -p "$DIR" && cd "$DIR"
[ -f package.json ] || echo '{ "name": "code-server-for-tests", "private": true }' > package.json
npm install --no-save --no-audit --no-fund code-server@4.99.4 --ignore-scripts
npm rebuild argon2 --foreground-scripts
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund
mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild --foreground-scripts
cd ../..
npm_config_yes=true npm_config_unsafe_perm=true npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64" sh ./postinstall.sh
"$DIR/node_modules/.bin/code-server" --version
