/**
 * A dynamic import that fails while `failing` is true, as a browser reports a chunk it could not
 * fetch, and loads for real otherwise; `loads` counts the attempts. Tests of code loaded on demand
 * override an element's loader with `through(() => super.load…())`.
 */
export function flakyImport() {
  const state = {
    failing: true,
    loads: 0,
    through<T>(load: () => Promise<T>): Promise<T> {
      state.loads++;
      return state.failing ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load();
    },
  };
  return state;
}
