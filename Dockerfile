# syntax=docker/dockerfile:1.7
# Tawasul (تواصل): the server runs from its TypeScript sources through tsx (decision 002), so the
# image holds the server's sources, its production dependencies and the built web app.
# Build: docker build -t tawasul .   Run: see docker-compose.yml and docs/operator-guide.md.

# ---- 1. dependencies and the web app's build (dev dependencies included)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/package.json
COPY web/package.json web/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- 2. production dependencies only
FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/package.json
COPY web/package.json web/package.json
RUN npm ci --omit=dev --workspace server --include-workspace-root --no-audit --no-fund

# ---- 3. the runtime: no compilers, no dev dependencies, not root
FROM node:20-bookworm-slim AS runtime
# pg_dump/pg_restore for `tawasul backup`/`restore` against PostgreSQL 15; curl-free health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-15 tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=8080 \
    TAWASUL_DATA_DIR=/var/lib/tawasul \
    TAWASUL_PG_BIN_DIR=/usr/lib/postgresql/15/bin
WORKDIR /app
# node_modules of the root and of the server workspace (npm hoists most of them to the root).
COPY --from=prod-deps --chown=root:root /app ./
COPY --chown=root:root server ./server
COPY --from=build --chown=root:root /app/web/dist ./web/dist
# The code belongs to root and is read-only for the app; only the data directory is writable.
RUN groupadd --system --gid 10001 tawasul \
 && useradd --system --uid 10001 --gid tawasul --home-dir /var/lib/tawasul --shell /usr/sbin/nologin tawasul \
 && mkdir -p /var/lib/tawasul && chown tawasul:tawasul /var/lib/tawasul \
 && ln -s /app/server/bin/tawasul.mjs /usr/local/bin/tawasul
USER tawasul:tawasul
VOLUME ["/var/lib/tawasul"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# tini passes SIGTERM to node and reaps children; the server stops within 10 s (Docker's default grace).
ENTRYPOINT ["/usr/bin/tini", "--", "node", "/app/server/bin/tawasul.mjs"]
CMD ["start"]
