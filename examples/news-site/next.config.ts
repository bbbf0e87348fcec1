import type { NextConfig } from 'next';

/**
 * The site is its own project inside the plugin's repository (not an npm workspace): its root
 * is this folder, whatever lock files the folders above hold.
 */
const nextConfig: NextConfig = {
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  poweredByHeader: false,
  // Metadata (hreflang alternates, canonical, title) in the first bytes of every page's <head>,
  // for every client: a news page's alternates must not depend on the reader being a known bot.
  htmlLimitedBots: /.*/,
};

export default nextConfig;
