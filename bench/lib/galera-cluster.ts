import { ChildProcess, execFile, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';

const run = promisify(execFile);

export const GALERA_PROVIDER = '/usr/lib/galera/libgalera_smm.so';
const USER = 'app';
const PASSWORD = 'cluster-app-pw';

/** Why a Galera cluster cannot be started here, or null when it can. */
export function galeraUnavailable(): string | null {
  if (!existsSync(GALERA_PROVIDER)) return `no ${GALERA_PROVIDER} (apt-get install galera-4)`;
  if (!existsSync('/usr/bin/rsync')) return 'no rsync for state transfers (apt-get install rsync)';
  if (!existsSync('/usr/sbin/mariadbd'))
    return 'no /usr/sbin/mariadbd (apt-get install mariadb-server)';
  if (userInfo().uid !== 0) return 'needs root, to run the nodes as the mysql user';
  return null;
}

interface Node {
  index: number;
  dir: string;
  port: number;
  child: ChildProcess | null;
}

/** A joiner's state transfer failed and the node waits for a restart. */
class TransferFailed extends Error {}

/** Whether the node's log, from byte `from` on, says its state transfer failed for good. */
function transferFailedSince(log: string, from: number): boolean {
  const text = readFileSync(log).subarray(from).toString();
  return text.includes('SST request callback failed') || text.includes('restart required');
}

/**
 * A private three-node MariaDB Galera cluster for tests and benchmarks: its own data
 * directories, sockets and ports under a temporary directory, run as the `mysql` user, state
 * transferred by rsync — never the machine's shared server. Node 0 bootstraps the cluster; the
 * others join by a full state transfer and, after a crash, rejoin by an incremental one.
 */
export class GaleraCluster {
  private readonly nodes: Node[];

  private constructor(
    private readonly root: string,
    private readonly basePort: number,
    size: number,
  ) {
    this.nodes = Array.from({ length: size }, (_, index) => ({
      index,
      dir: join(root, `node${index}`),
      port: basePort + index,
      child: null,
    }));
  }

  /**
   * Starts `size` nodes. Ports: basePort + i for SQL, and three more per node above basePort +
   * 100 for group communication, incremental and full state transfer.
   */
  static async start(basePort: number, size = 3): Promise<GaleraCluster> {
    const why = galeraUnavailable();
    if (why) throw new Error(`Cannot start a Galera cluster: ${why}`);
    const root = mkdtempSync('/tmp/vp-galera-');
    chmodSync(root, 0o755);
    const cluster = new GaleraCluster(root, basePort, size);
    const { uid, gid } = await mysqlUser();
    for (const node of cluster.nodes) {
      mkdirSync(join(node.dir, 'data'), { recursive: true });
      chownSync(node.dir, uid, gid);
      chownSync(join(node.dir, 'data'), uid, gid);
    }
    await run('mariadb-install-db', [
      '--no-defaults',
      '--user=mysql',
      `--datadir=${join(cluster.nodes[0].dir, 'data')}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    await cluster.startNode(0, { bootstrap: true });
    await cluster.admin(0, [
      `CREATE USER '${USER}'@'127.0.0.1' IDENTIFIED BY '${PASSWORD}'`,
      `GRANT ALL ON *.* TO '${USER}'@'127.0.0.1'`,
    ]);
    for (let i = 1; i < size; i++) await cluster.startNode(i);
    return cluster;
  }

  get size(): number {
    return this.nodes.length;
  }

  /** The app's DATABASE_URL for a database through node `i`. */
  url(i: number, database: string): string {
    return `mysql://${USER}:${PASSWORD}@127.0.0.1:${this.nodes[i].port}/${database}`;
  }

  async createDatabase(name: string): Promise<void> {
    await this.admin(0, [
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    ]);
  }

  /**
   * Starts node `i` and waits until it is synced and primary. A joiner whose state transfer
   * fails ("restart required": once, on this 2-core machine, its rsync daemon died as it
   * started) is stopped and started again, as an operator would, on another transfer port.
   */
  async startNode(i: number, { bootstrap = false } = {}): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const logFrom = this.logSize(i);
      this.spawnNode(i, bootstrap, attempt);
      try {
        await this.waitSynced(i, 120_000, logFrom);
        return;
      } catch (err) {
        if (attempt >= 2 || !(err instanceof TransferFailed)) throw err;
        await this.killNode(i);
      }
    }
  }

  private logSize(i: number): number {
    const log = join(this.nodes[i].dir, 'error.log');
    return existsSync(log) ? statSync(log).size : 0;
  }

  private spawnNode(i: number, bootstrap: boolean, attempt: number): void {
    const node = this.nodes[i];
    // The full state transfer's port: its own range on a retry, away from whatever held it.
    const sstPort = attempt === 0 ? this.groupPort(i) + 2 : this.basePort + 200 + i * 3 + attempt;
    const peers = this.nodes.map((n) => `127.0.0.1:${this.groupPort(n.index)}`).join(',');
    node.child = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        '--user=mysql',
        `--datadir=${join(node.dir, 'data')}`,
        `--socket=${join(node.dir, 'mysqld.sock')}`,
        `--pid-file=${join(node.dir, 'mysqld.pid')}`,
        `--log-error=${join(node.dir, 'error.log')}`,
        `--port=${node.port}`,
        '--bind-address=127.0.0.1',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=128M',
        '--innodb-flush-log-at-trx-commit=2',
        '--max-connections=300',
        '--binlog-format=ROW',
        '--default-storage-engine=InnoDB',
        '--innodb-autoinc-lock-mode=2',
        '--wsrep-on=ON',
        `--wsrep-provider=${GALERA_PROVIDER}`,
        '--wsrep-cluster-name=vp-test',
        `--wsrep-cluster-address=gcomm://${bootstrap ? '' : peers}`,
        `--wsrep-node-address=127.0.0.1:${this.groupPort(i)}`,
        `--wsrep-node-name=node${i}`,
        '--wsrep-sst-method=rsync',
        `--wsrep-sst-receive-address=127.0.0.1:${sstPort}`,
        '--wsrep-slave-threads=4',
        `--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:${this.groupPort(i)};ist.recv_addr=127.0.0.1:${this.groupPort(i) + 1};gcache.size=128M`,
      ],
      { stdio: 'ignore' },
    );
  }

  /** Kills node `i` (SIGKILL: a crash) and waits for its exit. */
  async killNode(i: number): Promise<void> {
    const child = this.nodes[i].child;
    this.nodes[i].child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGKILL');
    });
  }

  /** `SHOW STATUS` of node `i`'s wsrep state, or null when it does not answer. */
  async wsrep(i: number): Promise<Record<string, string> | null> {
    try {
      const conn = await createConnection({
        host: '127.0.0.1',
        port: this.nodes[i].port,
        user: USER,
        password: PASSWORD,
        connectTimeout: 1_000,
      });
      try {
        const [rows] = await conn.query(`SHOW GLOBAL STATUS LIKE 'wsrep_%'`);
        return Object.fromEntries(
          (rows as { Variable_name: string; Value: string }[]).map((r) => [
            r.Variable_name,
            r.Value,
          ]),
        );
      } finally {
        await conn.end();
      }
    } catch {
      return null;
    }
  }

  /**
   * Holds node `i`'s applying of replicated writes for `ms` (a global read lock pauses its
   * applier), as a node that lags behind the others would: a read through it without causal
   * waiting returns what it had before. Resolves once the lock is taken.
   */
  async pauseApplying(i: number, ms: number): Promise<void> {
    const conn = await createConnection({
      host: '127.0.0.1',
      port: this.nodes[i].port,
      user: USER,
      password: PASSWORD,
    });
    await conn.query('FLUSH TABLES WITH READ LOCK');
    setTimeout(() => {
      void conn
        .query('UNLOCK TABLES')
        .finally(() => conn.end())
        .catch(() => undefined);
    }, ms);
  }

  async stop(): Promise<void> {
    // All at once; a node that does not stop within 30 s of SIGTERM (one whose state transfer
    // failed can hang in its shutdown) is killed, so no node outlives the cluster.
    await Promise.all(
      this.nodes.map(async (node) => {
        const child = node.child;
        node.child = null;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((done) => child.once('exit', () => done()));
        child.kill('SIGTERM');
        const late = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(late);
      }),
    );
    rmSync(this.root, { recursive: true, force: true });
  }

  private groupPort(i: number): number {
    return this.basePort + 100 + i * 3;
  }

  private async waitSynced(i: number, timeoutMs: number, logFrom = 0): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const log = join(this.nodes[i].dir, 'error.log');
    for (;;) {
      const child = this.nodes[i].child;
      if (child && child.exitCode !== null) throw new Error(`Galera node ${i} exited (see ${log})`);
      if (existsSync(log) && transferFailedSince(log, logFrom))
        throw new TransferFailed(`Galera node ${i}'s state transfer failed (see ${log})`);
      const status = await this.wsrepAsRoot(i);
      if (status?.wsrep_local_state === '4' && status.wsrep_cluster_status === 'Primary') return;
      if (Date.now() > deadline)
        throw new Error(
          `Galera node ${i} did not sync (see ${join(this.nodes[i].dir, 'error.log')})`,
        );
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** Through the node's socket as root: works before the app's user exists. */
  private async wsrepAsRoot(i: number): Promise<Record<string, string> | null> {
    try {
      const { stdout } = await run('mariadb', [
        `--socket=${join(this.nodes[i].dir, 'mysqld.sock')}`,
        '-uroot',
        '-N',
        '-e',
        "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state', 'wsrep_cluster_status')",
      ]);
      return Object.fromEntries(
        stdout
          .trim()
          .split('\n')
          .map((line) => line.split('\t') as [string, string]),
      );
    } catch {
      return null;
    }
  }

  private async admin(i: number, statements: string[]): Promise<void> {
    await run('mariadb', [
      `--socket=${join(this.nodes[i].dir, 'mysqld.sock')}`,
      '-uroot',
      '-e',
      statements.join('; '),
    ]);
  }
}

async function mysqlUser(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', 'mysql']), run('id', ['-g', 'mysql'])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}
