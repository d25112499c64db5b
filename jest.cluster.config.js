/**
 * `npm run test:cluster` (root, with galera-4 and rsync installed; the app must be built): a
 * private three-node Galera cluster and three app instances (test/cluster).
 */
const base = require('./jest.config.js');

module.exports = {
  testTimeout: 300000,
  projects: [
    {
      ...base.projects[1],
      displayName: 'cluster',
      testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'],
    },
  ],
};
