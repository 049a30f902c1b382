#!/usr/bin/env bash
# Builds the real servers the end-to-end tests and the kapacitord benchmark run against:
#   influxd + influx         v1.8.10 (pure Go, from the Go module proxy)
#   kapacitord + kapacitor   v1.5.9  (last pure-Go release, from the Go module proxy)
#   kapacitord + kapacitor   v1.8.2  (the release users run: the Go module proxy refuses Kapacitor >= 1.6, so it is
#                                     built from the source tarball in ../shared/vendor/, with Flux's Rust library)
# Binaries are cached in ~/.cache/kapacitor-ads/servers/<name>-<version>/ so a second run is instant.
# Arguments pick servers (influxdb, kapacitor-1.5.9, kapacitor-1.8.2); none means all of them.
# On success prints one `name=/absolute/path` line per binary on stdout (logs go to stderr): influxd, influx, and
# kapacitord-<version>, kapacitor-<version> for each Kapacitor.
# Any build failure exits non-zero with a message: the e2e test must never silently skip.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
INFLUXDB_VERSION="${INFLUXDB_VERSION:-v1.8.10}"
KAPACITOR_PROXY_VERSION="${KAPACITOR_PROXY_VERSION:-v1.5.9}"
KAPACITOR_SRC_VERSION="${KAPACITOR_SRC_VERSION:-v1.8.2}"
# Beside the checkout, as CI has it (the project's ../shared).
KAPACITOR_SRC_TARBALL="${KAPACITOR_SRC_TARBALL:-$root/../shared/vendor/kapacitor-$KAPACITOR_SRC_VERSION-src.tar.gz}"
CACHE_DIR="${KAPACITOR_ADS_SERVERS_DIR:-$HOME/.cache/kapacitor-ads/servers}"
# Kapacitor 1.5.9 pins github.com/ugorji/go from 2017, whose package init builds a base64 alphabet with a duplicate
# symbol: Go >= 1.22 panics on that at startup, so kapacitord is compiled with Go 1.21 (fetched by the go command
# from the module proxy as golang.org/toolchain). InfluxDB 1.8.10 and Kapacitor 1.8.2 run fine built by the local Go.
KAPACITOR_GOTOOLCHAIN="${KAPACITOR_GOTOOLCHAIN:-go1.21.13}"
INFLUXDB_GOTOOLCHAIN="${INFLUXDB_GOTOOLCHAIN:-local}"
KAPACITOR_SRC_GOTOOLCHAIN="${KAPACITOR_SRC_GOTOOLCHAIN:-local}"
# libflux pins Rust 1.63 in its rust-toolchain.toml; rustup cannot fetch toolchains here, so cargo uses stable.
KAPACITOR_SRC_RUST="${KAPACITOR_SRC_RUST:-stable}"

log() { printf '[build-servers] %s\n' "$*" >&2; }
die() { printf '[build-servers] ERROR: %s\n' "$*" >&2; exit 1; }

want_influxdb=0 want_proxy=0 want_src=0
[ $# -eq 0 ] && set -- influxdb "kapacitor-${KAPACITOR_PROXY_VERSION#v}" "kapacitor-${KAPACITOR_SRC_VERSION#v}"
for arg in "$@"; do
  case "$arg" in
    influxdb) want_influxdb=1 ;;
    "kapacitor-${KAPACITOR_PROXY_VERSION#v}") want_proxy=1 ;;
    "kapacitor-${KAPACITOR_SRC_VERSION#v}") want_src=1 ;;
    *) die "unknown server '$arg' (known: influxdb, kapacitor-${KAPACITOR_PROXY_VERSION#v}, kapacitor-${KAPACITOR_SRC_VERSION#v})" ;;
  esac
done

command -v go >/dev/null 2>&1 || die "go is not on PATH; install Go (https://go.dev/dl) to build influxd and kapacitord"

go_env=(CGO_ENABLED=0 GOFLAGS=-buildvcs=false)
ldflags() { printf -- '-s -w -X main.version=%s -X main.branch=%s -X main.commit=%s' "${1#v}" "$1" "$2"; }

influx_dir="$CACHE_DIR/influxdb-$INFLUXDB_VERSION"
proxy_dir="$CACHE_DIR/kapacitor-$KAPACITOR_PROXY_VERSION"
src_dir="$CACHE_DIR/kapacitor-$KAPACITOR_SRC_VERSION"
mkdir -p "$CACHE_DIR"

work="$(mktemp -d "$CACHE_DIR/.build.XXXXXX")"
# Go's module cache is read-only; a failed build must not leave it where rm cannot remove it.
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT

have() { [ -x "$1/$2" ] && [ -x "$1/$3" ]; }

# Installs into a staging dir and renames it into place, so an interrupted build never leaves a half cache.
publish() {
  local staged="$1" final="$2"
  rm -rf "$final"
  mv "$staged" "$final"
}

build_kapacitor_proxy() {
  local mod="$work/kapacitor-wrapper" out="$work/kapacitor-proxy-bin" started=$SECONDS version="$KAPACITOR_PROXY_VERSION"
  mkdir -p "$mod" "$out"
  # `go install pkg@version` refuses modules with replace directives, so a throwaway module
  # requires kapacitor and repeats its two replace lines.
  cat >"$mod/go.mod" <<MOD
module kapacitor-ads/servers-wrapper

go 1.15

require github.com/influxdata/kapacitor $version

replace gopkg.in/fsnotify.v1 => github.com/fsnotify/fsnotify v1.4.2

replace github.com/prometheus/prometheus => github.com/goller/prometheus v1.6.1-0.20170502220046-58298e738211
MOD
  cat >"$mod/tools.go" <<'GO'
//go:build tools

package tools

import (
	_ "github.com/influxdata/kapacitor/cmd/kapacitor"
	_ "github.com/influxdata/kapacitor/cmd/kapacitord"
)
GO
  local genv=("${go_env[@]}" "GOTOOLCHAIN=$KAPACITOR_GOTOOLCHAIN") flags
  flags="$(ldflags "$version" module-proxy)"
  log "kapacitor $version: resolving modules (toolchain $KAPACITOR_GOTOOLCHAIN)"
  (cd "$mod" && env "${genv[@]}" go mod tidy >&2) || return 1
  log "kapacitor $version: compiling kapacitord and kapacitor"
  (cd "$mod" && env "${genv[@]}" go build -trimpath -ldflags "$flags" -o "$out/kapacitord" github.com/influxdata/kapacitor/cmd/kapacitord >&2) || return 1
  (cd "$mod" && env "${genv[@]}" go build -trimpath -ldflags "$flags" -o "$out/kapacitor" github.com/influxdata/kapacitor/cmd/kapacitor >&2) || return 1
  publish "$out" "$proxy_dir"
  log "kapacitor $version built in $((SECONDS - started))s"
}

# Kapacitor >= 1.6 links Flux's Rust library (libflux) through cgo. Its pkg-config wrapper (pkg-config.sh, the
# Go program github.com/influxdata/pkg-config) runs `cargo build` in the flux module's libflux/ when cgo asks
# for the flags. Two changes get that through here: cargo runs the installed stable Rust instead of the pinned
# 1.63, and the flux module is a writable copy (a replace directive points at it) whose crates no longer deny
# all warnings under their default `strict` feature (a newer rustc warns where 1.63 did not).
build_kapacitor_src() {
  local src="$work/kapacitor-src" out="$work/kapacitor-src-bin" started=$SECONDS version="$KAPACITOR_SRC_VERSION"
  local tool
  [ -r "$KAPACITOR_SRC_TARBALL" ] || { log "kapacitor $version: source tarball $KAPACITOR_SRC_TARBALL not found (set KAPACITOR_SRC_TARBALL)"; return 1; }
  for tool in cargo pkg-config cc; do
    command -v "$tool" >/dev/null 2>&1 || { log "kapacitor $version needs $tool on PATH (cargo: Rust via rustup; pkg-config, cc: Debian pkg-config, gcc)"; return 1; }
  done
  mkdir -p "$src" "$out"
  log "kapacitor $version: unpacking $KAPACITOR_SRC_TARBALL"
  tar -xzf "$KAPACITOR_SRC_TARBALL" -C "$src" --strip-components=1 || return 1
  local commit
  commit="$(gzip -dc "$KAPACITOR_SRC_TARBALL" | git get-tar-commit-id 2>/dev/null || true)"
  local genv=(CGO_ENABLED=1 GOFLAGS=-buildvcs=false "GOTOOLCHAIN=$KAPACITOR_SRC_GOTOOLCHAIN")

  log "kapacitor $version: downloading modules"
  (cd "$src" && env "${genv[@]}" go mod download >&2) || return 1
  local flux_version flux_cache flux_copy
  flux_version="$(cd "$src" && env "${genv[@]}" go list -m -f '{{.Version}}' github.com/influxdata/flux)" || return 1
  flux_cache="$(cd "$src" && env "${genv[@]}" go list -m -f '{{.Dir}}' github.com/influxdata/flux)" || return 1
  # pkg-config reads flux's version from this directory name, as it would from the module cache.
  flux_copy="$work/flux-module/github.com/influxdata/flux@$flux_version"
  mkdir -p "$(dirname "$flux_copy")"
  cp -R "$flux_cache" "$flux_copy" && chmod -R u+w "$flux_copy" || return 1
  local strict='#![cfg_attr(feature = "strict", deny(warnings, missing_docs))]' lib
  for lib in "$flux_copy/libflux/flux/src/lib.rs" "$flux_copy/libflux/flux-core/src/lib.rs"; do
    grep -qxF "$strict" "$lib" || { log "kapacitor $version: $lib no longer starts with the strict lint line this build removes"; return 1; }
    grep -vxF "$strict" "$lib" >"$lib.new" && mv "$lib.new" "$lib" || return 1
  done
  (cd "$src" && go mod edit -replace "github.com/influxdata/flux=$flux_copy") || return 1

  log "kapacitor $version: compiling libflux (cargo, Rust $KAPACITOR_SRC_RUST), kapacitord and kapacitor"
  (cd "$src" && env "${genv[@]}" RUSTUP_TOOLCHAIN="$KAPACITOR_SRC_RUST" PKG_CONFIG="$src/pkg-config.sh" \
    go build -trimpath -ldflags "$(ldflags "$version" "${commit:-vendored-source}")" -o "$out/" ./cmd/kapacitord ./cmd/kapacitor >&2) || return 1
  publish "$out" "$src_dir"
  log "kapacitor $version built in $((SECONDS - started))s"
}

build_influxdb() {
  local out="$work/influxdb-bin" started=$SECONDS
  mkdir -p "$out"
  log "influxdb $INFLUXDB_VERSION: compiling influxd and influx"
  env "${go_env[@]}" GOTOOLCHAIN="$INFLUXDB_GOTOOLCHAIN" GOBIN="$out" go install -trimpath -ldflags "$(ldflags "$INFLUXDB_VERSION" module-proxy)" \
    "github.com/influxdata/influxdb/cmd/influxd@$INFLUXDB_VERSION" \
    "github.com/influxdata/influxdb/cmd/influx@$INFLUXDB_VERSION" >&2 || return 1
  publish "$out" "$influx_dir"
  log "influxdb $INFLUXDB_VERSION built in $((SECONDS - started))s"
}

# ensure <label> <version> <dir> <build function> <daemon> <client>: builds unless cached, then checks that the
# daemon runs and reports its version. A binary that builds but panics at start-up (as kapacitord 1.5.9 does when
# compiled by Go >= 1.22) is a failed build: it is dropped from the cache so the next run rebuilds.
ensure() {
  local label="$1" version="$2" dir="$3" build="$4" daemon="$5" client="$6" reported
  if have "$dir" "$daemon" "$client"; then
    log "$label cached in $dir"
  else
    "$build" || die "building $label failed (see the output above)"
  fi
  reported="$("$dir/$daemon" version 2>&1)" || { rm -rf "$dir"; die "$daemon $label was built but does not run: $reported"; }
  log "$reported"
  case "$reported" in
    *"${version#v}"*) ;;
    *) rm -rf "$dir"; die "$daemon $label reports another version: $reported" ;;
  esac
}

# Kapacitor first: it is the slowest and the most likely to break.
if [ $want_src -eq 1 ]; then
  ensure "kapacitor $KAPACITOR_SRC_VERSION" "$KAPACITOR_SRC_VERSION" "$src_dir" build_kapacitor_src kapacitord kapacitor
fi
if [ $want_proxy -eq 1 ]; then
  ensure "kapacitor $KAPACITOR_PROXY_VERSION" "$KAPACITOR_PROXY_VERSION" "$proxy_dir" build_kapacitor_proxy kapacitord kapacitor
fi
if [ $want_influxdb -eq 1 ]; then
  ensure "influxdb $INFLUXDB_VERSION" "$INFLUXDB_VERSION" "$influx_dir" build_influxdb influxd influx
fi

if [ $want_influxdb -eq 1 ]; then
  printf 'influxd=%s\n' "$influx_dir/influxd"
  printf 'influx=%s\n' "$influx_dir/influx"
fi
if [ $want_proxy -eq 1 ]; then
  printf 'kapacitord-%s=%s\n' "${KAPACITOR_PROXY_VERSION#v}" "$proxy_dir/kapacitord"
  printf 'kapacitor-%s=%s\n' "${KAPACITOR_PROXY_VERSION#v}" "$proxy_dir/kapacitor"
fi
if [ $want_src -eq 1 ]; then
  printf 'kapacitord-%s=%s\n' "${KAPACITOR_SRC_VERSION#v}" "$src_dir/kapacitord"
  printf 'kapacitor-%s=%s\n' "${KAPACITOR_SRC_VERSION#v}" "$src_dir/kapacitor"
fi
