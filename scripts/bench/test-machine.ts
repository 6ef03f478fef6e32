import type { Machine } from './machine.ts';

/** A machine for the report tests: 2 cores under a load of 3.5, so a report says it was busy. */
export const testMachine: Machine = {
  cpu: 'Test CPU',
  cores: 2,
  memoryGiB: 8,
  node: 'v24',
  platform: 'linux x64',
  loadAverage: 3.5,
  date: '2026-12-01T16:40:00.000Z',
  commit: 'abc1234',
};
