/**
 * What may import what (npm run lint:deps, part of npm test). lib/ is layered: a folder imports
 * only the folders below it, listed in `layers`; each folder's README.md says what lives there.
 * The site's code (app/, components/) never imports the check or the build machinery, and lib/
 * never imports the site's code, scripts or tests.
 */
/** Each lib/ folder and the lib/ folders it may import (besides itself). */
const layers = {
  core: [],
  i18n: ['core'],
  web: ['core', 'i18n'],
  content: ['core', 'i18n', 'web'],
  check: ['core', 'i18n', 'web', 'content'],
  rollout: ['core', 'i18n', 'web', 'content'],
  outputs: ['core', 'i18n', 'web', 'content', 'rollout'],
  review: ['core', 'i18n', 'web', 'content', 'check', 'rollout'],
  editor: ['core', 'i18n', 'web', 'content', 'check', 'rollout', 'review'],
  import: ['core', 'i18n', 'content'],
  build: ['core'],
};

const layerRules = Object.entries(layers).map(([layer, below]) => ({
  name: `lib-${layer}-imports-only-${below.length ? below.join('-') : 'itself'}`,
  comment: `lib/${layer}/ may import ${below.length ? below.map((l) => `lib/${l}/`).join(', ') : 'nothing else in lib/'} (and node_modules); move the code down a layer, or the import up.`,
  severity: 'error',
  from: { path: `^lib/${layer}/` },
  to: { path: '^lib/', pathNot: [`^lib/(${[layer, ...below].join('|')})/`] },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle: modules that need each other cannot be understood, tested or moved one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'lib-not-site-code',
      comment: 'lib/ is the domain in plain TypeScript: it never imports pages, components, scripts or tests.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(app|components|scripts|tests)/' },
    },
    {
      name: 'site-code-not-check-or-build',
      comment: 'Pages and components render the content; the content check and the build machinery run before them (scripts/).',
      severity: 'error',
      from: { path: '^(app|components)/' },
      to: { path: '^lib/(check|build)/' },
    },
    {
      name: 'components-not-pages',
      comment: 'Components are used by pages (app/), never the other way round.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: ['^contentlayer/generated$'] },
    },
  ],
  options: {
    includeOnly: '^(app|components|lib|scripts|tests|contentlayer\\.config\\.ts|next\\.config\\.mjs)',
    exclude: { path: '(^|/)(node_modules|\\.next|\\.contentlayer|out|\\.integration)/' },
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too: a type that crosses a layer couples the layers.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.mjs', '.js', '.cjs', '.json'] },
    skipAnalysisNotInRules: true,
  },
};

// Not part of dependency-cruiser's configuration (it refuses unknown keys): for tests/unit/architecture.test.ts.
Object.defineProperty(module.exports, 'layers', { value: layers, enumerable: false });
