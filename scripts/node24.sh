#!/usr/bin/env bash
# Node 24 for this repository, beside the machine's Node 20, without a second npm install.
#
#   bash scripts/node24.sh                  install Node 24 if it is missing; print its directory
#   bash scripts/node24.sh run CMD [ARG...] run CMD with Node 24 first on PATH and better-sqlite3
#                                           switched to a build for Node 24 while CMD runs
#
# e.g. `bash scripts/node24.sh run npm test`, or `... run npx jest --selectProjects unit`.
#
# Node 24 comes from the npm registry (package node-linux-<arch>: the binary and its headers)
# into $NEWSROOM_NODE24_DIR (default ~/.cache/newsroom-node24/v<version>); a second call finds
# it there and downloads nothing. Of the dependencies, better-sqlite3 is the only one built
# against Node's ABI (rollup, swc and sharp are N-API addons, esbuild a plain executable), so
# `run` compiles it for Node 24 once per better-sqlite3 version, in a copy of the package in
# that directory (about two minutes of CPU), and while CMD runs puts that build in place of
# node_modules/better-sqlite3/build/Release/better_sqlite3.node. Afterwards (also on failure
# or Ctrl-C) the original file is put back, so `npm test` on Node 20 keeps working; a run that
# was killed outright is repaired by the next one. Meanwhile Node 20 processes of the same
# checkout cannot open SQLite. Files in node_modules are replaced by renaming, never written
# in place, so a node_modules hard-linked from another checkout is not changed there.
set -euo pipefail

version="${NEWSROOM_NODE24_VERSION:-24.22.3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${NEWSROOM_NODE24_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/newsroom-node24/v${version}}"

say() { printf '[node24] %s\n' "$*" >&2; }

install_node() {
  if [ -x "$dir/bin/node" ] && [ -f "$dir/include/node/node_version.h" ] &&
    [ "$("$dir/bin/node" -v 2>/dev/null)" = "v${version}" ]; then
    say "Node ${version} already installed in ${dir}"
    return 0
  fi
  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) say "no Node package for $(uname -m)" && exit 1 ;;
  esac
  say "installing Node ${version} (npm package node-linux-${arch}@${version}) into ${dir}"
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-${arch}@${version}" >/dev/null)
  mkdir -p "$tmp/node"
  tar -xzf "$tmp"/node-linux-"${arch}"-*.tgz -C "$tmp/node" --strip-components=1
  "$tmp/node/bin/node" -v >/dev/null
  mkdir -p "$(dirname "$dir")"
  rm -rf "$dir"
  mv "$tmp/node" "$dir"
  rm -rf "$tmp"
}

if [ "$#" -ne 0 ] && { [ "$1" != run ] || [ "$#" -lt 2 ]; }; then
  say "usage: bash scripts/node24.sh [run CMD [ARG...]]"
  exit 2
fi
install_node
if [ "$#" -eq 0 ]; then
  echo "$dir"
  exit 0
fi
shift

# Path resolution does not depend on the Node version, so the machine's node finds the package.
pkg="$(cd "$root/playground" && node -p "path.dirname(require.resolve('better-sqlite3/package.json'))")"
pkg_version="$(node -p "require(process.argv[1]).version" "$pkg/package.json")"
addon="$dir/addons/better-sqlite3-${pkg_version}.node"

if [ ! -f "$addon" ]; then
  build="$dir/addons/build-better-sqlite3-${pkg_version}"
  say "compiling better-sqlite3 ${pkg_version} for Node ${version} (once)"
  rm -rf "$build"
  mkdir -p "$build"
  cp -R "$pkg/package.json" "$pkg/binding.gyp" "$pkg/src" "$pkg/deps" "$build/"
  # npm runs the script with its own node-gyp; the headers come from the Node 24 package.
  (cd "$build" && PATH="$dir/bin:$PATH" npm_config_nodedir="$dir" JOBS="${JOBS:-max}" \
    npm run --silent build-release >"$build.log" 2>&1) || {
    tail -n 40 "$build.log" >&2
    say "compiling better-sqlite3 failed (full log: $build.log)"
    exit 1
  }
  cp "$build/build/Release/better_sqlite3.node" "$addon.partial"
  mv -f "$addon.partial" "$addon"
  rm -rf "$build" "$build.log"
fi

target="$pkg/build/Release/better_sqlite3.node"
saved="$target.before-node24"

# One run at a time per checkout: the swap below is undone by the run that made it. The
# command inherits the lock, so a command left running by a killed run still holds it.
exec 9>"$pkg/build/.node24.lock"
if ! flock -n 9; then
  say "another 'scripts/node24.sh run' (or a command it started) is still running in this checkout"
  exit 1
fi

restore() {
  if [ -f "$saved" ]; then
    mv -f "$saved" "$target"
  fi
}
restore # left by a run that was killed
if [ ! -f "$target" ]; then
  say "${target} is missing: run npm ci first"
  exit 1
fi
trap restore EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mv -f "$target" "$saved"
cp "$addon" "$target.partial"
mv -f "$target.partial" "$target"

export PATH="$dir/bin:$PATH"
node -e "new (require(process.argv[1]))(':memory:').close()" "$pkg" || {
  say "better-sqlite3 does not load in Node ${version}"
  exit 1
}
say "$(node -v) ($(command -v node)), better-sqlite3 ${pkg_version} built for it: $*"
"$@"
