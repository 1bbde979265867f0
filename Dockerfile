# The confgraph app (API + web explorer) on Node 20; docker-compose.yml pairs it with Neo4j 5.26.
FROM node:20-slim

ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
RUN chown node:node /app
USER node

# Dependencies first, so source edits reuse this layer. Dev dependencies stay: `npm start` runs
# TypeScript through tsx and rebuilds the web app with Vite if web/ is newer than web/dist.
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --include=dev --no-audit --no-fund

COPY --chown=node:node . .
RUN npm run build

EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npm", "start"]
