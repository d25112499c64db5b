import { ValidationError } from 'class-validator';
import { flattenValidationErrors } from 'src/common/validation/validation.pipe';

const err = (
  property: string,
  value: unknown,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
) => Object.assign(new ValidationError(), { property, value, constraints, children });

describe('flattenValidationErrors', () => {
  it('names nested object fields with dots and array items with brackets', () => {
    const errors = [
      err('phone', 'x', { matches: 'phone is bad' }),
      err('wishPoints', { 1: 0 }, undefined, [
        err('3', undefined, { isInt: '3 must be an integer' }),
      ]),
      err('items', [{}], undefined, [
        err('0', {}, undefined, [err('name', '', { min: 'name is empty' })]),
      ]),
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'phone', messages: ['phone is bad'] },
      { field: 'wishPoints.3', messages: ['3 must be an integer'] },
      { field: 'items[0].name', messages: ['name is empty'] },
    ]);
  });
});
