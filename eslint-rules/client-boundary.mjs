/*
 * Client code never reaches the server-only layers. A file is client code when it starts with the
 * 'use client' directive (wherever it lives, route-private _components included) or lives where only client
 * code lives (components/, lib/query/). Type-only imports are erased at build time and stay allowed.
 */
const SERVER_ONLY = /^@\/lib\/(catalog|db|auth|env|emulator)(\/|$)|^@aws-sdk\//;

function isClientFile(context, program) {
  const file = context.filename.replaceAll('\\', '/');
  if (/\/(components|lib\/query)\//.test(file) && !/\.test\.tsx?$/.test(file)) return true;
  const first = program.body[0];
  return first?.type === 'ExpressionStatement' && first.directive === 'use client';
}

const clientBoundary = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Client code must not import lib/catalog, lib/db, lib/auth, lib/env, lib/emulator or the AWS SDK.',
    },
    schema: [],
  },
  create(context) {
    let client = false;
    return {
      Program(node) {
        client = isClientFile(context, node);
      },
      ImportDeclaration(node) {
        if (!client || node.importKind === 'type') return;
        if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type')) return;
        const from = String(node.source.value);
        if (SERVER_ONLY.test(from)) {
          context.report({
            node: node.source,
            message: `Client code must not import ${from}: it is server-only (lib/catalog, lib/db, lib/auth, lib/env, lib/emulator, the AWS SDK).`,
          });
        }
      },
    };
  },
};

/** Nothing in lib/ imports components/ (types included): the domain never depends on the UI. */
const libBelowComponents = {
  meta: { type: 'problem', docs: { description: 'lib/ must not import components/.' }, schema: [] },
  create(context) {
    const file = context.filename.replaceAll('\\', '/');
    if (!/\/lib\//.test(file)) return {};
    return {
      ImportDeclaration(node) {
        const from = String(node.source.value);
        if (/^@\/components(\/|$)/.test(from) || /^(\.\.\/)+components\//.test(from)) {
          context.report({
            node: node.source,
            message: `lib/ must not import ${from}: move what both need into lib/.`,
          });
        }
      },
    };
  },
};

const plugin = { rules: { 'client-boundary': clientBoundary, 'lib-below-components': libBelowComponents } };
export default plugin;
