import localFont from 'next/font/local';

// Ontario Design System fonts, self-hosted from its npm package: nothing is fetched at build time.
// next/font needs literal paths, hence the repetition.
export const openSans = localFont({
  src: [
    { path: '../node_modules/@ongov/ontario-design-system-global-styles/dist/fonts/open-sans-400/open-sans-400.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@ongov/ontario-design-system-global-styles/dist/fonts/open-sans-400--italic/open-sans-400--italic.woff2', weight: '400', style: 'italic' },
    { path: '../node_modules/@ongov/ontario-design-system-global-styles/dist/fonts/open-sans-600/open-sans-600.woff2', weight: '600', style: 'normal' },
    { path: '../node_modules/@ongov/ontario-design-system-global-styles/dist/fonts/open-sans-700/open-sans-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-open-sans',
  display: 'swap',
});

export const raleway = localFont({
  src: [{ path: '../node_modules/@ongov/ontario-design-system-global-styles/dist/fonts/raleway-modified-700/raleway-modified-700.woff2', weight: '700', style: 'normal' }],
  variable: '--font-raleway',
  display: 'swap',
});
