/** User and unit administration (admins). */
import { useState } from 'preact/hooks';
import { api, get } from '../api';
import { unitList } from '../data';
import { ROLE_LABELS, ROLES } from '../labels';
import { ErrorBox, FormResult, PageTitle, Show, UnitSelect, useAsync } from '../ui';
import type { Role, Unit, User } from '../types';

function UserRow({ u, units, onSaved }: { u: User; units: Unit[]; onSaved: () => void }) {
  const [role, setRole] = useState<Role>(u.role);
  const [unit, setUnit] = useState(u.unitId ? String(u.unitId) : '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState(false);
  const save = async () => {
    setError(null);
    setOk(false);
    try {
      await api('PATCH', `/api/users/${u.id}`, { role, unitId: unit ? Number(unit) : null, ...(password ? { password } : {}) });
      setPassword('');
      setOk(true);
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  const toggle = async () => {
    setError(null);
    setOk(false);
    try {
      await api('PATCH', `/api/users/${u.id}`, { disabled: !u.disabled });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <tr class={u.disabled ? 'disabled' : undefined}>
      <td>
        {u.username}
        {u.disabled ? <span class="badge"> 已停用</span> : null}
      </td>
      <td>
        <select aria-label={`${u.username} 的角色`} value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <UnitSelect aria-label={`${u.username} 的单位`} units={units} value={unit} onChange={setUnit} none="（无）" />
      </td>
      <td>
        <input type="password" aria-label={`${u.username} 的新密码`} placeholder="不改则留空" autoComplete="new-password" minLength={8} value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </td>
      <td>
        <button type="button" onClick={save}>
          保存
        </button>{' '}
        <button type="button" aria-label={`${u.disabled ? '启用' : '停用'} ${u.username}`} onClick={toggle}>
          {u.disabled ? '启用' : '停用'}
        </button>
        {ok ? <span role="status"> 已保存</span> : null}
        {error ? <ErrorBox error={error} /> : null}
      </td>
    </tr>
  );
}

/** A unit, renamed in place (a department renamed after a reorganisation keeps its items and history). */
function UnitRow({ unit, onSaved }: { unit: Unit; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(unit.name);
  const [aliases, setAliases] = useState(unit.aliases.join('、'));
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await api('PATCH', `/api/units/${unit.id}`, { name: name.trim(), aliases: aliases.split(/[,，、\s]+/).filter(Boolean) });
      setDone(name.trim() === unit.name ? '已保存。' : `已改名为“${name.trim()}”。`);
      setEditing(false);
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <li>
      {editing ? (
        <form class="form-row" onSubmit={save}>
          <label>
            单位名称
            <input required value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label>
            简称（用逗号分隔）
            <input value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary">
            保存
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            取消
          </button>
        </form>
      ) : (
        <>
          {unit.name}
          {unit.aliases.length ? <span class="muted">（简称：{unit.aliases.join('、')}）</span> : null}{' '}
          <button type="button" class="link-button" aria-label={`修改 ${unit.name}`} onClick={() => [setEditing(true), setDone('')]}>
            修改
          </button>
          {done ? <span role="status"> {done}</span> : null}
        </>
      )}
      {error ? <ErrorBox error={error} title="未保存" /> : null}
    </li>
  );
}

export function AdminPage() {
  const users = useAsync(() => get('/api/users').then((r) => r.users), []);
  const units = useAsync(() => unitList(true), []);
  const [nu, setNu] = useState({ username: '', password: '', role: 'unit_editor' as Role, unitId: '' });
  const [unitName, setUnitName] = useState('');
  const [aliases, setAliases] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [unitError, setUnitError] = useState<unknown>(null);
  // what was just done, said where it was done
  const [userDone, setUserDone] = useState('');
  const [unitDone, setUnitDone] = useState('');
  const addUser = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setUserDone('');
    try {
      await api('POST', '/api/users', { username: nu.username.trim(), password: nu.password, role: nu.role, ...(nu.unitId ? { unitId: Number(nu.unitId) } : {}) });
      setUserDone(`已新增用户“${nu.username.trim()}”（${ROLE_LABELS[nu.role]}）。`);
      setNu({ username: '', password: '', role: 'unit_editor', unitId: '' });
      users.reload();
    } catch (err) {
      setError(err);
    }
  };
  const addUnit = async (e: Event) => {
    e.preventDefault();
    setUnitError(null);
    setUnitDone('');
    try {
      await api('POST', '/api/units', { name: unitName.trim(), aliases: aliases.split(/[,，、\s]+/).filter(Boolean) });
      setUnitDone(`已新增单位“${unitName.trim()}”。`);
      setUnitName('');
      setAliases('');
      units.reload();
    } catch (err) {
      setUnitError(err);
    }
  };
  return (
    <section>
      <PageTitle>用户与单位管理</PageTitle>
      <section class="card">
        <h2>用户</h2>
        <Show value={users} what="用户">
          {(list) => (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">用户名</th>
                    <th scope="col">角色</th>
                    <th scope="col">所属单位</th>
                    <th scope="col">重设密码</th>
                    <th scope="col">操作</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((u) => (
                    <UserRow key={u.id} u={u} units={units.data ?? []} onSaved={users.reload} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Show>
        <h3>新增用户</h3>
        <form class="form-row" onSubmit={addUser}>
          <label>
            用户名
            <input required value={nu.username} onInput={(e) => setNu({ ...nu, username: e.currentTarget.value })} />
          </label>
          <label>
            初始密码（至少 8 位）
            <input required type="password" minLength={8} autoComplete="new-password" value={nu.password} onInput={(e) => setNu({ ...nu, password: e.currentTarget.value })} />
          </label>
          <label>
            角色
            <select value={nu.role} onChange={(e) => setNu({ ...nu, role: e.currentTarget.value as Role })}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </label>
          <label>
            所属单位
            <UnitSelect required={nu.role === 'unit_editor'} units={units.data ?? []} value={nu.unitId} onChange={(unitId) => setNu({ ...nu, unitId })} none="（无）" />
          </label>
          <button type="submit" class="primary">
            新增
          </button>
        </form>
        <FormResult error={error} failed="未新增" done={userDone} />
      </section>
      <section class="card">
        <h2>单位</h2>
        <Show value={units} what="单位">
          {(list) => (
            <ul class="unit-list">
              {list.map((u) => (
                <UnitRow key={u.id} unit={u} onSaved={() => units.reload()} />
              ))}
            </ul>
          )}
        </Show>
        <h3>新增单位</h3>
        <form class="form-row" onSubmit={addUnit}>
          <label>
            单位名称
            <input required value={unitName} onInput={(e) => setUnitName(e.currentTarget.value)} />
          </label>
          <label>
            简称（用逗号分隔）
            <input value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
          </label>
          <button type="submit" class="primary">
            新增
          </button>
        </form>
        <FormResult error={unitError} failed="未新增" done={unitDone} />
      </section>
    </section>
  );
}
