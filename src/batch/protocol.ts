/** The NDJSON envelope shared by `convert --format ndjson`, `stream` and `parse --format ndjson`. */
export function okRecord(id: unknown, articleJson: string): string {
  return okRecordWithId(JSON.stringify(id ?? null), articleJson);
}

export function errorRecord(id: unknown, rule: string, message: string): string {
  return errorRecordWithId(JSON.stringify(id ?? null), rule, message);
}

/** The envelope with the id given as JSON text (`stream` echoes a number id as it was written). */
export function okRecordWithId(idJson: string, articleJson: string): string {
  return `{"id":${idJson},"ok":true,"article":${articleJson}}\n`;
}

export function errorRecordWithId(idJson: string, rule: string, message: string): string {
  return `{"id":${idJson},"ok":false,"error":${JSON.stringify({ rule, message })}}\n`;
}
