'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveDraftAction, type SaveDraftResult } from '@/lib/actions/drafts/save-draft';
import type { WizardForm } from '@/lib/draft/form';
import { splitUnsavable } from '@/lib/draft/unsavable';

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
 * Whether a change should be saved automatically: not when it is what was saved, nor when the very
 * same payload just failed (a retry would fail again: that was the loop of failed saves).
 */
export function shouldAutosave(text: string, lastSaved: string, lastFailed: string | undefined): boolean {
  return text !== lastSaved && text !== lastFailed;
}

/**
 * Debounced autosave with compare-and-set: every save names the revision it builds on. A refused
 * save stops autosaving and reports `conflict` until the user reloads or keeps their copy. A text
 * too large to save stays out of the save (its last saved value is sent instead) and is reported by
 * field in `tooLarge`, so the rest of the draft keeps saving.
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
  const lastFailed = useRef<string>(undefined);
  const lastSavedForm = useRef<unknown>(p.payload.form);
  const [tooLarge, setTooLarge] = useState<Record<string, string>>({});

  const save = useCallback(async () => {
    if (inFlight.current || blocked.current) return;
    const body = latest.current;
    const text = JSON.stringify([body.form, body.attested]);
    if (text === lastSaved.current) return;
    inFlight.current = true;
    setState('saving');
    const split = splitUnsavable(body.form, lastSavedForm.current);
    setTooLarge((t) => (JSON.stringify(t) === JSON.stringify(split.tooLarge) ? t : split.tooLarge));
    const sent = { ...body, form: split.form };
    const res = await saveDraftAction({ id: p.draftId, revision: revision.current, ...sent }).catch(() => ({
      ok: false as const,
      formError: 'The save did not reach the server.',
    }));
    inFlight.current = false;
    if (res.ok) {
      revision.current = res.data.revision;
      setRevisionShown(res.data.revision);
      lastSaved.current = text;
      lastSavedForm.current = sent.form;
      lastFailed.current = undefined;
      setSavedAt(res.data.updatedAt);
      // Kept until dismissed: the save that follows the untick must not wipe the reason away.
      if (res.data.refused?.length) {
        setRefused(res.data.refused);
        onRefused.current?.(res.data.refused.map((r) => r.rule));
      }
      const changed = JSON.stringify([latest.current.form, latest.current.attested]) !== text;
      if (changed) setState('dirty');
      else if (Object.keys(split.tooLarge).length) {
        setMessage('A field is too large to save; everything else is saved.');
        setState('error');
      } else setState('saved');
      return;
    }
    if ('code' in res && res.code === 'CONFLICT') {
      blocked.current = true;
      setMessage(res.formError);
      setState('conflict');
      return;
    }
    lastFailed.current = text;
    setMessage(
      ('fieldErrors' in res && res.fieldErrors ? Object.values(res.fieldErrors)[0] : undefined) ??
        res.formError ??
        'Not saved',
    );
    setState('error');
  }, [p.draftId]);

  useEffect(() => {
    if (!p.enabled || blocked.current || !shouldAutosave(serialized, lastSaved.current, lastFailed.current))
      return;
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
    tooLarge,
    keepMine,
    flush: save,
    refused,
    dismissRefused,
  };
}
