import { jsonShapeProblem, MAX_JSON_DEPTH } from 'src/common/validation/json-body';

const nested = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

describe('JSON body shape', () => {
  it('accepts ordinary bodies up to the depth limit', () => {
    expect(jsonShapeProblem({ rating: 5, onBehalfOf: { name: 'x', phone: '1' } })).toBeNull();
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH))).toBeNull();
  });

  it('refuses one level deeper, and deep bodies without recursing; width is fine', () => {
    expect(jsonShapeProblem(nested(MAX_JSON_DEPTH + 1))).toMatch(/deeper/);
    expect(jsonShapeProblem(nested(200_000))).toMatch(/deeper/);
    expect(jsonShapeProblem(Array.from({ length: 200_000 }, () => [0]))).toBeNull();
  });
});
