# The companion as a container (ADR 28). The build stage has the dev dependencies (TypeScript)
# and assembles the same lean artifact App Service runs (`npm run package`); the runtime stage is
# node:22-slim with that artifact only: no compiler, no test tools, no sources.
# docker build -t bpkc-companion . && docker run -p 8080:8080 --env-file companion.env bpkc-companion

FROM node:22-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY shared-types/package.json shared-types/
COPY companion-service/package.json companion-service/
COPY sandbox/package.json sandbox/
COPY test/package.json test/
COPY kentico-admin-module/Client/package.json kentico-admin-module/Client/
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.base.json ./
COPY shared-types shared-types
COPY companion-service companion-service
COPY scripts scripts
COPY docs/mapping.example.json docs/
RUN node scripts/package-companion.mjs --no-zip

FROM node:22-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATA_DIR=/data/companion
WORKDIR /app
COPY --from=build --chown=root:root /src/artifact/ ./
# The embedded store (single instance, no DATABASE_URL) writes here; mount a volume to keep it.
RUN mkdir -p /data/companion && chown -R node:node /data
VOLUME /data
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "companion-service/dist/main.js"]
