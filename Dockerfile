# One image, two roles: `node api/dist/api/src/main.js` (API + web) or `.../worker.js`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.base.json ./
COPY scoring/package.json scoring/
COPY api/package.json api/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx tsc -b scoring api && npm run build -w web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production WEB_DIST_DIR=/app/web/dist
COPY --from=build /app /app
EXPOSE 4000
CMD ["node", "api/dist/api/src/main.js"]
