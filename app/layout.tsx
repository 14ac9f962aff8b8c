import type { ReactNode } from 'react';
import './globals.css';

// Each root below (the language-choice page, [locale]/layout, not-found) renders its own
// <html>, so that every page carries the right lang attribute.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
