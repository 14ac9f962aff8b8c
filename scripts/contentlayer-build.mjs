// What `contentlayer2 build` does (contentlayer.config.ts → .contentlayer/generated), without the
// one thing its command line adds: it switches on Effect-TS execution tracing at start-up, which
// captures a trace at every fiber fork, about a third of Contentlayer's time on large content
// (decisions 34 and 73). Errors are reported and the exit code set exactly as the command does,
// by Contentlayer's own runMain. Run by scripts/content.ts for large content (from 100 memos, or
// LARGE_CONTENT=1; scripts/large-content.mjs), with the config's path as argument.
import * as core from '@contentlayer2/core';
import { pipe, T } from '@contentlayer2/utils/effect';

await pipe(
  core.getConfig({ configPath: process.argv[2] }),
  T.chain((config) => core.generateDotpkg({ config, verbose: false })),
  T.tap(core.logGenerateInfo),
  core.runMain({ tracingServiceName: 'contentlayer-cli', verbose: process.env.CL_DEBUG !== undefined }),
);
