// localStorage that never throws: where storage is off (private modes, blocked cookies) reads give null and
// writes do nothing, so a saved choice lasts for the page only.
export const storage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** Stores the value, or removes the key when value is null. */
  set(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      /* storage off */
    }
  },
};
