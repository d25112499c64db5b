import { wsrepProblem } from 'src/health/cluster-node';

describe('wsrepProblem', () => {
  const synced = {
    wsrep_ready: 'ON',
    wsrep_cluster_status: 'Primary',
    wsrep_local_state: '4',
    wsrep_local_state_comment: 'Synced',
  };

  it('lets a ready, synced node of the primary component serve', () => {
    expect(wsrepProblem(synced)).toBeNull();
  });

  it('keeps a joining, donating, isolated or unready node out', () => {
    expect(wsrepProblem({ ...synced, wsrep_ready: 'OFF' })).toMatch(/wsrep_ready/);
    expect(wsrepProblem({ ...synced, wsrep_cluster_status: 'non-Primary' })).toMatch(/primary/);
    expect(
      wsrepProblem({
        ...synced,
        wsrep_local_state: '2',
        wsrep_local_state_comment: 'Donor/Desynced',
      }),
    ).toMatch(/Donor/);
    expect(wsrepProblem({ ...synced, wsrep_local_state: '1' })).toMatch(/not synced/);
    expect(wsrepProblem({})).not.toBeNull();
  });
});
