import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  {
    ignores: ['node_modules/**', '.next/**', '.next-cache/**', 'out/**', '.contentlayer/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'reports/**', '.integration/**'],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  // CommonJS on purpose: preloaded with NODE_OPTIONS=--require (scripts/measure/cpu-profile-preload.cjs).
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
];

export default config;
