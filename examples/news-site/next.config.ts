import type { NextConfig } from 'next';

/**
 * The site is its own project inside the plugin's repository (not an npm workspace): its root
 * is this folder, whatever lock files the folders above hold.
 */
const nextConfig: NextConfig = {
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  poweredByHeader: false,
};

export default nextConfig;
