import type { NextConfig } from 'next';

// A base path (e.g. /studio) lets the static export be served below a sub-folder.
const basePath = process.env.STUDIO_BASE_PATH || undefined;

const nextConfig: NextConfig = {
  output: 'export',
  basePath,
  reactStrictMode: true,
  images: { unoptimized: true },
  productionBrowserSourceMaps: false,
  // `npm test` type-checks the whole project once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    // @asyncapi/parser and friends reference Node's fs; the browser never needs it.
    resolveAlias: {
      fs: { browser: './lib/shims/empty.ts' },
    },
  },
};

export default nextConfig;
