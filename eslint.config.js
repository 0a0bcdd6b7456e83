// @ts-check
// Lint for the whole repository: the SPA (TypeScript and Angular templates), the contract,
// the mock backend, e2e tests, build scripts and benchmarks. `npm run test:lint` runs it.
// CommonJS because package.json has no "type": "module" (karma.conf.js needs CommonJS);
// as an ES module this file would make Node warn on every run.
const { readdirSync } = require('node:fs');
const { dirname, isAbsolute, relative, resolve } = require('node:path');
const js = require('@eslint/js');
const { defineConfig, globalIgnores } = require('eslint/config');
const angular = require('angular-eslint');
const globals = require('globals');
const tseslint = require('typescript-eslint');

const root = __dirname;
const appDir = resolve(root, 'src/app');

/** Every folder under src/app except core/ and shared/ is a feature, including ones added later. */
const features = readdirSync(appDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['core', 'shared'].includes(entry.name))
  .map((entry) => entry.name);

/**
 * The contract's plain-constant modules (limits, statuses): the only part of the contract the SPA
 * may import values from. They import nothing, so no TypeBox can reach the bundle through them.
 */
const contractConstants = 'contract/constants';

/**
 * Import boundaries resolved against real paths, so `../../feedback/x`, `src/app/feedback/x`
 * (tsconfig baseUrl) and `@contract/x` are all caught whatever the importing file's depth.
 * A zone forbids files under `target` to import anything under `from` except under `except`;
 * `typeOnly` lets type-only imports through, for the SPA's use of the contract.
 * @typedef {{ target: string, from: string, message: string, typeOnly?: boolean,
 *   except?: string[] }} Zone
 */
/** @type {Zone[]} */
const zones = [
  ...features.flatMap((feature) =>
    features
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `src/app/${feature}`,
        from: `src/app/${other}`,
        message: `Features never import each other: ${feature} may reach ${other} through its URL only.`,
      })),
  ),
  ...['core', 'shared'].flatMap((area) =>
    features.map((feature) => ({
      target: `src/app/${area}`,
      from: `src/app/${feature}`,
      message:
        area === 'core'
          ? `core/ never imports a feature (${feature}); features plug into the shell through routes.`
          : `shared/ never imports a feature (${feature}); pass what it needs in through inputs.`,
    })),
  ),
  {
    target: 'src',
    from: 'contract',
    typeOnly: true,
    except: [contractConstants],
    message: `The SPA takes the contract with \`import type\` only, so TypeBox stays out of the bundle; values come from ${contractConstants}/.`,
  },
  { target: 'src', from: 'mock-backend', message: 'The SPA talks to the backend over HTTP only.' },
  { target: 'mock-backend', from: 'src', message: 'The mock backend does not import the SPA.' },
  { target: 'contract', from: 'src', message: 'The contract stands alone: no imports from src/.' },
  {
    target: 'contract',
    from: 'mock-backend',
    message: 'The contract stands alone: no imports from mock-backend/.',
  },
];

const pathAliases = [['@contract/', 'contract/']];

/** @param {string} child @param {string} parent */
const isInside = (child, parent) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** @param {string} specifier @param {string} importer */
function resolveSpecifier(specifier, importer) {
  if (specifier.startsWith('.')) return resolve(dirname(importer), specifier);
  for (const [alias, target] of pathAliases) {
    if (specifier.startsWith(alias)) return resolve(root, target + specifier.slice(alias.length));
  }
  // tsconfig's baseUrl is the repository root, so `src/app/x` resolves from there.
  const first = specifier.split('/')[0];
  if (['src', 'contract', 'mock-backend'].includes(first)) return resolve(root, specifier);
  return null;
}

/**
 * A constant module imports nothing at all: whatever it imported, the SPA would bundle.
 * @param {import('eslint').Rule.RuleContext} context
 */
function constantsImportNothing(context) {
  /** @param {any} node */
  const report = (node) =>
    context.report({
      node: node.source ?? node,
      messageId: 'restricted',
      data: {
        message: `${contractConstants}/ holds plain values the SPA imports: it imports nothing itself.`,
      },
    });
  return {
    ImportDeclaration: report,
    ExportNamedDeclaration: (/** @type {any} */ node) => node.source && report(node),
    ExportAllDeclaration: report,
    ImportExpression: report,
    'CallExpression[callee.name="require"]': report,
  };
}

/** @type {import('eslint').Rule.RuleModule} */
const restrictedPaths = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps features, core, shared, contract and backend apart.' },
    schema: [],
    messages: { restricted: '{{message}}' },
  },
  create(context) {
    const importer = resolve(context.filename);
    if (isInside(importer, resolve(root, contractConstants)))
      return constantsImportNothing(context);
    const applicable = zones.filter((zone) => isInside(importer, resolve(root, zone.target)));
    if (applicable.length === 0) return {};

    /** @param {any} node @param {any} source @param {boolean} typeOnly */
    const check = (node, source, typeOnly) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = resolveSpecifier(source.value, importer);
      if (!target) return;
      for (const zone of applicable) {
        if (!isInside(target, resolve(root, zone.from))) continue;
        if (zone.except?.some((allowed) => isInside(target, resolve(root, allowed)))) continue;
        if (zone.typeOnly && typeOnly) continue;
        context.report({ node: source, messageId: 'restricted', data: { message: zone.message } });
        return;
      }
    };

    /** @param {any} node */
    const allTypes = (node) =>
      node.importKind === 'type' ||
      node.exportKind === 'type' ||
      (node.specifiers?.length > 0 &&
        node.specifiers.every(
          (/** @type {any} */ s) => s.importKind === 'type' || s.exportKind === 'type',
        ));

    return {
      ImportDeclaration: (node) => check(node, node.source, allTypes(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, allTypes(node)),
      ExportAllDeclaration: (node) => check(node, node.source, allTypes(node)),
      ImportExpression: (node) => check(node, node.source, false),
    };
  },
};

const portal = { rules: { 'restricted-paths': restrictedPaths } };

module.exports = defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    '.angular/',
    'coverage/',
    'test-results/',
    'playwright-report/',
    'blob-report/',
    '.data/',
    'out-tsc/',
    'bench/results/',
    // Sources the boundary rule must refuse; lint/restricted-paths.test.ts lints them on purpose.
    'lint/fixtures/',
  ]),
  {
    name: 'portal/javascript',
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'portal/commonjs',
    files: ['karma.conf.js', 'eslint.config.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    name: 'portal/typescript',
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended, tseslint.configs.stylistic],
    plugins: { portal },
    rules: {
      'portal/restricted-paths': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Deliberate no-ops (an overridden hook, a swallowed promise) are common and read fine.
      '@typescript-eslint/no-empty-function': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    name: 'portal/spa',
    files: ['src/**/*.ts'],
    extends: [angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    languageOptions: { globals: globals.browser },
    rules: {
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'app', style: 'kebab-case' },
      ],
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'app', style: 'camelCase' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-inject': 'error',
      '@angular-eslint/prefer-output-readonly': 'error',
      '@angular-eslint/no-input-rename': 'error',
      // The browser console is for the global error handler, not for leftovers.
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    name: 'portal/spa-specs',
    files: ['src/**/*.spec.ts'],
    languageOptions: { globals: globals.jasmine },
  },
  {
    name: 'portal/templates',
    files: ['src/**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
    rules: {
      '@angular-eslint/template/prefer-control-flow': 'error',
      '@angular-eslint/template/prefer-class-binding': 'error',
      '@angular-eslint/template/button-has-type': 'error',
      '@angular-eslint/template/no-positive-tabindex': 'error',
    },
  },
  {
    name: 'portal/node',
    files: [
      'mock-backend/**/*.ts',
      'contract/**/*.ts',
      'scripts/**',
      'bench/**',
      'e2e/**',
      'lint/**',
      '*.ts',
    ],
    languageOptions: { globals: globals.node },
  },
);
