// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons stay outside the server bundle: resvg ships a prebuilt .node binary per platform,
  // better-sqlite3 is compiled on install.
  serverExternalPackages: ['@resvg/resvg-js', 'better-sqlite3', 'satori'],
  poweredByHeader: false,
  // The app's build checks the app's types; `npm run typecheck` checks tests and benchmarks as well.
  typescript: { tsconfigPath: './tsconfig.build.json' },
  // Metadata always goes in the <head> of the first bytes: link-preview crawlers of every kind read it there.
  htmlLimitedBots: /.*/,
  // Fonts and emoji are read from node_modules at render time; make sure the standalone trace keeps them.
  outputFileTracingIncludes: {
    '/api/cards/[resultId]/[file]': ['./node_modules/@fontsource/**/*.woff', './node_modules/@twemoji/svg/*.svg'],
    '/api/studio/quizzes/[id]/preview-card': ['./node_modules/@fontsource/**/*.woff', './node_modules/@twemoji/svg/*.svg'],
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      {
        // No site may frame Ripple's pages, except the embed pages (/embed/<slug>…): the proxy gives those a
        // frame-ancestors with exactly their workspace's origins.
        source: '/:path((?!embed(?:/|$)).*)',
        headers: [
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
