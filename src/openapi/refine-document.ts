import { CONTRACT } from 'src/common/decorators/api-errors.decorator';
import type { ErrorCode } from 'src/common/errors/app-error';
import {
  byStatus,
  ERROR_SCHEMAS,
  errorCodesFor,
  errorResponse,
  MUTATING_METHODS,
} from 'src/openapi/error-responses';

export type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Path parameters named like this are UUIDs (IdParam validates them). */
const ID_PARAM = /^(id|[a-z][A-Za-z]*Id)$/;

const TAGS: Record<string, string> = {
  health: 'Liveness and readiness, outside /api/v1',
  auth: 'Registration, login, token refresh and the caller’s profile',
  communities: 'Communities, grids, members and volunteers',
  wishes: 'Micro-wishes (微心愿): posting, review, claiming, completion and rating',
  public: 'What a grid QR code leads to: anonymous intake, tracking and rating',
  points: 'Balances, the ledger, adjustments and point rules',
  store: 'The points store (积分超市): catalogue, reservations, pickup and the counter',
  'service-hours': 'Activities, sign-ups, check-in and out, attendance and service records',
  reports: 'Dashboard, grid ratings, leaderboards, exports and the audit log',
};

/**
 * OpenAPI 3.1 schemas for what @nestjs/swagger writes in 3.0 terms: `nullable: true` becomes a
 * `null` in `type` (and `enum`), a nullable reference becomes `oneOf [ref, null]`. Objects
 * built from our DTO classes are closed: the validation pipe refuses unknown request fields,
 * and a response field the document does not name is a contract break.
 */
function refineSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(refineSchema);
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === 'example' || k === 'default' || k === 'enum' ? v : refineSchema(v);
  }
  if (out.nullable === true) {
    delete out.nullable;
    const allOf = out.allOf;
    if (Array.isArray(allOf) && allOf.length === 1) {
      delete out.allOf;
      delete out.type;
      out.oneOf = [allOf[0], { type: 'null' }];
    } else if (out.$ref) {
      out.oneOf = [{ $ref: out.$ref }, { type: 'null' }];
      delete out.$ref;
    } else if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    }
  }
  if (out.type === 'object' && isObject(out.properties) && !('additionalProperties' in out)) {
    out.additionalProperties = false;
  }
  return out;
}

function operationFacts(method: string, op: Json): Parameters<typeof errorCodesFor>[0] {
  const params = Array.isArray(op.parameters) ? (op.parameters as Json[]) : [];
  return {
    method,
    isPublic: op[CONTRACT.public] === true,
    throttled: op[CONTRACT.throttled] === true,
    hasRoles: Array.isArray(op[CONTRACT.roles]),
    hasPathParams: params.some((p) => p.in === 'path'),
    hasQuery: params.some((p) => p.in === 'query'),
    declared: (op[CONTRACT.errors] as ErrorCode[] | undefined) ?? [],
  };
}

function refineParameters(method: string, op: Json): Json[] {
  const params = (Array.isArray(op.parameters) ? (op.parameters as Json[]) : []).filter(
    (p) => !(p.in === 'header' && String(p.name).toLowerCase() === 'idempotency-key'),
  );
  for (const p of params) {
    p.schema = refineSchema(p.schema);
    if (p.in === 'path' && ID_PARAM.test(String(p.name))) {
      p.schema = { type: 'string', format: 'uuid' };
    }
  }
  if (MUTATING_METHODS.has(method)) {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Repeat a request safely: the same key from the same caller has one effect and gets ' +
        'the first answer again (with `Idempotent-Replay: true`); the same key with another ' +
        'request is 422.',
      schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source },
    });
  }
  return params;
}

/** 2xx content: JSON keeps its schema, images are binary, CSV is text. */
function refineSuccess(method: string, response: Json): Json {
  const content = isObject(response.content) ? response.content : undefined;
  const out: Json = { ...response, description: response.description || 'OK' };
  if (content) {
    const media: Json = {};
    for (const [type, value] of Object.entries(content)) {
      if (type === 'application/json') media[type] = refineSchema(value);
      else if (type.startsWith('image/'))
        media[type] = { schema: { type: 'string', format: 'binary' } };
      else media[type] = { schema: { type: 'string' } };
    }
    out.content = media;
  }
  if (MUTATING_METHODS.has(method)) {
    out.headers = {
      'Idempotent-Replay': {
        description: 'Present when this is the stored answer to an earlier request with the key',
        schema: { type: 'string', enum: ['true'] },
      },
    };
  }
  return out;
}

function describeRoles(op: Json): void {
  const roles = op[CONTRACT.roles];
  if (!Array.isArray(roles)) return;
  const who = `Roles: ${roles.join(', ')} (the platform admin always may).`;
  op.description = typeof op.description === 'string' ? `${op.description}\n\n${who}` : who;
}

function refineOperation(method: string, op: Json): Json {
  const facts = operationFacts(method, op);
  const responses: Json = {};
  for (const [status, response] of Object.entries(isObject(op.responses) ? op.responses : {})) {
    if (Number(status) < 400) responses[status] = refineSuccess(method, response as Json);
  }
  for (const [status, codes] of byStatus(errorCodesFor(facts))) {
    responses[String(status)] = errorResponse(status, codes);
  }
  describeRoles(op);
  const out: Json = { ...op, parameters: refineParameters(method, op), responses };
  if (!out.description && typeof out.summary === 'string') out.description = out.summary;
  out.security = facts.isPublic ? [{}, { bearer: [] }] : [{ bearer: [] }];
  if (isObject(out.requestBody)) out.requestBody = refineSchema(out.requestBody);
  for (const key of Object.values(CONTRACT)) delete out[key];
  return out;
}

/**
 * A body whose fields are all optional may be left out: the validation pipe reads a missing
 * body as `{}` (approving a service record with no correction, say), so the document must not
 * call it required.
 */
function markOptionalBody(op: Json, schemas: Json): void {
  const body = op.requestBody;
  if (!isObject(body) || !isObject(body.content)) return;
  const media = body.content['application/json'];
  const schema = isObject(media) ? media.schema : undefined;
  const ref = isObject(schema) && typeof schema.$ref === 'string' ? schema.$ref : null;
  const target = ref ? (schemas[ref.split('/').pop()!] as Json | undefined) : undefined;
  if (!target || target.type !== 'object') return;
  const required = Array.isArray(target.required) ? target.required : [];
  if (required.length === 0) body.required = false;
}

/**
 * Turns what @nestjs/swagger generates from the decorators into the exact contract: OpenAPI
 * 3.1, every error each operation can answer (codes listed per status), Idempotency-Key on
 * every mutating operation, UUID path ids, binary and text bodies described as such, security
 * per operation, and closed object schemas.
 */
export function refineDocument(doc: Json): Json {
  const paths: Json = {};
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const refined: Json = {};
    for (const [key, value] of Object.entries(item as Json)) {
      refined[key] = HTTP_METHODS.includes(key) ? refineOperation(key, value as Json) : value;
    }
    paths[path] = refined;
  }
  const components = isObject(doc.components) ? doc.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  delete schemas.ErrorResponse;
  const refinedSchemas: Json = {};
  for (const [name, schema] of Object.entries({ ...schemas, ...ERROR_SCHEMAS })) {
    refinedSchemas[name] = refineSchema(schema);
  }
  for (const item of Object.values(paths))
    for (const op of Object.values(item as Json)) markOptionalBody(op as Json, refinedSchemas);
  const usedTags = new Set<string>();
  for (const item of Object.values(paths))
    for (const op of Object.values(item as Json))
      for (const tag of ((op as Json).tags as string[] | undefined) ?? []) usedTags.add(tag);
  return {
    openapi: '3.1.0',
    info: doc.info,
    servers: [{ url: '/', description: 'The server that serves this document' }],
    security: [{ bearer: [] }],
    tags: [...usedTags].map((name) => ({ name, description: TAGS[name] ?? name })),
    paths,
    components: {
      ...components,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The accessToken from POST /api/v1/auth/login',
        },
      },
      schemas: refinedSchemas,
    },
  };
}
