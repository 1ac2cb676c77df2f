// @asyncapi/parser 3.6 walks a document's schemas (to name anonymous ones) and its resolved JSON (to put back
// circular $refs) along every simple path: it forgets an object once the walk leaves it. Schemas that refer to
// one another (an order → its customer → their orders…) have exponentially many such paths, so a plain domain
// model of 30 schemas with three references each never finished parsing. This build step (a webpack loader for
// the browser bundle, a Vite transform for the unit tests) changes two lines of each walk:
// - the schema walk keeps what it has seen: each schema is met once, in the same order, so every schema gets
//   the same name as before (checked on the corpus);
// - the $ref walk keeps its exact behaviour up to a budget of steps far above any real document's (the
//   corpus needs at most ~18,000), then keeps what it has seen too, and a circular $ref its one path does
//   not resolve is resolved in the root document (the parser resolves by the path that reaches a $ref).
'use strict';

/** Steps of the parser's $ref walk before it stops walking an object twice. */
const REF_WALK_BUDGET = 200_000;

const SCHEMA_WALK = /[\\/]@asyncapi[\\/]parser[\\/](esm|cjs)[\\/]iterator\.js$/;
const REF_WALK = /[\\/]@asyncapi[\\/]parser[\\/](esm|cjs)[\\/]custom-operations[\\/]resolve-circular-refs\.js$/;

const edits = [
  {
    file: SCHEMA_WALK,
    from: '    seenSchemas.delete(jsonSchema);\n',
    to: '    // Kept seen (studio build): every schema is met once.\n',
  },
  {
    file: REF_WALK,
    from: "function traverse(data, path, parent, property, ctx) {\n    if (typeof data !== 'object' || !data || ctx.visited.has(data)) {\n",
    to:
      'function traverse(data, path, parent, property, ctx) {\n' +
      '    ctx.steps = (ctx.steps || 0) + 1;\n' +
      "    if (typeof data !== 'object' || !data || (ctx.visited.has(data) && !('$ref' in data))) {\n",
  },
  {
    // Past the budget a $ref whose path no longer resolves it is resolved in the root document, as the
    // parser does for a path in the root document.
    file: REF_WALK,
    from: '        const resolvedRef = retrieveCircularRef(data, path, ctx);\n',
    to: `        const resolvedRef = retrieveCircularRef(data, path, ctx) || (ctx.steps > ${REF_WALK_BUDGET} ? retrieveCircularRef(data, [], ctx) : undefined);\n`,
  },
  {
    file: REF_WALK,
    from: '    ctx.visited.delete(data);\n',
    to: `    if (ctx.steps <= ${REF_WALK_BUDGET}) ctx.visited.delete(data);\n`,
  },
];

/** The parser module's source with the walks bounded; other files unchanged. Throws when an expected line is gone. */
function patchParserWalks(resourcePath, source) {
  const mine = edits.filter((e) => e.file.test(resourcePath));
  let out = source.replace(/\r\n/g, '\n');
  for (const edit of mine) {
    if (!out.includes(edit.from)) {
      throw new Error(`scripts/parserWalks.cjs: ${resourcePath} no longer has the line it bounds; check the parser's walks again after its upgrade.`);
    }
    out = out.replace(edit.from, edit.to);
  }
  return mine.length ? out : source;
}

/** The webpack loader Turbopack runs on the two parser files (next.config.ts). */
function parserWalksLoader(source) {
  return patchParserWalks(this.resourcePath, source);
}

module.exports = parserWalksLoader;
module.exports.patchParserWalks = patchParserWalks;
module.exports.REF_WALK_BUDGET = REF_WALK_BUDGET;
module.exports.SCHEMA_WALK = SCHEMA_WALK;
module.exports.REF_WALK = REF_WALK;
