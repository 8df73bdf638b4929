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

# The operators' command line (`linli db migrate`, `linli kafka topics create`, `linli projections
# rebuild`, `linli dlq …`) that the Kubernetes Jobs run: docker build --target cli -t linli/cli .
# The CLI runs its TypeScript through tsx (as `npx linli` does in the repository), so tsx joins the
# production dependencies; its cache goes to /tmp (an emptyDir under a read-only root filesystem).
FROM production-deps AS cli-deps
RUN npm install --prefix /opt/tsx --no-audit --no-fund "tsx@$(node -p "require('./package.json').devDependencies.tsx")" \
 && cp -rn /opt/tsx/node_modules/. node_modules/ && rm -rf /opt/tsx && npm cache clean --force

FROM node:${NODE_VERSION}-bookworm-slim AS cli
ENV NODE_ENV=production
WORKDIR /app
COPY --from=cli-deps /app/node_modules node_modules
COPY package.json tsconfig.json tsconfig.base.json ./
COPY libs libs
COPY docs/asyncapi.json docs/asyncapi.json
COPY tools/cli tools/cli
RUN ln -s /app/tools/cli/linli.mjs /usr/local/bin/linli
USER node
ENTRYPOINT ["linli"]

# The services (the default target): docker build --build-arg APP=disputes -t linli/disputes .
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
