/**
 * Whether a Galera node may serve: its `wsrep_%` status, as `SHOW GLOBAL STATUS` gives it. A
 * node serves when it is ready, synced (local state 4) and part of the primary component; a
 * joining, donating or isolated node answers 1047 or stale reads, so it must report not ready
 * and the load balancer send its traffic elsewhere.
 */
export const WSREP_SYNCED = '4';

export function wsrepProblem(status: Record<string, string>): string | null {
  if (status.wsrep_ready !== 'ON') return 'wsrep_ready is not ON';
  if (status.wsrep_cluster_status !== 'Primary')
    return `not in the primary component (${status.wsrep_cluster_status ?? 'unknown'})`;
  if (status.wsrep_local_state !== WSREP_SYNCED)
    return `not synced (${status.wsrep_local_state_comment ?? status.wsrep_local_state ?? 'unknown'})`;
  return null;
}
