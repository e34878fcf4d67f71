/**
 * 督办设置: the office's 序时进度 thresholds, which decide when a quantity built up over the year turns amber or red, and the
 * reporting cycle of every item whose assignment sets none of its own.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, get } from '../api';
import { CycleFields, cycleWords } from '../reporting-cycle';
import type { ReportingCycle } from '../types';
import { ErrorBox, Loading, PageTitle, useAsync } from '../ui';
import { ReminderContacts } from './reminder-contacts';

export function SettingsPage() {
  const current = useAsync(() => get('/api/settings'), []);
  const [atRisk, setAtRisk] = useState('');
  const [behind, setBehind] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const [cycle, setCycle] = useState<ReportingCycle | undefined>(undefined);
  const [cycleError, setCycleError] = useState<unknown>(null);
  const [cycleSaved, setCycleSaved] = useState('');
  useEffect(() => {
    if (!current.data) return;
    setCycle(current.data.settings.reportingCycle);
    setAtRisk(String(current.data.settings.paceLag.atRisk));
    setBehind(String(current.data.settings.paceLag.behind));
  }, [current.data]);
  if (!current.data) return current.error ? <ErrorBox error={current.error} /> : <Loading />;
  const defaults = current.data.defaults.paceLag;
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSaved('');
    if (!(Number(atRisk) < Number(behind))) {
      setError(new Error('黄灯阈值须小于红灯阈值：滞后较少时先亮黄灯，滞后更多时再亮红灯。'));
      return;
    }
    try {
      await api('PUT', '/api/settings', { paceLag: { atRisk: Number(atRisk), behind: Number(behind) } });
      setSaved('已保存，所有事项的状态已按新阈值重新判断。');
      current.reload();
    } catch (err) {
      setError(err);
    }
  };
  const saveCycle = async (e: Event) => {
    e.preventDefault();
    setCycleError(null);
    setCycleSaved('');
    try {
      await api('PUT', '/api/settings', { reportingCycle: cycle });
      setCycleSaved('已保存，未单独设置报送周期的事项按新周期判断是否按时报送。');
      current.reload();
    } catch (err) {
      setCycleError(err);
    }
  };
  return (
    <section>
      <PageTitle sub="按序时进度判断有年度数量的目标；各单位按报送周期报送进展">督办设置</PageTitle>
      <section class="card">
        <h2>序时进度阈值</h2>
        <p class="muted">
          序时进度是时间过半应完成的比例：到6月30日，全年已过一半。实际完成比例落后于序时进度超过黄灯阈值的，列为“存在风险”；
          超过红灯阈值的，列为“进度滞后”。默认为滞后{defaults.atRisk}个百分点黄灯、{defaults.behind}个百分点红灯。
        </p>
        <form class="form-row" onSubmit={save}>
          <label>
            黄灯：滞后超过（个百分点）
            <input type="number" min="0" max="100" step="0.5" required value={atRisk} onInput={(e) => setAtRisk(e.currentTarget.value)} />
          </label>
          <label>
            红灯：滞后超过（个百分点）
            <input type="number" min="0" max="100" step="0.5" required value={behind} onInput={(e) => setBehind(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary">
            保存
          </button>
        </form>
        {saved ? <p role="status">{saved}</p> : null}
        {error ? <ErrorBox error={error} title="未保存" /> : null}
      </section>
      <section class="card">
        <h2>默认报送周期</h2>
        <p class="muted">
          各事项按分工中设置的报送周期报送进展；未单独设置的，按此默认周期。当前：{cycleWords(current.data.settings.reportingCycle)}
          （系统默认：{cycleWords(current.data.defaults.reportingCycle)}）。过了报送期限仍未报送的，列为“未报送”。
        </p>
        <form onSubmit={saveCycle} aria-label="默认报送周期">
          <CycleFields value={cycle} onChange={(c) => c && setCycle(c)} />
          <button type="submit" class="primary">
            保存报送周期
          </button>
        </form>
        {cycleSaved ? <p role="status">{cycleSaved}</p> : null}
        {cycleError ? <ErrorBox error={cycleError} title="未保存" /> : null}
      </section>
      <ReminderContacts />
    </section>
  );
}
