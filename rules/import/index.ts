/**
 * Pack management building blocks (issue #6): reading pack files and ClaimReview JSON-LD,
 * exporting packs, fetching subscriptions, and the backup format. Pure: no DOM, no `browser`,
 * no storage — the options page and the Dexie layer build on these.
 *
 *   const read = readPackFile(await file.text(), file.size);
 *   if (!read.ok) showErrors(read.errors); // [{ path: 'rules[0].id', message: '…' }]
 */
export {
  MAX_PACK_BYTES,
  MAX_DEPTH,
  readPackFile,
  formatBytes,
  type PackFileKind,
  type ReadPackOptions,
  type ReadPackResult,
} from './read-pack-file';
export { claimReviewsToPack, type ClaimReviewResult } from './claimreview';
export {
  findClaimReviews,
  isClaimReview,
  looksLikeJsonLd,
  MAX_CLAIM_REVIEWS,
  type ClaimReviewNode,
} from './claimreview-nodes';
export { claimTerms } from './claim-terms';
export {
  exportPack,
  exportFileName,
  withKeyOrder,
  PACK_KEY_ORDER,
  PACK_SCHEMA_FILENAME,
  type KeyOrder,
} from './export-pack';
export {
  fetchSubscribedPack,
  nextUpdateDue,
  isHttpsUrl,
  normalizeSha256,
  sha256Hex,
  type FetchLike,
  type FetchPackOptions,
  type FetchPackResult,
} from './subscription';
export {
  parseBackup,
  serializeBackup,
  backupFileName,
  MAX_BACKUP_BYTES,
  type BackupInput,
  type BackupResult,
  type ParseBackupOptions,
} from './backup';
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupSchema,
  type Backup,
  type BackupPack,
  type BackupRuleOverride,
  type BackupSetting,
  type BackupSite,
  type BackupSubscription,
  type JsonValue,
  type PackSource,
} from './backup-schema';
export { parseJsonText, lineColumn } from './json-text';
export { MAX_ERRORS, type PackError } from './errors';
