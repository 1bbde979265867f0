# The confgraph app (API + web explorer) on Node 20; docker-compose.yml pairs it with Neo4j 5.26.
# Two stages: the build stage has the dev dependencies (tsc, Vite) and compiles; the image that runs has only the
# production dependencies and the compiled JavaScript (dist/, web/dist), no TypeScript sources and no build tools.

FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
# Install scripts are left out: nothing the build needs runs one (the `prepare` build runs below, with the sources).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
# Type-checked compile of the Node code to dist/ and the Vite bundle in web/dist.
RUN node bin/build.js

FROM node:20-slim
# The container's port must be reachable from outside it: listen on every interface. Adding posts then needs
# CONFGRAPH_WRITE_TOKEN (POST /api/posts answers 403 without one, 401 without the right bearer token).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
RUN chown node:node /app
USER node
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build --chown=node:node /src/dist ./dist
COPY --from=build --chown=node:node /src/web/dist ./web/dist
COPY --from=build --chown=node:node /src/bin ./bin
COPY --from=build --chown=node:node /src/data/posts ./data/posts
COPY --from=build --chown=node:node /src/data/LANDSCAPE-NOTICE.md /src/data/landscape-LICENSE ./data/

EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/server/main.js"]
