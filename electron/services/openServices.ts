import { DraftStore } from './draftStore';
import { appendAndFlush } from './draftJournal';
import { faultInjectingJournalWrite, faultInjectingWrite } from './faultInjectingWrite';
import { RevisionStore } from './revisionStore';
import { writeFileAtomic } from './writeFileAtomic';

export interface Services {
  store: DraftStore;
  history: RevisionStore;
  /** Stops the history's background snapshots, then closes the store (see DraftStore.close). */
  close: () => Promise<void>;
}

/** The data services of one data folder, wired together: every save may leave a revision. */
export async function openServices(dataDir: string, logError: (error: unknown) => void, faultFile?: string): Promise<Services> {
  const writeFile = faultFile ? faultInjectingWrite(faultFile, writeFileAtomic) : writeFileAtomic;
  const history = await RevisionStore.open({ dataDir, writeFile, onError: logError });
  const store = await DraftStore.open({
    dataDir,
    writeFile,
    quickFirstList: true,
    onSaved: (saved, previous) => history.noteSave(saved, previous),
    onHookError: logError,
    ...(faultFile ? { journal: { write: faultInjectingJournalWrite(faultFile, appendAndFlush) } } : {}),
  });
  return {
    store,
    history,
    close: async () => {
      history.close();
      await store.close();
    },
  };
}
