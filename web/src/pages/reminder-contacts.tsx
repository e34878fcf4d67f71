/**
 * 提醒方式: where each unit's reminders are sent (its contact's e-mail, a 钉钉 or 企业微信 group robot), the button that
 * sends today's reminders now, and the log of what was sent, is waiting for another try, or failed.
 */
import { useState } from 'preact/hooks';
import { api, get } from '../api';
import { unitList } from '../data';
import { formatDateTime } from '../format';
import type { Delivery, Unit, UnitContact } from '../types';
import { ErrorBox, Loading, useAsync } from '../ui';

const CHANNEL_LABELS: Record<Delivery['channel'], string> = { email: '邮件', dingtalk: '钉钉群机器人', wecom: '企业微信群机器人' };
const STATE_LABELS: Record<Delivery['state'], string> = { pending: '待重试', sending: '发送中', sent: '已发送', failed: '发送失败' };

function ContactRow({ unit, contact, onSaved }: { unit: Unit; contact?: UnitContact; onSaved: () => void }) {
  const [email, setEmail] = useState(contact?.email ?? '');
  const [kind, setKind] = useState<'' | 'dingtalk' | 'wecom'>(contact?.webhook?.kind ?? '');
  const [url, setUrl] = useState(contact?.webhook?.url ?? '');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      const webhook = kind && url ? { kind, url: url.trim(), ...(secret ? { secret } : {}) } : undefined;
      await api('PUT', `/api/units/${unit.id}/contact`, { ...(email.trim() ? { email: email.trim() } : {}), ...(webhook ? { webhook } : {}) });
      setDone('已保存');
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <tr>
      <th scope="row">{unit.name}</th>
      <td colSpan={4}>
        <form class="form-row" onSubmit={save}>
          <label>
            联系人邮箱
            <input type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
          </label>
          <label>
            群机器人
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)}>
              <option value="">不使用</option>
              <option value="dingtalk">钉钉</option>
              <option value="wecom">企业微信</option>
            </select>
          </label>
          <label>
            Webhook 地址
            <input type="url" value={url} disabled={!kind} onInput={(e) => setUrl(e.currentTarget.value)} />
          </label>
          <label>
            加签密钥（钉钉，可选）
            <input type="password" value={secret} disabled={kind !== 'dingtalk'} placeholder={contact?.webhook?.signed ? '已设置，留空不变' : ''} onInput={(e) => setSecret(e.currentTarget.value)} />
          </label>
          <button type="submit">保存</button>
          {done ? <span role="status">{done}</span> : null}
        </form>
        {error ? <ErrorBox error={error} title="未保存" /> : null}
      </td>
    </tr>
  );
}

export function ReminderContacts() {
  const units = useAsync(() => unitList(), []);
  const contacts = useAsync(() => get('/api/unit-contacts').then((r) => r.contacts), []);
  const log = useAsync(() => get('/api/deliveries').then((r) => r.deliveries), []);
  const [sent, setSent] = useState('');
  const [error, setError] = useState<unknown>(null);
  const sendNow = async () => {
    setError(null);
    try {
      const r = await api<{ planned: number }>('POST', '/api/reminders/send');
      setSent(
        r.planned
          ? `已安排发送${r.planned}条提醒，正在后台发送。`
          : '没有新的提醒需要发送：设置了提醒方式的单位今日没有即将到期、已逾期或临近报送日未报送的事项，或今日的提醒已经发送过。',
      );
      setTimeout(log.reload, 1500);
    } catch (err) {
      setError(err);
    }
  };
  if (!units.data || !contacts.data) return units.error || contacts.error ? <ErrorBox error={units.error ?? contacts.error} /> : <Loading />;
  const byUnit = new Map(contacts.data.map((c) => [c.unitId, c]));
  const unitName = (id: number) => units.data!.find((u) => u.id === id)?.name ?? `单位${id}`;
  return (
    <>
      <section class="card">
        <h2>提醒方式</h2>
        <p class="muted">到期前、逾期后和报送日前，系统每天把各单位的督办提醒发送到这里设置的邮箱和工作群机器人；失败的会自动重试。</p>
        <table class="table">
          <tbody>
            {units.data.map((u) => (
              <ContactRow key={u.id} unit={u} contact={byUnit.get(u.id)} onSaved={contacts.reload} />
            ))}
          </tbody>
        </table>
      </section>
      <section class="card">
        <h2>发送记录</h2>
        <p>
          <button type="button" class="primary" onClick={sendNow}>
            立即发送今日提醒
          </button>{' '}
          {sent ? <span role="status">{sent}</span> : null}
        </p>
        {error ? <ErrorBox error={error} title="未发送" /> : null}
        {log.data && log.data.length ? (
          <table class="table">
            <thead>
              <tr>
                <th>日期</th>
                <th>单位</th>
                <th>方式</th>
                <th>状态</th>
                <th>次数</th>
                <th>说明</th>
              </tr>
            </thead>
            <tbody>
              {log.data.map((d) => (
                <tr key={d.id}>
                  <td class="nowrap">{formatDateTime(d.sentAt ?? d.createdAt)}</td>
                  <td>{unitName(d.unitId)}</td>
                  <td>{CHANNEL_LABELS[d.channel]}</td>
                  <td>{STATE_LABELS[d.state]}</td>
                  <td>{d.attempts}</td>
                  <td class="small">{d.lastError ? `最近错误：${d.lastError}` : d.subject}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="empty">还没有发送记录。</p>
        )}
      </section>
    </>
  );
}
