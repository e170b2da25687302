# The rolefit queue worker. Built by docker-compose.yml; scale it with `docker compose up --scale worker=N`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY workers ./workers
COPY taxonomy ./taxonomy
# `npm ci` runs the `prepare` script, which compiles TypeScript into dist/.
RUN npm ci && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/taxonomy ./taxonomy
USER node
# SIGTERM lets running jobs finish before the worker exits (see docker-compose stop_grace_period).
STOPSIGNAL SIGTERM
CMD ["node", "dist/workers/resume-worker.js"]
