import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PointRulesDto } from 'src/points/dto/point-rules.dto';
import { toRules } from 'src/points/point-rules.service';
import { flattenValidationErrors } from 'src/common/validation/validation.pipe';

const valid = {
  pointsPerHour: 10,
  wishPoints: { 1: 0, 2: 2, 3: 5, 4: 8, 5: 10 },
  categoryMultipliers: { elder_care: 1.2 },
  pairMonthlyCap: 3,
  volunteerMonthlyCap: null,
  monthlyIssuanceBudget: 5000,
  expiry: { mode: 'months', months: 12 },
};

const fieldsOf = (input: object) =>
  flattenValidationErrors(
    validateSync(plainToInstance(PointRulesDto, input), {
      whitelist: true,
      forbidNonWhitelisted: true,
    }),
  ).map((e) => e.field);

describe('point rules validation', () => {
  it('accepts a complete rule set and normalizes it', () => {
    expect(fieldsOf(valid)).toEqual([]);
    expect(toRules(plainToInstance(PointRulesDto, valid))).toEqual({
      ...valid,
      maxPointsPerAward: 500,
      backfillDays: 30,
      expiry: { mode: 'months', months: 12 },
    });
    expect(
      toRules(plainToInstance(PointRulesDto, { ...valid, maxPointsPerAward: 80, backfillDays: 7 })),
    ).toMatchObject({ maxPointsPerAward: 80, backfillDays: 7 });
    expect(
      toRules(plainToInstance(PointRulesDto, { ...valid, expiry: { mode: 'none' } })).expiry,
    ).toEqual({ mode: 'none' });
  });

  it.each([
    [{ wishPoints: { 1: 0, 2: 2, 3: 5, 4: 8 } }, 'wishPoints.5'],
    [{ wishPoints: { 1: -1, 2: 2, 3: 5, 4: 8, 5: 10 } }, 'wishPoints.1'],
    [{ pairMonthlyCap: 1.5 }, 'pairMonthlyCap'],
    [{ volunteerMonthlyCap: -3 }, 'volunteerMonthlyCap'],
    [{ monthlyIssuanceBudget: 2 ** 31 }, 'monthlyIssuanceBudget'],
    [{ maxPointsPerAward: 0 }, 'maxPointsPerAward'],
    [{ backfillDays: 400 }, 'backfillDays'],
    [{ expiry: { mode: 'decade' } }, 'expiry.mode'],
    [{ expiry: { mode: 'months', months: 0 } }, 'expiry.months'],
    [{ categoryMultipliers: { elder_care: -1 } }, 'categoryMultipliers'],
    [{ extra: true }, 'extra'],
  ])('rejects %j at %s', (change, field) => {
    expect(fieldsOf({ ...valid, ...change })).toContain(field);
  });
});
