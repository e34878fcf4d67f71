/** 报送周期 in the words an office writes it in a 分工方案 (web/src/reporting-cycle.tsx cycleWords). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cycleWords } from '../../web/src/reporting-cycle.js';

test('a reporting cycle in words', () => {
  const rows: [Parameters<typeof cycleWords>[0], string][] = [
    [{ kind: 'monthly', dueDay: 5 }, '每月5日前报送上月进展'],
    [{ kind: 'monthly', dueDay: 0 }, '每月月底前报送当月进展'],
    [{ kind: 'quarterly', dueDay: 10 }, '每季度结束后10日内报送'],
    [{ kind: 'quarterly', dueDay: 0 }, '每季度末前报送当季进展'],
    [{ kind: 'once', dueOn: '2025-09-30' }, '2025年9月30日前报送一次'],
  ];
  for (const [cycle, words] of rows) assert.equal(cycleWords(cycle), words);
});
