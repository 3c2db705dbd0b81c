#!/bin/sh
# plistlint as an Xcode "Run Script" build phase: lints the target's Info.plist with the target's deployment target,
# and prints what it finds as Xcode reads it (path:line:column: error: …), inline in the editor and in the issue
# navigator; an error fails the build. Add to the target's Run Script phase:
#
#   "$SRCROOT/scripts/plistlint-build-phase.sh"      # a copy of this file in your repository, or, with plistlint
#   "$SRCROOT/../node_modules/plistlint/xcode/plistlint-build-phase.sh"   # installed in a React Native project
#
# and list $(SRCROOT)/$(INFOPLIST_FILE) (and the script) as input files. Arguments are passed on to plistlint
# (--preset strict, --no-config-lookup, …).

# Xcode does not read your shell profile: add where Homebrew and the Node.js installer put Node.
PATH="$PATH:/opt/homebrew/bin:/usr/local/bin"
export PATH

# A target whose Info.plist Xcode generates entirely has none of its own to lint (and linting "$SRCROOT/" would lint
# every Info.plist of the project, in each target's build).
if [ -z "${INFOPLIST_FILE:-}" ]; then
  echo "note: plistlint skipped: the target $TARGET_NAME has no Info.plist of its own (INFOPLIST_FILE is empty)"
  exit 0
fi
case "$INFOPLIST_FILE" in
  /*) plist="$INFOPLIST_FILE" ;;
  *) plist="$SRCROOT/$INFOPLIST_FILE" ;;
esac

# The platform being built (PLATFORM_NAME, simulators included) and its deployment target.
case "${PLATFORM_NAME:-}" in
  macosx) platform=macOS version="${MACOSX_DEPLOYMENT_TARGET:-}" ;;
  watchos | watchsimulator) platform=watchOS version="${WATCHOS_DEPLOYMENT_TARGET:-}" ;;
  appletvos | appletvsimulator) platform=tvOS version="${TVOS_DEPLOYMENT_TARGET:-}" ;;
  xros | xrsimulator) platform=visionOS version="${XROS_DEPLOYMENT_TARGET:-}" ;;
  *) platform=iOS version="${IPHONEOS_DEPLOYMENT_TARGET:-}" ;;
esac
if [ -n "$version" ]; then
  set -- --minimum-os "$platform=$version" "$@"
fi

# The project's own plistlint (node_modules/.bin in $SRCROOT or a folder above it: its pinned version), else one on
# the PATH (npm install --global plistlint). Never downloaded: a build does not fetch and run code from the network.
dir="${SRCROOT%/}"
while [ -n "$dir" ] && [ ! -x "$dir/node_modules/.bin/plistlint" ]; do
  dir="${dir%/*}"
done
if [ -n "$dir" ] && [ -x "$dir/node_modules/.bin/plistlint" ]; then
  exec "$dir/node_modules/.bin/plistlint" --format xcode "$@" "$plist"
elif command -v plistlint >/dev/null 2>&1; then
  exec plistlint --format xcode "$@" "$plist"
else
  echo "warning: plistlint skipped: it is not installed (npm install --save-dev plistlint in the project, or npm install --global plistlint)"
fi
