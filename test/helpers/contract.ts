import type { INestApplication } from '@nestjs/common';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { buildOpenApiDocument } from 'src/openapi/openapi';
import type { Json } from 'src/openapi/refine-document';

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  responses: Json;
  requestBody?: Json;
}

/**
 * Checks every answer against the OpenAPI document the app serves: the status must be one the
 * operation lists, the media type one it lists for that status, and a JSON body must match its
 * schema (objects are closed, so an undocumented field fails too).
 */
export class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly operations: Operation[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: document.components }, 'openapi');
    for (const [template, item] of Object.entries(document.paths as Json)) {
      const pattern = new RegExp(
        `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]*')}$`,
      );
      for (const [method, op] of Object.entries(item as Json)) {
        const { responses, requestBody } = op as { responses: Json; requestBody?: Json };
        this.operations.push({
          method: method.toUpperCase(),
          template,
          pattern,
          responses,
          requestBody,
        });
      }
    }
    // Literal segments win over parameters: /wishes/mine before /wishes/{id}.
    const params = (o: Operation) => o.template.split('{').length;
    this.operations.sort((a, b) => params(a) - params(b));
  }

  private find(method: string, path: string): Operation | undefined {
    return this.operations.find((o) => o.method === method && o.pattern.test(path));
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let v = this.validators.get(key);
    if (!v) {
      const rewritten = JSON.parse(
        JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/'),
      ) as object;
      v = this.ajv.compile(rewritten);
      this.validators.set(key, v);
    }
    return v;
  }

  /** The contract breaches of one answer, empty when it matches. */
  problems(
    method: string,
    url: string,
    res: Pick<Response, 'status' | 'headers' | 'body' | 'text'>,
  ) {
    const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
    const op = this.find(method, path);
    const where = `${method} ${path} → ${res.status}`;
    if (!op) {
      // Pages, assets and the docs are not API operations; an unknown API path is a plain 404.
      if (!path.startsWith('/api/')) return [];
      return res.status === 404
        ? this.body(where, 'notFound', { $ref: '#/components/schemas/ErrorBody' }, res)
        : [`${where}: no operation in the document`];
    }
    const response = op.responses[String(res.status)] as Json | undefined;
    if (!response) return [`${where}: status not documented for ${op.method} ${op.template}`];
    const content = response.content as Json | undefined;
    const type = String(res.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    const hasBody =
      Number(res.headers['content-length'] ?? 0) > 0 ||
      (res.text ?? '').length > 0 ||
      Buffer.isBuffer(res.body);
    if (!content) return hasBody ? [`${where}: documented without a body, but has one`] : [];
    const media = content[type] as Json | undefined;
    if (!media) return [`${where}: media type ${type || '(none)'} not documented`];
    if (type !== 'application/json') return hasBody ? [] : [`${where}: empty ${type} body`];
    return this.body(
      `${where} (${op.template})`,
      `${op.method} ${op.template} ${res.status}`,
      media.schema,
      res,
    );
  }

  /**
   * The request side, judged by the answer: a request the app accepted (2xx) must be one the
   * document allows — its body present where the document requires one, and a JSON body valid
   * against the schema — or clients written from the document are told less than the app does.
   */
  requestProblems(method: string, url: string, status: number, sent: unknown): string[] {
    if (status < 200 || status >= 300) return [];
    const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
    const op = this.find(method, path);
    const body = op?.requestBody;
    if (!op || !body) return [];
    const where = `${method} ${path} → ${status} (${op.template})`;
    if (sent === undefined || sent === null)
      return body.required === false
        ? []
        : [`${where}: accepted without the body the document requires`];
    if (typeof sent !== 'object' || Buffer.isBuffer(sent)) return [];
    const media = (body.content as Json | undefined)?.['application/json'] as Json | undefined;
    if (!media?.schema) return [];
    const validate = this.validator(`${op.method} ${op.template} request`, media.schema);
    if (validate(sent)) return [];
    return (validate.errors ?? []).map(
      (e) =>
        `${where}: accepted a request body the document refuses: body${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  }

  private body(where: string, key: string, schema: unknown, res: Pick<Response, 'body'>) {
    const validate = this.validator(key, schema);
    if (validate(res.body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${where}: body${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
    );
  }
}

let cached: Contract | undefined;

/** The contract of the app under test (the document depends on the code only: built once). */
export function contractOf(app: INestApplication): Contract {
  cached ??= new Contract(buildOpenApiDocument(app));
  return cached;
}

/**
 * An answer Prism made itself instead of forwarding (it refuses some requests a server would
 * see, e.g. an empty path segment): not the app's answer, so not the app's contract.
 */
function fromPrism(res: Response): boolean {
  const type = String(res.headers['content-type'] ?? '');
  const body = res.body as { type?: unknown } | undefined;
  return (
    type.startsWith('application/problem+json') &&
    typeof body?.type === 'string' &&
    body.type.startsWith('https://stoplight.io/prism/errors')
  );
}

/** What Stoplight Prism's proxy (CONTRACT_PROXY=prism) says of the answer, in its header. */
function prismViolations(res: Response): string[] {
  const header = res.headers['sl-violations'];
  if (typeof header !== 'string') return [];
  const list = JSON.parse(header) as { location: string[]; message: string }[];
  return list
    .filter((v) => v.location[0] === 'response')
    .map((v) => `Prism: ${v.location.join('.')}: ${v.message}`);
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
const METHODS: Method[] = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * The supertest agent every e2e test uses, with the contract check as the first assertion of
 * each request: any answer that breaks the document fails the test that caused it.
 */
export function contractChecked(http: TestAgent, contract: Contract): TestAgent {
  return new Proxy(http, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (
        typeof prop !== 'string' ||
        !METHODS.includes(prop as Method) ||
        typeof value !== 'function'
      )
        return value;
      return (url: string, ...rest: unknown[]) => {
        const test = (value as (u: string, ...r: unknown[]) => ReturnType<TestAgent['get']>).call(
          target,
          url,
          ...rest,
        );
        return test.expect((res: Response) => {
          if (fromPrism(res)) return;
          const sent = (test as unknown as { _data?: unknown })._data;
          const problems = [
            ...contract.problems(prop.toUpperCase(), url, res),
            ...contract.requestProblems(prop.toUpperCase(), url, res.status, sent),
            ...prismViolations(res),
          ];
          if (problems.length) throw new Error(`API contract broken:\n${problems.join('\n')}`);
        });
      };
    },
  });
}
