import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { withBasePath } from '@/lib/web/routes';
import './globals.css';

// The site's icon, under the base path a project site has (public/icon.svg; Next.js's app/icon.svg
// convention would link it from the domain's root).
export const metadata: Metadata = { icons: { icon: [{ url: withBasePath('/icon.svg'), type: 'image/svg+xml', sizes: 'any' }] } };

// Each root below (the language-choice page, [locale]/layout, not-found) renders its own
// <html>, so that every page carries the right lang attribute.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
