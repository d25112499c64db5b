import { InvalidStateError } from 'src/common/errors/app-error';
import { nextVolunteerStatus } from 'src/communities/volunteers.service';

describe('volunteer status machine', () => {
  it.each([
    ['pending', 'approve', 'approved'],
    ['suspended', 'approve', 'approved'],
    ['pending', 'suspend', 'suspended'],
    ['approved', 'suspend', 'suspended'],
  ] as const)('%s --%s--> %s', (from, decision, to) => {
    expect(nextVolunteerStatus(from, decision)).toBe(to);
  });

  it.each([
    ['approved', 'approve'],
    ['suspended', 'suspend'],
  ] as const)('refuses %s --%s', (from, decision) => {
    expect(() => nextVolunteerStatus(from, decision)).toThrow(InvalidStateError);
  });
});
