// Outbound send workload for bench/outbound.sh: the same jobs run by graphile-worker and pg-boss
// (both from npm, pinned in package.json) and, for OpsDesk, the enqueueing and the wait while
// `opsdeskd serve` runs them. Figures only; see bench/outbound.sh.
//
//   node outbound.js graphile-worker|pg-boss|opsdesk --jobs N --concurrency C --run K
//        [--rate R] [--results FILE] [--timeout S]
//   node outbound.js report FILE
//
// One job = read the row it names, POST one text message to {base}/{version}/{phone}/messages
// with the bearer token, then record the returned message id in the database:
//   - OpsDesk: opsdesk.messages → whatsapp.send job → finish_send_job (done by opsdeskd itself);
//   - graphile-worker / pg-boss: a task that reads outbound_bench.sends (id, to, body), POSTs,
//     then UPDATEs that row with the wamid, the time the task started and the time it finished.
// Enqueue: without --rate, all N jobs in one transaction (rows and jobs together); with --rate R,
// one job per transaction at R jobs/s. Figures: jobs/s (N / first enqueue → last completion),
// queue latency (enqueue → start) p50/p95, end-to-end (enqueue → id recorded) p50/p95; the
// enqueue time is the enqueue transaction's now(), as for opsdesk.jobs.created_at.
//
// Environment: DATABASE_URL (the owner), WHATSAPP_API_BASE_URL, WHATSAPP_API_VERSION,
// WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID.
'use strict';

const fs = require('node:fs');
const { Pool, Client } = require('pg');

function parseArgs(argv) {
    const args = { command: argv[0], jobs: 5000, concurrency: 8, run: 1, rate: 0, timeout: 900 };
    for (let i = 1; i < argv.length; i += 2) {
        const key = argv[i].replace(/^--/, '');
        const value = argv[i + 1];
        if (value === undefined) {
            throw new Error(`--${key} needs a value`);
        }
        args[key] = ['results', 'processes'].includes(key) ? value : Number(value);
    }
    return args;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

function env(name) {
    const value = process.env[name];
    if (!value) {
        throw new Error(`${name} is not set`);
    }
    return value;
}

// ---------------------------------------------------------------------------------------------
// The task graphile-worker and pg-boss run (OpsDesk's is services/outboundworker.cpp).

function makeSender(query) {
    const url = `${env('WHATSAPP_API_BASE_URL').replace(/\/$/, '')}/${env('WHATSAPP_API_VERSION')}/` +
        `${env('WHATSAPP_PHONE_NUMBER_ID')}/messages`;
    const headers = {
        Authorization: `Bearer ${env('WHATSAPP_ACCESS_TOKEN')}`,
        'Content-Type': 'application/json',
    };
    let done = 0;
    const sender = async (id) => {
        const started = new Date();
        const { rows } = await query('SELECT to_phone, body FROM outbound_bench.sends WHERE id = $1', [id]);
        if (rows.length !== 1) {
            throw new Error(`send ${id} does not exist`);
        }
        const response = await fetch(url, {
            method: 'POST',
            headers,
            body: JSON.stringify({
                messaging_product: 'whatsapp',
                recipient_type: 'individual',
                to: rows[0].to_phone,
                type: 'text',
                text: { preview_url: false, body: rows[0].body },
            }),
        });
        const text = await response.text();
        if (!response.ok) {
            throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
        }
        const wamid = JSON.parse(text)?.messages?.[0]?.id;
        if (typeof wamid !== 'string' || wamid === '') {
            throw new Error(`no message id in ${text.slice(0, 200)}`);
        }
        await query(
            `UPDATE outbound_bench.sends SET wamid = $2, started_at = $3, finished_at = clock_timestamp(),
                    attempts = attempts + 1
              WHERE id = $1`,
            [id, wamid, started]);
        done += 1;
    };
    sender.done = () => done;
    return sender;
}

// ---------------------------------------------------------------------------------------------
// Enqueueing, the same way for every system.

/// When the one burst transaction committed (wall clock, as PostgreSQL's): from here on the
/// workers can see the jobs.
let committedAt = null;

/// Runs enqueue(client, firstN, count) for all jobs in one transaction, or one per transaction at
/// args.rate jobs/s. Returns the milliseconds the enqueueing took (the one transaction in burst
/// mode, all of them at a steady rate).
async function enqueueAll(client, args, enqueue) {
    const t0 = performance.now();
    if (!args.rate) {
        await client.query('BEGIN');
        await enqueue(client, 1, args.jobs);
        await client.query('COMMIT');
        committedAt = new Date();
        return performance.now() - t0;
    }
    for (let n = 1; n <= args.jobs; ++n) {
        await sleep(t0 + ((n - 1) * 1000) / args.rate - performance.now());
        await client.query('BEGIN');
        await enqueue(client, n, 1);
        await client.query('COMMIT');
    }
    return performance.now() - t0;
}

/// The rows of outbound_bench.sends for jobs first..first+count-1 of this run; returns their ids.
async function insertSends(client, system, run, first, count) {
    const { rows } = await client.query(
        `INSERT INTO outbound_bench.sends (system, run, n, to_phone, body, enqueued_at)
         SELECT $1, $2, g, '9725' || lpad((10000000 + g % $5)::text, 8, '0'), 'Bench ' || g, now()
           FROM generate_series($3::int, $3::int + $4::int - 1) g
         RETURNING id`,
        [system, run, first, count, Number(process.env.OUTBOUND_CONVERSATIONS || 500)]);
    return rows.map((r) => r.id);
}

async function waitUntil(done, timeoutS, what) {
    const deadline = performance.now() + timeoutS * 1000;
    while (!(await done())) {
        if (performance.now() > deadline) {
            throw new Error(`timed out after ${timeoutS} s waiting for ${what}`);
        }
        await sleep(20);
    }
}

// ---------------------------------------------------------------------------------------------
// Figures

const FIGURES = `
    SELECT count(*)::int AS jobs, count(finished_at)::int AS done,
           extract(epoch FROM max(finished_at) - min(enqueued_at))::float8 AS seconds,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM started_at - enqueued_at) * 1000) AS q50,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM started_at - enqueued_at) * 1000) AS q95,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - enqueued_at) * 1000) AS e50,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - enqueued_at) * 1000) AS e95
      FROM `;

async function figures(client, source, params, extra) {
    const { rows } = await client.query(
        FIGURES.replace('AS seconds,', `AS seconds,
           extract(epoch FROM max(finished_at) - $${params.length + 1}::timestamptz)::float8 AS drain_seconds,`) + source,
        [...params, committedAt]);
    const r = rows[0];
    return { ...extra, jobs: r.jobs, done: r.done, seconds: r.seconds, rate: r.done / r.seconds,
             drainRate: committedAt ? r.done / r.drain_seconds : null,
             q50: r.q50, q95: r.q95, e50: r.e50, e95: r.e95 };
}

function record(args, result) {
    const line = JSON.stringify(result);
    if (args.results) {
        fs.appendFileSync(args.results, line + '\n');
    }
    console.log(line);
}

// ---------------------------------------------------------------------------------------------
// The systems

async function runGraphileWorker(args) {
    const { run, Logger } = require('graphile-worker');
    const pool = new Pool({ connectionString: env('DATABASE_URL'), max: args.concurrency + 2 });
    const send = makeSender((text, values) => pool.query(text, values));
    const quiet = new Logger(() => (level, message) => {
        if (level === 'error') {
            console.error(`graphile-worker: ${message}`);
        }
    });
    // A fresh runner per run; its pool of workers runs `concurrency` jobs at a time, woken by its
    // LISTEN on new jobs (and polling every 2 s, the default, for scheduled ones).
    const runner = await run({
        connectionString: env('DATABASE_URL'),
        schema: 'graphile_worker',
        concurrency: args.concurrency,
        maxPoolSize: args.concurrency + 2,
        noHandleSignals: true,
        logger: quiet,
        taskList: { whatsapp_send: async (payload) => send(payload.id) },
    });
    const client = new Client({ connectionString: env('DATABASE_URL') });
    await client.connect();
    try {
        const enqueueMs = await enqueueAll(client, args, async (c, first, count) => {
            const ids = await insertSends(c, 'graphile-worker', args.run, first, count);
            // graphile_worker.add_jobs(job_spec[]): the documented bulk enqueue, inside our transaction.
            await c.query(
                `SELECT graphile_worker.add_jobs(ARRAY(
                     SELECT ROW('whatsapp_send', json_build_object('id', id), NULL, NULL, NULL, NULL,
                                NULL, NULL)::graphile_worker.job_spec
                       FROM unnest($1::bigint[]) AS id))`,
                [ids]);
        });
        await waitUntil(async () => send.done() >= args.jobs, args.timeout, 'graphile-worker');
        record(args, await figures(client, `outbound_bench.sends WHERE system = $1 AND run = $2`,
                                   ['graphile-worker', args.run],
                                   { system: 'graphile-worker', mode: mode(args), run: args.run, enqueueMs }));
    } finally {
        await client.end();
        await runner.stop();
        await pool.end();
    }
}

async function runPgBoss(args) {
    const PgBoss = require('pg-boss');
    const pool = new Pool({ connectionString: env('DATABASE_URL'), max: args.concurrency + 2 });
    const send = makeSender((text, values) => pool.query(text, values));
    const boss = new PgBoss({
        connectionString: env('DATABASE_URL'),
        schema: 'pgboss',
        max: args.concurrency + 2,
        schedule: false, // no cron here
    });
    boss.on('error', (error) => console.error(`pg-boss: ${error.message}`));
    await boss.start();
    await boss.createQueue('whatsapp_send');
    // Concurrency: each work() call adds one polling worker (pg-boss has no LISTEN). With
    // batchSize 1 a worker that found a job would wait out its polling interval before fetching
    // again (8 workers: at most 16 jobs/s at the 0.5 s minimum), so each handler calls
    // notifyWorker() for its own worker: a busy worker fetches again at once, an idle one polls
    // every 0.5 s. PGBOSS_PLAIN=1 leaves that out.
    const plain = process.env.PGBOSS_PLAIN === '1';
    const system = plain ? 'pg-boss (plain polling)' : 'pg-boss';
    const workerIds = [];
    for (let i = 0; i < args.concurrency; ++i) {
        const slot = i;
        workerIds.push(await boss.work('whatsapp_send', { batchSize: 1, pollingIntervalSeconds: 0.5 },
            async ([job]) => {
                await send(job.data.id);
                if (!plain) {
                    boss.notifyWorker(workerIds[slot]);
                }
            }));
    }
    const client = new Client({ connectionString: env('DATABASE_URL') });
    await client.connect();
    const db = { executeSql: (text, values) => client.query(text, values) };
    try {
        const enqueueMs = await enqueueAll(client, args, async (c, first, count) => {
            const ids = await insertSends(c, system, args.run, first, count);
            // boss.insert(): the documented bulk enqueue, on our transaction's connection.
            await boss.insert(ids.map((id) => ({ name: 'whatsapp_send', data: { id } })), { db });
        });
        await waitUntil(async () => send.done() >= args.jobs, args.timeout, 'pg-boss');
        record(args, await figures(client, `outbound_bench.sends WHERE system = $1 AND run = $2`,
                                   [system, args.run],
                                   { system, mode: mode(args), run: args.run, enqueueMs }));
    } finally {
        await client.end();
        await boss.stop({ graceful: true, wait: true, timeout: 10000 });
        await pool.end();
    }
}

/// OpsDesk: `opsdeskd serve` (started by outbound.sh) runs the jobs; this enqueues outbound
/// messages as the owner (each insert enqueues its whatsapp.send job in the same transaction) over
/// the bench conversations, and waits until every job of this run has finished.
async function runOpsDesk(args) {
    const client = new Client({ connectionString: env('DATABASE_URL') });
    await client.connect();
    try {
        const { rows: [{ baseline }] } = await client.query(
            `SELECT coalesce(max(id), 0)::bigint AS baseline FROM opsdesk.jobs`);
        const { rows: [{ conversations }] } = await client.query(
            `SELECT count(*)::int AS conversations FROM outbound_bench.conversations`);
        const enqueueMs = await enqueueAll(client, args, async (c, first, count) => {
            await c.query(
                `INSERT INTO opsdesk.messages (conversation_id, direction, kind, body, status)
                 SELECT b.conversation_id, 'outbound', 'text', 'Bench ' || g, 'queued'
                   FROM generate_series($1::int, $1::int + $2::int - 1) g
                   JOIN outbound_bench.conversations b ON b.k = g % $3`,
                [first, count, conversations]);
        });
        // Cheap to ask while the workers run (the partial indexes of queued and running jobs).
        await waitUntil(async () => {
            const { rows: [r] } = await client.query(
                `SELECT NOT EXISTS (SELECT FROM opsdesk.jobs WHERE status = 'queued' AND queue = 'whatsapp.send' AND id > $1)
                    AND NOT EXISTS (SELECT FROM opsdesk.jobs WHERE status = 'running' AND id > $1) AS done`,
                [baseline]);
            return r.done;
        }, args.timeout, 'opsdeskd serve to finish the send jobs');
        const { rows: [{ failed }] } = await client.query(
            `SELECT count(*) FILTER (WHERE status <> 'succeeded')::int AS failed
               FROM opsdesk.jobs WHERE queue = 'whatsapp.send' AND id > $1`, [baseline]);
        const { rows: [{ sent }] } = await client.query(
            `SELECT count(*)::int AS sent FROM opsdesk.messages m JOIN opsdesk.jobs j
                 ON m.id = (j.payload->>'message_id')::uuid
              WHERE j.id > $1 AND m.status = 'sent' AND m.wa_message_id IS NOT NULL`, [baseline]);
        record(args, await figures(client,
            `(SELECT created_at AS enqueued_at, started_at, finished_at FROM opsdesk.jobs
               WHERE queue = 'whatsapp.send' AND id > $1 AND status = 'succeeded') s`,
            [baseline],
            { system: 'opsdesk', mode: mode(args), run: args.run, enqueueMs, failed, sent,
              processes: args.processes }));
    } finally {
        await client.end();
    }
}

function mode(args) {
    return args.rate ? `steady ${args.rate}/s` : 'burst';
}

// ---------------------------------------------------------------------------------------------
// Report: medians over the runs of each system and mode, and OpsDesk / each.

function median(values) {
    const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    if (v.length === 0) {
        return NaN;
    }
    return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

function report(file) {
    const results = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const modes = [...new Set(results.map((r) => r.mode))];
    const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '-');
    const pad = (s, n) => String(s).padStart(n);
    for (const m of modes) {
        const rows = results.filter((r) => r.mode === m);
        const burst = m === 'burst';
        const systems = [...new Set(rows.map((r) => r.system))];
        const runs = Math.max(...systems.map((s) => rows.filter((r) => r.system === s).length));
        console.log(`\n${m}: ${rows[0].jobs} jobs, medians over ${runs} run(s); latencies in ms (queue = enqueue → job start,` +
                    ' e2e = enqueue → message id recorded)');
        console.log(`${'system'.padEnd(24)}${pad('jobs/s', 8)}${pad(burst ? 'drain/s' : '', 9)}${pad('queue p50', 11)}` +
                    `${pad('p95', 9)}${pad('e2e p50', 10)}${pad('p95', 9)}` +
                    `${pad(burst ? 'enqueue ms' : 'enqueued/s', 12)}  jobs/s of each run`);
        const med = {};
        for (const s of systems) {
            const rs = rows.filter((r) => r.system === s);
            for (const r of rs) {
                r.enqueue = burst ? r.enqueueMs : r.jobs / (r.enqueueMs / 1000);
            }
            med[s] = Object.fromEntries(['rate', 'drainRate', 'q50', 'q95', 'e50', 'e95', 'enqueue']
                .map((k) => [k, median(rs.map((r) => r[k]))]));
            const incomplete = rs.filter((r) => r.done !== r.jobs || r.failed).length;
            console.log(`${s.padEnd(24)}${pad(fmt(med[s].rate, 0), 8)}${pad(burst ? fmt(med[s].drainRate, 0) : '', 9)}` +
                        `${pad(fmt(med[s].q50), 11)}${pad(fmt(med[s].q95), 9)}${pad(fmt(med[s].e50), 10)}` +
                        `${pad(fmt(med[s].e95), 9)}${pad(fmt(med[s].enqueue, 0), 12)}  ` +
                        rs.map((r) => fmt(r.rate, 0)).join(' ') +
                        (incomplete ? `  (${incomplete} run(s) incomplete or with failed jobs)` : ''));
        }
        if (med.opsdesk) {
            for (const s of systems.filter((x) => x !== 'opsdesk')) {
                const o = med.opsdesk;
                const t = med[s];
                const parts = [`jobs/s ×${fmt(o.rate / t.rate, 2)}`];
                if (burst) {
                    parts.push(`drain/s ×${fmt(o.drainRate / t.drainRate, 2)}`);
                }
                parts.push(`queue p50 ×${fmt(o.q50 / t.q50, 2)}`, `queue p95 ×${fmt(o.q95 / t.q95, 2)}`,
                           `e2e p95 ×${fmt(o.e95 / t.e95, 2)}`);
                console.log(`  OpsDesk / ${s}: ${parts.join(', ')}`);
            }
        }
    }
    console.log('\nRatios are OpsDesk divided by the other: above 1 is better for jobs/s, below 1 is better' +
                ' for latencies. drain/s = jobs / (enqueue committed → last completion), the workers alone.');
}

// ---------------------------------------------------------------------------------------------

async function main() {
    if (process.argv[2] === 'report') {
        return report(process.argv[3]);
    }
    const args = parseArgs(process.argv.slice(2));
    switch (args.command) {
    case 'graphile-worker': return runGraphileWorker(args);
    case 'pg-boss': return runPgBoss(args);
    case 'opsdesk': return runOpsDesk(args);
    default:
        throw new Error('usage: node outbound.js graphile-worker|pg-boss|opsdesk --jobs N ... | report FILE');
    }
}

main().then(() => process.exit(0), (error) => {
    console.error(`outbound.js: ${error.stack ?? error}`);
    process.exit(1);
});
