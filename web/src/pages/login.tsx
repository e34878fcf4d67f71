import { useState } from 'preact/hooks';
import { api, setCsrf, type Session } from '../api';
import { navigate } from '../router';
import { messageOf, PageTitle, useSession } from '../ui';
import type { User } from '../types';

export function LoginPage({ next, home }: { next: string; home: (u: User | null) => string }) {
  const { setUser } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const s = await api<Session>('POST', '/api/auth/login', { username, password });
      setCsrf(s.csrfToken);
      setUser(s.user);
      navigate(next && !next.startsWith('/login') ? next : home(s.user), true);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="login">
      <PageTitle sub="督查室、责任单位与只读用户请用分配的账号登录；公众可直接查看公开的报告。">登录</PageTitle>
      <form class="card form" onSubmit={submit}>
        <label>
          用户名
          <input name="username" autoComplete="username" required value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        <label>
          密码
          <input name="password" type="password" autoComplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {error ? (
          <p class="alert alert-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? '正在登录…' : '登录'}
        </button>
        <p class="muted">
          不需要登录：<a href="#/public">查看公开的政府工作报告落实情况</a>
        </p>
      </form>
    </section>
  );
}
