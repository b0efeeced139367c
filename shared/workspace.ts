// What the app says about the open workspace file.

export interface WorkspaceInfo {
  /** Full path of the workspace database file. */
  file: string;
  schemaVersion: number;
  /** The officer whose name goes on every change made in this session. */
  officer: string;
}

/** Counts of every record type; later record types add their own. */
export interface WorkspaceStats {
  councilProfiles: number;
  thresholds: number;
  strategicOutcomes: number;
  changes: number;
}
