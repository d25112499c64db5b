/**
 * `npm run test:reliability` (MariaDB/MySQL at DATABASE_URL; the app must be built): the fault
 * suites in test/reliability, which run the app as processes, plus the fuzzing and the
 * authorization matrix suites, which `npm test` also runs on both engines.
 */
const base = require('./jest.config.js');

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      ...base.projects[1],
      displayName: 'reliability',
      testMatch: [
        '<rootDir>/test/reliability/**/*.rel-spec.ts',
        '<rootDir>/test/fuzz.e2e-spec.ts',
        '<rootDir>/test/authorization.e2e-spec.ts',
      ],
    },
  ],
};
