import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Plain files for any static host or CDN: no server, no middleware.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  // Authors open the dev server as localhost; allow 127.0.0.1 too so hot reload is not refused.
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  // Next.js prerenders with cpus - 1 workers: one on this 2-core machine. Two halve the time of
  // large exports (npm run bench) while the main process mostly waits.
  experimental: { cpus: 2 },
};

export default withNextIntl(nextConfig);
