# One image recipe for every Linli service: docker build --build-arg APP=disputes -t linli/disputes .
ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.build.json ./
COPY apps apps
COPY libs libs
RUN npx tsc -p tsconfig.build.json

FROM node:${NODE_VERSION}-bookworm-slim AS production-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_VERSION}-bookworm-slim
ARG APP
RUN test -n "${APP}" || (echo "build with --build-arg APP=<organizations|disputes|property-services|ratings>" && false)
ENV NODE_ENV=production APP=${APP}
WORKDIR /app
COPY --from=production-deps /app/node_modules node_modules
COPY package.json tsconfig.base.json ./
COPY tools/runtime tools/runtime
COPY --from=build /src/dist dist
USER node
# exec: the service itself gets SIGTERM and drains (graceful shutdown).
CMD ["sh", "-c", "exec node --enable-source-maps --import ./tools/runtime/register.mjs dist/apps/${APP}/src/main.js"]
