// Where the framework's screens live.

/** The framework screen, showing a version (the one in force when none is named). */
export function frameworkPath(versionId?: string): string {
  return versionId ? `/framework?version=${encodeURIComponent(versionId)}` : '/framework';
}

export const measurePath = (id: string): string => `/framework/measures/${id}`;
