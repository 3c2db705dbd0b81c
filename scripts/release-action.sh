#!/usr/bin/env bash
# Run by the release workflow after `npm run release` has built and published the packages. Branches do not hold the
# CLI's bundle (it is built, and git-ignored), but `uses: plistlint/plistlint@<tag>` runs whatever the tag holds: so
# the built bundle (without its source maps) is committed on a detached commit, tagged v<version>, and the action's
# major tag (the argument, e.g. v1) is moved to it.
set -euo pipefail
major_tag="$1"
cd "$(dirname "$0")/.."
version="$(node -p 'require("./packages/cli/package.json").version')"
git checkout --quiet --detach
git add --force packages/cli/bundle ':(exclude)packages/cli/bundle/*.map'
git -c user.name="github-actions[bot]" -c user.email="41898282+github-actions[bot]@users.noreply.github.com" \
  commit --quiet --message "plistlint $version: the GitHub Action with its bundled CLI"
git tag "v$version"
git tag --force "$major_tag"
# A new version tag, never overwritten; the major tag moves (+).
git push origin "refs/tags/v$version" "+refs/tags/$major_tag"
