import localFont from 'next/font/local';

// Ontario Design System fonts, subset to the characters French and English need by
// `npm run fonts` (scripts/subset-fonts.mjs) from its npm package into app/fonts/: generated
// files, committed, so nothing is fetched or computed at build time.
//
// Three files, all on the first screen of every page, so all three are preloaded: Open Sans 400
// (text, the navigation), Open Sans 600 (the language toggle, labels) and Raleway 700 (the site
// name, headings). The 600 face also answers bold (700) requests — a few captions and the memo
// heading — rather than shipping a fourth file; nothing is set in italic (a browser would slant
// the upright face if a page ever asked for it).
//
// The metric-matched fallbacks shown until the fonts arrive are declared in globals.css (Open Sans
// Fallback, Raleway Fallback) rather than by next/font, whose fallback is local(Arial) only: on
// systems with Liberation Sans instead of Arial (most Linux desktops) the text would first be set
// in a wider font and move when the fonts arrive.
export const openSans = localFont({
  src: [
    { path: './fonts/open-sans-400.woff2', weight: '400', style: 'normal' },
    { path: './fonts/open-sans-600.woff2', weight: '600 700', style: 'normal' },
  ],
  variable: '--font-open-sans',
  display: 'swap',
  preload: true,
  adjustFontFallback: false,
});

export const raleway = localFont({
  src: [{ path: './fonts/raleway-modified-700.woff2', weight: '700', style: 'normal' }],
  variable: '--font-raleway',
  display: 'swap',
  preload: true,
  adjustFontFallback: false,
});
