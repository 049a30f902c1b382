#!/usr/bin/env bash
# Builds the real Telegraf the Kafka and host-metrics end-to-end tests run, from the Go module proxy only,
# with Telegraf's custom build tags so only the plugins the project uses are compiled in:
#   inputs:      kafka_consumer (the Kafka path), cpu, mem, disk, net, system (the host-metrics preset)
#   outputs:     influxdb (to Kapacitor's write endpoint or to InfluxDB), kafka (hosts publishing their metrics)
#   parsers:     influx (line protocol), json;  serializers: influx, json
# The binary is cached in ~/.cache/kapacitor-ads/servers/telegraf-<version>-<tags hash>/ so a second run is instant.
# On success prints `telegraf=/absolute/path` on stdout (logs go to stderr). Any failure exits non-zero with a
# message: the tests that need Telegraf must never silently skip.
set -euo pipefail

TELEGRAF_VERSION="${TELEGRAF_VERSION:-v1.37.2}"
CACHE_DIR="${KAPACITOR_ADS_SERVERS_DIR:-$HOME/.cache/kapacitor-ads/servers}"
TELEGRAF_TAGS="custom,inputs.kafka_consumer,inputs.cpu,inputs.mem,inputs.disk,inputs.net,inputs.system"
TELEGRAF_TAGS+=",outputs.influxdb,outputs.kafka,parsers.influx,parsers.json,serializers.influx,serializers.json"

log() { printf '[build-telegraf] %s\n' "$*" >&2; }
die() { printf '[build-telegraf] ERROR: %s\n' "$*" >&2; exit 1; }

command -v go >/dev/null 2>&1 || die "go is not on PATH; install Go (https://go.dev/dl) to build telegraf"

# The plugin set is part of the cache key: a changed tag list builds a new binary instead of reusing one without
# the plugin a config asks for.
tags_hash="$(printf '%s' "$TELEGRAF_TAGS" | sha256sum | cut -c1-10)"
dir="$CACHE_DIR/telegraf-$TELEGRAF_VERSION-$tags_hash"

if [ -x "$dir/telegraf" ]; then
  log "telegraf $TELEGRAF_VERSION cached in $dir"
else
  mkdir -p "$CACHE_DIR"
  work="$(mktemp -d "$CACHE_DIR/.build-telegraf.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  started=$SECONDS
  log "telegraf $TELEGRAF_VERSION: compiling with -tags $TELEGRAF_TAGS (several minutes on a cold module cache)"
  # Telegraf's go.mod has no replace directives, so `go install pkg@version` builds it as released.
  env CGO_ENABLED=0 GOFLAGS=-buildvcs=false GOTOOLCHAIN="${TELEGRAF_GOTOOLCHAIN:-auto}" GOBIN="$work/bin" \
    go install -trimpath -tags "$TELEGRAF_TAGS" \
      -ldflags "-s -w -X github.com/influxdata/telegraf/internal.Version=${TELEGRAF_VERSION#v}" \
      "github.com/influxdata/telegraf/cmd/telegraf@$TELEGRAF_VERSION" >&2 \
    || die "building telegraf $TELEGRAF_VERSION failed (see the go output above)"
  rm -rf "$dir"
  mv "$work/bin" "$dir"
  log "telegraf $TELEGRAF_VERSION built in $((SECONDS - started))s"
fi

# A binary that was built but does not run, or lacks a plugin the project's configs use, is a failed build.
plugins="$("$dir/telegraf" plugins 2>&1)" || { rm -rf "$dir"; die "telegraf in $dir was built but does not run: $plugins"; }
for plugin in inputs.kafka_consumer inputs.cpu inputs.mem inputs.disk inputs.net inputs.system outputs.influxdb outputs.kafka; do
  grep -qx "$plugin" <<<"$plugins" || { rm -rf "$dir"; die "telegraf in $dir lacks the plugin $plugin"; }
done
"$dir/telegraf" version >&2

printf 'telegraf=%s\n' "$dir/telegraf"
