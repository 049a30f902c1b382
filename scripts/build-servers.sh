#!/usr/bin/env bash
# Builds the real servers the end-to-end test runs against, from the Go module proxy only:
#   influxd + influx         v1.8.10 (pure Go)
#   kapacitord + kapacitor   v1.5.9  (last pure-Go release; 1.6+ needs libflux/Rust)
# Binaries are cached in ~/.cache/kapacitor-ads/servers/<name>-<version>/ so a second run is instant.
# On success prints one `name=/absolute/path` line per binary on stdout (logs go to stderr).
# Any build failure exits non-zero with a message: the e2e test must never silently skip.
set -euo pipefail

INFLUXDB_VERSION="${INFLUXDB_VERSION:-v1.8.10}"
KAPACITOR_VERSION="${KAPACITOR_VERSION:-v1.5.9}"
CACHE_DIR="${KAPACITOR_ADS_SERVERS_DIR:-$HOME/.cache/kapacitor-ads/servers}"
# Kapacitor 1.5.9 pins github.com/ugorji/go from 2017, whose package init builds a base64 alphabet with a duplicate
# symbol: Go >= 1.22 panics on that at startup, so kapacitord is compiled with Go 1.21 (fetched by the go command
# from the module proxy as golang.org/toolchain). InfluxDB 1.8.10 runs fine built by the local Go.
KAPACITOR_GOTOOLCHAIN="${KAPACITOR_GOTOOLCHAIN:-go1.21.13}"
INFLUXDB_GOTOOLCHAIN="${INFLUXDB_GOTOOLCHAIN:-local}"

log() { printf '[build-servers] %s\n' "$*" >&2; }
die() { printf '[build-servers] ERROR: %s\n' "$*" >&2; exit 1; }

command -v go >/dev/null 2>&1 || die "go is not on PATH; install Go (https://go.dev/dl) to build influxd and kapacitord"

go_env=(CGO_ENABLED=0 GOFLAGS=-buildvcs=false)
ldflags() { printf -- '-s -w -X main.version=%s -X main.branch=%s -X main.commit=module-proxy' "${1#v}" "$1"; }

influx_dir="$CACHE_DIR/influxdb-$INFLUXDB_VERSION"
kapa_dir="$CACHE_DIR/kapacitor-$KAPACITOR_VERSION"
mkdir -p "$CACHE_DIR"

work="$(mktemp -d "$CACHE_DIR/.build.XXXXXX")"
trap 'rm -rf "$work"' EXIT

have() { [ -x "$1/$2" ] && [ -x "$1/$3" ]; }

# Installs into a staging dir and renames it into place, so an interrupted build never leaves a half cache.
publish() {
  local staged="$1" final="$2"
  rm -rf "$final"
  mv "$staged" "$final"
}

build_kapacitor() {
  local mod="$work/kapacitor-wrapper" out="$work/kapacitor-bin" started=$SECONDS
  mkdir -p "$mod" "$out"
  # `go install pkg@version` refuses modules with replace directives, so a throwaway module
  # requires kapacitor and repeats its two replace lines.
  cat >"$mod/go.mod" <<MOD
module kapacitor-ads/servers-wrapper

go 1.15

require github.com/influxdata/kapacitor $KAPACITOR_VERSION

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
  flags="$(ldflags "$KAPACITOR_VERSION")"
  log "kapacitor $KAPACITOR_VERSION: resolving modules (toolchain $KAPACITOR_GOTOOLCHAIN)"
  (cd "$mod" && env "${genv[@]}" go mod tidy >&2) || return 1
  log "kapacitor $KAPACITOR_VERSION: compiling kapacitord and kapacitor"
  (cd "$mod" && env "${genv[@]}" go build -trimpath -ldflags "$flags" -o "$out/kapacitord" github.com/influxdata/kapacitor/cmd/kapacitord >&2) || return 1
  (cd "$mod" && env "${genv[@]}" go build -trimpath -ldflags "$flags" -o "$out/kapacitor" github.com/influxdata/kapacitor/cmd/kapacitor >&2) || return 1
  publish "$out" "$kapa_dir"
  log "kapacitor $KAPACITOR_VERSION built in $((SECONDS - started))s"
}

build_influxdb() {
  local out="$work/influxdb-bin" started=$SECONDS
  mkdir -p "$out"
  log "influxdb $INFLUXDB_VERSION: compiling influxd and influx"
  env "${go_env[@]}" GOTOOLCHAIN="$INFLUXDB_GOTOOLCHAIN" GOBIN="$out" go install -trimpath -ldflags "$(ldflags "$INFLUXDB_VERSION")" \
    "github.com/influxdata/influxdb/cmd/influxd@$INFLUXDB_VERSION" \
    "github.com/influxdata/influxdb/cmd/influx@$INFLUXDB_VERSION" >&2 || return 1
  publish "$out" "$influx_dir"
  log "influxdb $INFLUXDB_VERSION built in $((SECONDS - started))s"
}

# Kapacitor first: it is the slowest and the most likely to break.
if have "$kapa_dir" kapacitord kapacitor; then
  log "kapacitor $KAPACITOR_VERSION cached in $kapa_dir"
else
  build_kapacitor || die "building kapacitor $KAPACITOR_VERSION failed (see the go output above)"
fi
if have "$influx_dir" influxd influx; then
  log "influxdb $INFLUXDB_VERSION cached in $influx_dir"
else
  build_influxdb || die "building influxdb $INFLUXDB_VERSION failed (see the go output above)"
fi

# A binary that builds but panics at start-up (as kapacitord does when compiled by Go >= 1.22) is a failed build:
# drop it from the cache so the next run rebuilds.
"$kapa_dir/kapacitord" version >&2 || { rm -rf "$kapa_dir"; die "kapacitord $KAPACITOR_VERSION was built but does not run"; }
"$influx_dir/influxd" version >&2 || { rm -rf "$influx_dir"; die "influxd $INFLUXDB_VERSION was built but does not run"; }

printf 'influxd=%s\n' "$influx_dir/influxd"
printf 'influx=%s\n' "$influx_dir/influx"
printf 'kapacitord=%s\n' "$kapa_dir/kapacitord"
printf 'kapacitor=%s\n' "$kapa_dir/kapacitor"
