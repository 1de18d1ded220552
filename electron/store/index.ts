export { NodeFileStore } from './file-store';
export type { FileLocationKind, FileStoreOptions, FsPromises, LockOwner, ReadPlanResult, SavePlanResult, StoredRecovery } from './types';
