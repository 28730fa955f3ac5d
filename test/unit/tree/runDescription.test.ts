// What a run row says about a run, in plain Node.
import * as assert from 'node:assert/strict';
import type { Run } from '../../../src/api/runTypes';
import { formatDuration, formatUsd, runDescription, runDurationMs, runIconOf } from '../../../src/tree/runDescription';

const finished: Run = {
  id: 'HG7ML7M8z78YcAPEB',
  status: 'SUCCEEDED',
  startedAt: '2026-03-01T10:00:00.000Z',
  finishedAt: '2026-03-01T10:01:12.000Z',
  usageTotalUsd: 0.004,
};

describe('runDescription', () => {
  it('says status, duration and cost of a finished run', () => {
    assert.equal(runDescription(finished), 'SUCCEEDED · 1 m 12 s · $0.004');
  });

  it('prefers the API\'s own duration to the one from start and end', () => {
    assert.equal(runDescription({ ...finished, stats: { durationMillis: 45_400 } }), 'SUCCEEDED · 45 s · $0.004');
  });

  it('leaves out what is not known: no duration or cost while running (both still grow), no cost when the API sent none', () => {
    assert.equal(runDescription({ id: finished.id, status: 'RUNNING', startedAt: finished.startedAt, finishedAt: null, usageTotalUsd: 0.01 }), 'RUNNING');
    assert.equal(runDescription({ ...finished, usageTotalUsd: undefined }), 'SUCCEEDED · 1 m 12 s');
    assert.equal(runDescription({ ...finished, finishedAt: 'not a date', usageTotalUsd: undefined }), 'SUCCEEDED');
  });

  it('shows a hostile status as one plain, bounded line', () => {
    const text = runDescription({ id: finished.id, status: `FAILED\n\u202e$(alert)${'x'.repeat(500)}` });
    assert.doesNotMatch(text, /[\n\u202e]/);
    assert.doesNotMatch(text, /\$\(/);
    assert.ok(text.length <= 40);
  });

  it('never computes a negative duration from an end before the start', () => {
    assert.equal(runDurationMs({ ...finished, finishedAt: '2026-03-01T09:00:00.000Z' }), undefined);
    assert.equal(runDurationMs({ ...finished, stats: { durationMillis: -5 } }), 72_000);
  });
});

describe('formatDuration and formatUsd', () => {
  it('formats durations with the two largest units', () => {
    assert.equal(formatDuration(850), '850 ms');
    assert.equal(formatDuration(45_000), '45 s');
    assert.equal(formatDuration(72_000), '1 m 12 s');
    assert.equal(formatDuration(2 * 3600_000 + 5 * 60_000 + 9_000), '2 h 5 m');
    assert.equal(formatDuration(3 * 86_400_000 + 4 * 3600_000), '3 d 4 h');
  });

  it('formats costs in dollars without hiding a tiny one as zero', () => {
    assert.equal(formatUsd(0.004), '$0.004');
    assert.equal(formatUsd(1.25), '$1.25');
    assert.equal(formatUsd(0), '$0');
    assert.equal(formatUsd(0.0000123), '<$0.001');
    assert.equal(formatUsd(Number.NaN), '—');
  });
});

describe('runIconOf', () => {
  it('spins for every unfinished status', () => {
    for (const status of ['READY', 'RUNNING', 'ABORTING', 'TIMING-OUT']) assert.deepEqual(runIconOf(status), { id: 'loading~spin' });
  });

  it('gives each way a run ends its own coloured icon', () => {
    const ended = ['SUCCEEDED', 'FAILED', 'TIMED-OUT', 'ABORTED'].map(runIconOf);
    assert.deepEqual(ended.map((icon) => icon.id), ['pass', 'error', 'watch', 'circle-slash']);
    assert.ok(ended.every((icon) => icon.color !== undefined));
    assert.equal(new Set(ended.map((icon) => icon.color)).size, 4);
  });

  it('shows an unknown status as unknown, not as running', () => {
    assert.equal(runIconOf('PAUSED').id, 'question');
  });
});
