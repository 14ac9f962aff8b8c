// Types for tests that read next.config.mjs (tests/unit/next-config.test.ts).
import type { NextConfig } from 'next';

declare const config: (phase: string) => NextConfig;
export default config;
