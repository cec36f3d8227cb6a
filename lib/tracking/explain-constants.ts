/** Findings links AWS puts into SCAN_ERROR messages stay downloadable for 60 days. */
export const FINDINGS_RETENTION_DAYS = 60;
