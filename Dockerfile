# Self-hosted AsyncAPI Studio: a static export served by nginx. See docs/self-hosting.md.
#   docker build -t asyncapi-studio .
#   docker run --rm -p 8080:8080 asyncapi-studio
# Build arguments (all optional):
#   STUDIO_BASE_PATH            serve below a sub-path, e.g. /studio (the export is placed under it)
#   STUDIO_CSP_CONNECT_SRC      extra origins the studio may fetch from (?url= links, external $refs, the Try
#                               panel's HTTP, SSE and Kafka-bridge endpoints), space-separated, e.g.
#                               "https://raw.githubusercontent.com https://api.example.com wss://broker.example.com"
#   STUDIO_CSP_LIVE_WEBSOCKETS  "off" leaves ws: and wss: out of connect-src (the Try panel then reaches only
#                               the brokers listed in STUDIO_CSP_CONNECT_SRC); default on
#   STUDIO_CSP_FRAME_ANCESTORS  who may embed the studio in a frame: 'self' (default), 'none', or origins
#   STUDIO_CSP_REMOTE           'off' keeps https: and loopback http: out of connect-src (own origin only)

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG STUDIO_BASE_PATH=""
ARG STUDIO_CSP_CONNECT_SRC=""
ARG STUDIO_CSP_FRAME_ANCESTORS="'self'"
ARG STUDIO_CSP_REMOTE=""
ARG STUDIO_CSP_LIVE_WEBSOCKETS="on"
ENV STUDIO_BASE_PATH=${STUDIO_BASE_PATH} \
    STUDIO_CSP_CONNECT_SRC=${STUDIO_CSP_CONNECT_SRC} \
    STUDIO_CSP_FRAME_ANCESTORS=${STUDIO_CSP_FRAME_ANCESTORS} \
    STUDIO_CSP_REMOTE=${STUDIO_CSP_REMOTE} \
    STUDIO_CSP_LIVE_WEBSOCKETS=${STUDIO_CSP_LIVE_WEBSOCKETS}
# The same script CI runs: next build (static export to out/), then the CSP and precompression step.
RUN npm run build \
 && mkdir -p /site${STUDIO_BASE_PATH} \
 && cp -a out/. /site${STUDIO_BASE_PATH}/

FROM nginx:1.27-alpine
COPY nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/.build/nginx-csp.conf /etc/nginx/studio-csp.conf
COPY --from=build /site/ /usr/share/nginx/html/
RUN rm -f /etc/nginx/conf.d/default.conf \
 && mkdir -p /tmp/nginx \
 && nginx -t \
 && chown -R nginx:nginx /tmp/nginx
USER nginx
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1
CMD ["nginx", "-g", "daemon off;"]
