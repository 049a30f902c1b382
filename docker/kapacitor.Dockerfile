# syntax=docker/dockerfile:1
# Kapacitor 1.8 plus Node 20 and this project at /app, so kapacitord can start the UDF exactly as
# kapacitor/kapacitor.conf says: `node --import tsx /app/udf/main.ts` (and `... --batch` for ads_batch).
# Build context is the repository root:
#   docker build -f docker/kapacitor.Dockerfile -t kapacitor-ads:local .
# (docker/compose.yml does this for you.)

ARG NODE_IMAGE=node:20-bookworm-slim
ARG KAPACITOR_IMAGE=kapacitor:1.8

# Stage 1: the project with its runtime dependencies, installed by the real npm from the lock file.
FROM ${NODE_IMAGE} AS app
WORKDIR /app
COPY package.json package-lock.json ./
# Runtime dependencies only: tsx is one of them, because the UDF runs its TypeScript sources directly.
RUN npm ci --omit=dev --no-audit --no-fund
# Explicit paths (not `COPY . .`) so a host node_modules can never end up in the image, whichever builder runs.
COPY tsconfig.json ./
COPY udf ./udf
COPY tools ./tools
COPY alert ./alert
COPY scripts ./scripts
COPY tick ./tick
COPY model ./model

# Stage 2: the official Kapacitor image (glibc-based) with the node binary and the project added.
FROM ${KAPACITOR_IMAGE}
# The official node binary needs only glibc, libstdc++ and libgcc from the base image, which it has.
COPY --from=app /usr/local/bin/node /usr/local/bin/node
COPY --from=app /app /app
# Baked in so the image works alone; compose also mounts the file so edits need no rebuild.
COPY kapacitor/kapacitor.conf /etc/kapacitor/kapacitor.conf
# Kapacitor starts UDF processes in its own working directory and Node resolves `--import tsx` from the
# working directory, so kapacitord must run in /app. (The entrypoint keeps it when it drops to the
# `kapacitor` user.) It also makes `kapacitor define ads_demo -tick tick/ads_demo.tick` work in `exec`.
WORKDIR /app
# Fail the build, not the first task, if Node, tsx or an import of the UDF cannot load on this base.
# (The CLI writes its help to stderr: stdout is reserved for the UDF protocol.)
RUN node --version && node --import tsx udf/main.ts --help
