'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveDraftAction, type SaveDraftResult } from '@/lib/actions/drafts/save-draft';
import type { WizardForm } from '@/lib/draft/form';

/** Where the autosave stands; the save-status indicator shows it. */
export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error' | 'readonly';

export interface AutosavePayload {
  form: WizardForm;
  /** Ids of the manual rules the person confirms; the server records who and when. */
  attested: string[];
}

const DEBOUNCE_MS = 800;

/** Confirmations a save did not record because the draft's evidence contradicts them. */
export type RefusedConfirmations = Extract<SaveDraftResult, { ok: true }>['data']['refused'];

/**
 * Debounced autosave with compare-and-set: every save names the revision it builds on. A refused
 * save stops autosaving and reports `conflict` until the user reloads or keeps their copy.
 */
export function useDraftAutosave(p: {
  draftId: string;
  revision: number;
  savedAt: string;
  enabled: boolean;
  payload: AutosavePayload;
  /** Called with the rule ids a save refused to confirm (the wizard unticks them). */
  onRefused?: (ruleIds: string[]) => void;
}) {
  const [state, setState] = useState<SaveState>(p.enabled ? 'saved' : 'readonly');
  const [savedAt, setSavedAt] = useState(p.savedAt);
  const [message, setMessage] = useState<string>();
  const [refused, setRefused] = useState<RefusedConfirmations>([]);
  const revision = useRef(p.revision);
  const [revisionShown, setRevisionShown] = useState(p.revision);
  const serialized = JSON.stringify([p.payload.form, p.payload.attested]);
  const lastSaved = useRef(serialized);
  const latest = useRef(p.payload);
  const onRefused = useRef(p.onRefused);
  useEffect(() => {
    latest.current = p.payload;
    onRefused.current = p.onRefused;
  });
  const inFlight = useRef(false);
  const blocked = useRef(false);

  const save = useCallback(async () => {
    if (inFlight.current || blocked.current) return;
    const body = latest.current;
    const text = JSON.stringify([body.form, body.attested]);
    if (text === lastSaved.current) return;
    inFlight.current = true;
    setState('saving');
    const res = await saveDraftAction({ id: p.draftId, revision: revision.current, ...body }).catch(() => ({
      ok: false as const,
      formError: 'The save did not reach the server.',
    }));
    inFlight.current = false;
    if (res.ok) {
      revision.current = res.data.revision;
      setRevisionShown(res.data.revision);
      lastSaved.current = text;
      setSavedAt(res.data.updatedAt);
      // Kept until dismissed: the save that follows the untick must not wipe the reason away.
      if (res.data.refused?.length) {
        setRefused(res.data.refused);
        onRefused.current?.(res.data.refused.map((r) => r.rule));
      }
      setState(JSON.stringify([latest.current.form, latest.current.attested]) === text ? 'saved' : 'dirty');
      return;
    }
    if ('code' in res && res.code === 'CONFLICT') {
      blocked.current = true;
      setMessage(res.formError);
      setState('conflict');
      return;
    }
    setMessage(
      ('fieldErrors' in res && res.fieldErrors ? Object.values(res.fieldErrors)[0] : undefined) ??
        res.formError ??
        'Not saved',
    );
    setState('error');
  }, [p.draftId]);

  useEffect(() => {
    if (!p.enabled || blocked.current || serialized === lastSaved.current) return;
    setState((s) => (s === 'saving' ? s : 'dirty'));
    const t = setTimeout(() => void save(), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [serialized, p.enabled, save, state]);

  /** Overwrite the other person's save with this copy (an explicit choice, never silent). */
  const keepMine = useCallback(async () => {
    const res = await fetch(`/api/drafts/${p.draftId}`, { cache: 'no-store' });
    if (!res.ok) return;
    const current = (await res.json()) as { revision: number };
    revision.current = current.revision;
    blocked.current = false;
    lastSaved.current = '';
    await save();
  }, [p.draftId, save]);

  const isDirty = state === 'dirty' || state === 'saving' || state === 'conflict' || state === 'error';
  const dismissRefused = useCallback(() => setRefused([]), []);
  return {
    state,
    savedAt,
    message,
    revision: revisionShown,
    isDirty,
    keepMine,
    flush: save,
    refused,
    dismissRefused,
  };
}
