import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { operationId } from 'src/openapi/openapi';

/**
 * Static check that the document lists every error code a route's code can throw: it follows
 * each controller method through the services it calls (resolved by type), collects every
 * `new XError(...)` and `XError.field(...)` on the way, reads each error class's code from its
 * `super('CODE', ...)`, and compares with the committed openapi.json. The e2e contract check
 * catches the codes the suites provoke; this catches a new throw that no test provokes yet.
 * It over-approximates (a shared helper's every throw counts for every caller): a route then
 * declares a code it may never give, which costs a client nothing.
 */
const ROOT = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

interface Body {
  throws: Set<string>;
  calls: Set<string>;
}

function analyse(): Map<string, Set<string>> {
  const program = ts.createProgram(sources(join(ROOT, 'src')), {
    target: ts.ScriptTarget.ES2022,
    experimentalDecorators: true,
    baseUrl: ROOT,
    paths: { 'src/*': ['src/*'] },
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const codeOf = new Map<string, string>(); // error class → its code, or `extends:Base`
  const bodies = new Map<string, Body>(); // `Class.method` or `<fn>.name` → what it does

  const record = (key: string, node: ts.Node, self: string | undefined) => {
    const body: Body = { throws: new Set(), calls: new Set() };
    bodies.set(key, body);
    const walk = (n: ts.Node): void => {
      if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText())) {
        body.throws.add(n.expression.getText());
      }
      if (ts.isCallExpression(n)) {
        const e = n.expression;
        if (ts.isIdentifier(e)) body.calls.add(`<fn>.${e.text}`);
        if (ts.isPropertyAccessExpression(e)) {
          const target = e.expression.getText();
          if (/Error$/.test(target)) body.throws.add(target);
          const cls = checker.getTypeAtLocation(e.expression).getSymbol()?.getName();
          if (e.expression.kind === ts.SyntaxKind.ThisKeyword && self) {
            body.calls.add(`${self}.${e.name.text}`);
          } else if (cls) body.calls.add(`${cls}.${e.name.text}`);
        }
      }
      n.forEachChild(walk);
    };
    node.forEachChild(walk);
  };

  for (const file of program.getSourceFiles()) {
    if (relative(ROOT, file.fileName).startsWith('node_modules')) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isClassDeclaration(n) && n.name) {
        const name = n.name.text;
        const base = n.heritageClauses?.[0]?.types[0]?.expression.getText();
        if (base) codeOf.set(name, `extends:${base}`);
        for (const member of n.members) {
          if (ts.isConstructorDeclaration(member)) {
            member.body?.forEachChild(function find(x): void {
              const first = ts.isCallExpression(x) ? x.arguments[0] : undefined;
              if (ts.isCallExpression(x) && x.expression.kind === ts.SyntaxKind.SuperKeyword) {
                // AppError's first argument is the code; subclasses of its subclasses pass a
                // message first, and keep their base's code.
                if (first && ts.isStringLiteral(first) && /^[A-Z_]+$/.test(first.text)) {
                  codeOf.set(name, first.text);
                }
              }
              x.forEachChild(find);
            });
          } else if (
            (ts.isMethodDeclaration(member) || ts.isPropertyDeclaration(member)) &&
            member.name
          ) {
            record(`${name}.${member.name.getText()}`, member, name);
          }
        }
      }
      if (ts.isFunctionDeclaration(n) && n.name) record(`<fn>.${n.name.text}`, n, undefined);
      if (
        ts.isVariableDeclaration(n) &&
        ts.isIdentifier(n.name) &&
        n.initializer &&
        (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))
      ) {
        record(`<fn>.${n.name.text}`, n.initializer, undefined);
      }
      n.forEachChild(visit);
    };
    visit(file);
  }

  const resolve = (cls: string, seen = new Set<string>()): string => {
    if (cls === 'Error') return 'INTERNAL';
    const code = codeOf.get(cls);
    if (!code || seen.has(cls)) return `unknown error class ${cls}`;
    seen.add(cls);
    return code.startsWith('extends:') ? resolve(code.slice(8), seen) : code;
  };
  const reach = (key: string, seen: Set<string>, out: Set<string>) => {
    const body = bodies.get(key);
    if (!body || seen.has(key)) return;
    seen.add(key);
    for (const cls of body.throws) out.add(resolve(cls));
    for (const call of body.calls) reach(call, seen, out);
  };
  const byMethod = new Map<string, Set<string>>();
  for (const key of bodies.keys()) {
    const [cls, method] = key.split('.');
    if (!cls.endsWith('Controller')) continue;
    const out = new Set<string>();
    reach(key, new Set(), out);
    byMethod.set(operationId(cls, method), out);
  }
  return byMethod;
}

describe('error codes the code can throw', () => {
  it('are each listed by the operation that can throw them', () => {
    const doc = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, { operationId: string; responses: object }>>;
    };
    const thrown = analyse();
    const missing: string[] = [];
    let checked = 0;
    for (const item of Object.values(doc.paths)) {
      for (const op of Object.values(item)) {
        const codes = thrown.get(op.operationId);
        if (!codes) continue;
        checked++;
        const listed = JSON.stringify(op.responses);
        for (const code of codes)
          if (!listed.includes(`"${code}"`)) missing.push(`${op.operationId}: ${code}`);
      }
    }
    expect(checked).toBeGreaterThan(70);
    expect(missing).toEqual([]);
  }, 60_000);
});
