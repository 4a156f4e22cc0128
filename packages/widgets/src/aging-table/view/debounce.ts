/** `run` called once calls pause for `ms` (the last call's argument wins). */
export function debounce<A>(run: (arg: A) => void, ms: number): (arg: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (arg: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => run(arg), ms);
  };
}
