/** Small shared pieces: loading and error states, badges, the async-data hook, the session context. */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure } from './api';
import { reportTitle } from './data';
import { KIND_LABELS, RAG_OF, STATUS_LABELS, VERDICT_LABELS } from './labels';
import type { Kind, Report, StatusCode, Unit, User, Verdict } from './types';

export interface SessionState {
  user: User | null;
  setUser: (u: User | null) => void;
}
export const SessionContext = createContext<SessionState>({ user: null, setUser: () => undefined });
export const useSession = () => useContext(SessionContext);

export interface Async<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` when `deps` change; keeps the last data while reloading. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): Async<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const current = useRef(0);
  useEffect(() => {
    const run = ++current.current;
    setState((s) => ({ data: s.data, loading: true }));
    load().then(
      (data) => run === current.current && setState({ data, loading: false }),
      (error) => run === current.current && setState({ error, loading: false }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

export function messageOf(e: unknown): string {
  if (e instanceof ApiFailure) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Refusals whose detail the server words for the office (which reports, which fields), shown after the message. */
const EXPLAINED = new Set(['NOT_A_PAIR', 'OTHER_GOVERNMENT', 'REQUEST_CONFLICT']);

export function ErrorBox({ error, title }: { error: unknown; title?: string }) {
  const detail =
    error instanceof ApiFailure && error.code === 'NOT_FOUND'
      ? '要查看的记录不存在或已被删除。'
      : error instanceof ApiFailure && EXPLAINED.has(error.code) && error.detail
        ? `${error.message}（${error.detail}）`
        : messageOf(error);
  return (
    <div class="alert alert-error" role="alert">
      {title ? <strong>{title}：</strong> : null}
      {detail}
    </div>
  );
}

/**
 * What a form's last submission came to, below the form: refused (the error, titled by `failed`, e.g. 未保存) or done
 * (`done`, said where a screen reader announces it).
 */
export function FormResult({ error, failed, done }: { error: unknown; failed?: string; done?: ComponentChildren }) {
  return (
    <>
      {error ? <ErrorBox error={error} title={failed} /> : null}
      {done ? (
        <p class="alert alert-ok" role="status">
          {done}
        </p>
      ) : null}
    </>
  );
}

export function Loading({ what = '数据' }: { what?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      正在加载{what}…
    </p>
  );
}

/** Data or its loading/error state. */
export function Show<T>({ value, what, children }: { value: Async<T>; what?: string; children: (data: T) => ComponentChildren }) {
  if (value.error) return <ErrorBox error={value.error} />;
  if (value.data === undefined) return <Loading what={what} />;
  return <>{children(value.data)}</>;
}

export function StatusBadge({ status, label }: { status: StatusCode; label?: string }) {
  return <span class={`badge status-${status} rag-${RAG_OF[status]}`}>{label ?? STATUS_LABELS[status]}</span>;
}

/** The button that opens the file chooser (its input hidden, still reached by keyboard); a file chosen again is read again. */
export function FileButton({ label, accept, disabled, onFile }: { label: string; accept: string; disabled: boolean; onFile: (file: File) => void }) {
  return (
    <label class="button primary file-button">
      {label}
      <input
        type="file"
        class="visually-hidden"
        name="file"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) onFile(f);
          e.currentTarget.value = '';
        }}
      />
    </label>
  );
}

/** The choice of an item's kind, labelled 类型 (adding, splitting). */
export function KindSelect({ value, onChange }: { value: Kind; onChange: (kind: Kind) => void }) {
  return (
    <label>
      类型
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as Kind)}>
        {(Object.keys(KIND_LABELS) as Kind[]).map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * A choice of one report of the list, by its title. `none` words a choice of no report (absent: every choice is a
 * report); `required` refuses that choice; `inline` sets the label beside the list (a page's own report choice).
 */
export function ReportChoice(props: { label: string; reports: readonly Report[]; value: string; onChange: (id: string) => void; none?: string; required?: boolean; inline?: boolean }) {
  const { label, reports, value, onChange, none, required, inline } = props;
  return (
    <label class={inline ? 'inline' : undefined}>
      {label}
      <select required={required} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {none !== undefined ? <option value="">{none}</option> : null}
        {reports.map((r) => (
          <option key={r.id} value={String(r.id)}>
            {reportTitle(r)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A list of the units by name; `none` words the first choice, of no unit. The caller labels it. */
export function UnitSelect(props: { units: readonly Unit[]; value: string; onChange: (id: string) => void; none: string; required?: boolean; name?: string; 'aria-label'?: string }) {
  const { units, value, onChange, none, required, name } = props;
  return (
    <select name={name} aria-label={props['aria-label']} required={required} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{none}</option>
      {units.map((u) => (
        <option key={u.id} value={String(u.id)}>
          {u.name}
        </option>
      ))}
    </select>
  );
}

export function KindBadge({ kind }: { kind: Kind }) {
  return <span class={`badge kind kind-${kind}`}>{KIND_LABELS[kind]}</span>;
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span class={`badge verdict verdict-${verdict}`}>{VERDICT_LABELS[verdict]}</span>;
}

export function PageTitle({ children, sub }: { children: ComponentChildren; sub?: ComponentChildren }) {
  useEffect(() => {
    const h = document.querySelector('main h1');
    if (h) document.title = `${h.textContent ?? ''} · 落实`;
  });
  return (
    <header class="page-head">
      <h1 tabIndex={-1}>{children}</h1>
      {sub ? <p class="sub">{sub}</p> : null}
    </header>
  );
}

/** Can this user change assignments and review items? */
export const isSupervisor = (u: User | null | undefined) => u?.role === 'supervisor' || u?.role === 'admin';
