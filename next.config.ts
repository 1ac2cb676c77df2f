import type { NextConfig } from 'next';
import { modelinaAliases } from './lib/shims/moduleAliases';

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
    // @asyncapi/parser, Modelina and friends reference Node's fs; the browser never needs it.
    resolveAlias: {
      fs: { browser: './lib/shims/fs.ts' },
      ...modelinaAliases,
    },
  },
};

export default nextConfig;
