import type { NextConfig } from 'next';
// Modules Modelina imports at load time for inputs the studio never uses (the TypeScript compiler, two more
// copies of the AsyncAPI parser, OpenAPI readers): stubs in the browser bundle, and in the unit tests too.
import modelinaAliases from './lib/shims/modelinaAliases.json';

// The parser's two exponential walks, bounded (see scripts/parserWalks.cjs).
const parserWalks = { loaders: ['./scripts/parserWalks.cjs'], as: '*.js' };

// A base path (e.g. /studio) lets the static export be served below a sub-folder.
const basePath = process.env.STUDIO_BASE_PATH || undefined;

const nextConfig: NextConfig = {
  output: 'export',
  basePath,
  reactStrictMode: true,
  // `npm run dev` serves on 127.0.0.1 (as `npm start` does); its live-reload socket must accept that origin.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  images: { unoptimized: true },
  productionBrowserSourceMaps: false,
  // `npm test` type-checks the whole project once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    rules: {
      // Both builds: the preview's React component pulls parts of the CommonJS one.
      '**/node_modules/@asyncapi/parser/{esm,cjs}/iterator.js': parserWalks,
      '**/node_modules/@asyncapi/parser/{esm,cjs}/custom-operations/resolve-circular-refs.js': parserWalks,
    },
    // @asyncapi/parser, Modelina and friends reference Node's fs; the browser never needs it.
    resolveAlias: {
      fs: { browser: './lib/shims/fs.ts' },
      // Every version's schema, twice, wherever the parser is imported: loaded per version on first need instead.
      '@asyncapi/specs': './lib/shims/asyncapiSpecs.ts',
      ...modelinaAliases,
    },
  },
};

export default nextConfig;
