/** The application shell: session, navigation by role, the routes. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, get, setCsrf } from './api';
import { ROLE_LABELS } from './labels';
import { navigate, useRoute, type Route } from './router';
import { isSupervisor, Loading, PageTitle, SessionContext, useSession } from './ui';
import type { User } from './types';
import { LoginPage } from './pages/login';
import { ImportPage } from './pages/import';
import { ReportPage, ReportsPage } from './pages/report';
import { SplitPage } from './pages/split';
import { LedgerPage } from './pages/ledger';
import { CommitmentPage } from './pages/commitment';
import { DashboardPage } from './pages/dashboard';
import { WorkspacePage } from './pages/workspace';
import { VerificationPage } from './pages/verification';
import { ComparePage } from './pages/compare';
import { SelfAssessmentPage } from './pages/self-assessment';
import { PublicPage, PublicListPage } from './pages/public';
import { AdminPage } from './pages/admin';
import { SettingsPage } from './pages/settings';
import { RequestsPage } from './pages/requests';

function homeOf(user: User | null): string {
  if (!user) return '/public';
  if (user.role === 'unit_editor') return '/workspace';
  return '/dashboard';
}

const NAV: { path: string; label: string; show: (u: User | null) => boolean }[] = [
  { path: '/dashboard', label: '领导驾驶舱', show: (u) => u !== null },
  { path: '/workspace', label: '本单位工作台', show: (u) => u?.role === 'unit_editor' },
  { path: '/ledger', label: '任务台账', show: (u) => u !== null },
  { path: '/requests', label: '待审批', show: isSupervisor },
  { path: '/requests', label: '本单位申请', show: (u) => u?.role === 'unit_editor' },
  { path: '/reports', label: '报告', show: (u) => u !== null },
  { path: '/import', label: '导入报告', show: isSupervisor },
  { path: '/verification', label: '目标核验', show: (u) => u !== null },
  { path: '/compare', label: '指标比较', show: (u) => u !== null },
  { path: '/self-assessment', label: '完成情况', show: (u) => u !== null },
  { path: '/public', label: '公开查询', show: () => true },
  { path: '/settings', label: '督办设置', show: isSupervisor },
  { path: '/admin', label: '用户管理', show: (u) => u?.role === 'admin' },
];

function Nav({ route }: { route: Route }) {
  const { user, setUser } = useSession();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [route.path]);
  const logout = async () => {
    try {
      await api('POST', '/api/auth/logout');
    } finally {
      setUser(null);
      navigate('/login');
    }
  };
  const current = '/' + (route.parts[0] ?? '');
  return (
    <header class="topbar">
      <a class="brand" href={`#${homeOf(user)}`}>
        <span class="brand-mark" aria-hidden="true">落</span>
        <span>落实 · 任务台账</span>
      </a>
      <button type="button" class="menu-toggle" aria-expanded={open} aria-controls="main-nav" onClick={() => setOpen(!open)}>
        菜单
      </button>
      <nav id="main-nav" class={open ? 'open' : ''} aria-label="主导航">
        <ul>
          {NAV.filter((n) => n.show(user)).map((n) => (
            <li key={n.path}>
              <a href={`#${n.path}`} aria-current={current === n.path ? 'page' : undefined}>
                {n.label}
              </a>
            </li>
          ))}
        </ul>
        <div class="who">
          {user ? (
            <>
              <span class="who-name">
                {user.username}（{ROLE_LABELS[user.role]}）
              </span>
              <button type="button" class="link-button" onClick={logout}>
                退出
              </button>
            </>
          ) : (
            <a href="#/login">登录</a>
          )}
        </div>
      </nav>
    </header>
  );
}

function NeedLogin() {
  useEffect(() => navigate(`/login?next=${encodeURIComponent(location.hash.slice(1))}`, true), []);
  return <Loading what="登录页" />;
}

function Page({ route }: { route: Route }) {
  const { user } = useSession();
  const [first, second, third] = route.parts;
  if (first === 'public') return second ? <PublicPage id={Number(second)} /> : <PublicListPage />;
  if (first === 'login') return <LoginPage next={route.query.get('next') ?? ''} home={homeOf} />;
  if (!user) return <NeedLogin />;
  switch (first) {
    case undefined:
      navigate(homeOf(user), true);
      return <Loading />;
    case 'import':
      // said before a file is chosen, not after it is uploaded
      return isSupervisor(user) ? (
        <ImportPage />
      ) : (
        <section>
          <PageTitle>导入报告</PageTitle>
          <p class="alert alert-info">只有督查室或管理员可以导入报告。如需导入，请联系督查室。</p>
        </section>
      );
    case 'reports':
      if (second && third === 'split') {
        return isSupervisor(user) ? (
          <SplitPage reportId={Number(second)} />
        ) : (
          <section>
            <PageTitle>导入分工方案</PageTitle>
            <p class="alert alert-info">只有督查室或管理员可以导入分工方案。</p>
          </section>
        );
      }
      return second ? <ReportPage id={Number(second)} view={route.query.get('view') === 'cleaned' ? 'cleaned' : 'original'} /> : <ReportsPage />;
    case 'ledger':
      return <LedgerPage query={route.query} />;
    case 'commitments':
      return <CommitmentPage id={Number(second)} />;
    case 'dashboard':
      return <DashboardPage reportId={route.query.get('report')} />;
    case 'workspace':
      return <WorkspacePage />;
    case 'requests':
      return <RequestsPage state={route.query.get('state')} />;
    case 'verification':
      return <VerificationPage />;
    case 'compare':
      return <ComparePage query={route.query} />;
    case 'self-assessment':
      return <SelfAssessmentPage query={route.query} />;
    case 'admin':
      return <AdminPage />;
    case 'settings':
      return isSupervisor(user) ? <SettingsPage /> : <p class="alert alert-info">只有督查室或管理员可以修改督办设置。</p>;
    default:
      return (
        <div class="alert alert-error" role="alert">
          没有这个页面。<a href={`#${homeOf(user)}`}>回到首页</a>
        </div>
      );
  }
}

function App() {
  const route = useRoute();
  const [session, setSession] = useState<{ user: User | null; loaded: boolean }>({ user: null, loaded: false });
  useEffect(() => {
    get('/api/auth/me').then(
      (s) => {
        setCsrf(s.csrfToken);
        setSession({ user: s.user, loaded: true });
      },
      () => setSession({ user: null, loaded: true }),
    );
    const expired = () => setSession((s) => (s.user ? { user: null, loaded: true } : s));
    window.addEventListener('luoshi:unauthenticated', expired);
    return () => window.removeEventListener('luoshi:unauthenticated', expired);
  }, []);
  useEffect(() => {
    // move focus to the new page's heading for keyboard and screen-reader users
    const h = document.querySelector<HTMLElement>('main h1');
    if (h && document.activeElement === document.body) h.focus({ preventScroll: true });
  }, [route.path]);
  const setUser = (user: User | null) => setSession({ user, loaded: true });
  return (
    <SessionContext.Provider value={{ user: session.user, setUser }}>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        跳到正文
      </a>
      <Nav route={route} />
      <main id="main" tabIndex={-1}>
        {session.loaded ? <Page route={route} key={route.path} /> : <Loading what="登录状态" />}
      </main>
      <footer class="foot">落实（luoshi）· 政府工作报告任务台账：明责、履责、督责、追责</footer>
    </SessionContext.Provider>
  );
}

const root = document.getElementById('app')!;
root.textContent = '';
render(<App />, root);
