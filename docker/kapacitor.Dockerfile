# syntax=docker/dockerfile:1
# Kapacitor 1.8 plus Node 20 and this project's package, installed from its `npm pack` tarball as a user installs it,
# so kapacitord starts the UDF exactly as kapacitor/kapacitor.conf says: `prog = "/usr/local/bin/kapacitor-ads"`
# (args ["--batch"] for ads_batch), from any working directory, with no TypeScript tooling in the image.
# Build context is the repository root:
#   docker build -f docker/kapacitor.Dockerfile -t kapacitor-ads:local .
# (docker/compose.yml does this for you.)

ARG NODE_IMAGE=node:20-bookworm-slim
ARG KAPACITOR_IMAGE=kapacitor:1.8

# Stage 1: build the package (npm run build, run by npm pack) and install the tarball into /opt/kapacitor-ads: the
# bundled JavaScript and its one run-time dependency (the InfluxDB client of the backtest), by the real npm.
FROM ${NODE_IMAGE} AS app
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# Explicit paths (not `COPY . .`) so a host node_modules or dist can never end up in the image, whichever builder runs.
COPY tsconfig.json README.md ./
COPY udf ./udf
COPY tools ./tools
COPY alert ./alert
COPY scripts ./scripts
COPY model ./model
COPY tick ./tick
COPY kapacitor ./kapacitor
COPY grafana ./grafana
COPY telegraf ./telegraf
RUN npm pack --pack-destination /tmp \
 && npm install --global --prefix /opt/kapacitor-ads --no-audit --no-fund /tmp/kapacitor-ads-*.tgz

# Stage 2: the official Kapacitor image (glibc-based) with the node binary and the installed package added.
FROM ${KAPACITOR_IMAGE}
# The official node binary needs only glibc, libstdc++ and libgcc from the base image, which it has.
COPY --from=app /usr/local/bin/node /usr/local/bin/node
COPY --from=app /opt/kapacitor-ads /opt/kapacitor-ads
RUN ln -sf /opt/kapacitor-ads/lib/node_modules/kapacitor-ads/dist/udf/main.js /usr/local/bin/kapacitor-ads \
 && ln -sf /opt/kapacitor-ads/lib/node_modules/kapacitor-ads/dist/scripts/printer_data.js /usr/local/bin/kapacitor-ads-printer-data \
 && ln -sf /opt/kapacitor-ads/lib/node_modules/kapacitor-ads/dist/alert/alert_twilio.js /usr/local/bin/kapacitor-ads-twilio
# Baked in so the image works alone; compose also mounts the file so edits need no rebuild.
COPY kapacitor/kapacitor.conf /etc/kapacitor/kapacitor.conf
# The UDF needs no particular working directory; this one makes README's
# `kapacitor define ads_demo -tick tick/ads_demo.tick` work in `docker compose exec` (the package ships tick/).
WORKDIR /opt/kapacitor-ads/lib/node_modules/kapacitor-ads
# Fail the build, not the first task, if Node or the UDF cannot load on this base.
# (The CLI writes its help to stderr: stdout is reserved for the UDF protocol.)
RUN node --version && kapacitor-ads --help
