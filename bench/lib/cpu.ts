import { readFileSync, readdirSync } from 'node:fs';

/** CPU seconds (user + system) a process has used so far, from /proc; null off Linux. */
export function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The local MariaDB or MySQL server's process id, when it runs on this machine. */
export function databaseServerPid(): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (name === 'mariadbd' || name === 'mysqld') return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

/**
 * Milliseconds of CPU per request that each watched process spent during `work`: where a
 * difference in throughput on a machine whose cores are all busy comes from.
 */
export async function cpuPerRequest<T extends { requestsPerSecond: number }>(
  pids: Record<string, number | null>,
  seconds: number,
  work: () => Promise<T>,
): Promise<{ result: T; msPerRequest: Record<string, number | null> }> {
  const before = Object.fromEntries(
    Object.entries(pids).map(([k, pid]) => [k, pid ? cpuSeconds(pid) : null]),
  );
  const result = await work();
  const requests = Math.max(result.requestsPerSecond * seconds, 1);
  const msPerRequest = Object.fromEntries(
    Object.entries(pids).map(([k, pid]) => {
      const start = before[k];
      const end = pid ? cpuSeconds(pid) : null;
      return [
        k,
        start === null || end === null
          ? null
          : Math.round(((end - start) * 1000 * 100) / requests) / 100,
      ];
    }),
  );
  return { result, msPerRequest };
}
