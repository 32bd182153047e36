/**
 * The most probable path of states through a sequence, given each item's score in each state and the
 * scores of moving between states (all in log space: add, never multiply). Plain Viterbi: O(n·s²).
 */
export function viterbi<S extends string>(
  states: readonly S[],
  emissions: readonly Readonly<Record<S, number>>[],
  start: Readonly<Partial<Record<S, number>>>,
  transition: (from: S, to: S) => number,
  end: Readonly<Partial<Record<S, number>>> = {} as Partial<Record<S, number>>,
): S[] {
  const n = emissions.length;
  if (n === 0) return [];
  const s = states.length;
  const score = new Float64Array(n * s);
  const back = new Int32Array(n * s);
  const first = emissions[0] as Record<S, number>;
  states.forEach((state, j) => {
    score[j] = (start[state] ?? -Infinity) + first[state];
  });
  const moves = states.map((from) => states.map((to) => transition(from, to)));
  for (let i = 1; i < n; i++) {
    const emit = emissions[i] as Record<S, number>;
    for (let j = 0; j < s; j++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < s; k++) {
        const candidate = (score[(i - 1) * s + k] as number) + (moves[k]?.[j] as number);
        if (candidate > best) {
          best = candidate;
          arg = k;
        }
      }
      score[i * s + j] = best + emit[states[j] as S];
      back[i * s + j] = arg;
    }
  }
  const final = (j: number) => (score[(n - 1) * s + j] as number) + (end[states[j] as S] ?? 0);
  let last = 0;
  for (let j = 1; j < s; j++) if (final(j) > final(last)) last = j;
  const path: S[] = new Array<S>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = states[last] as S;
    last = back[i * s + last] as number;
  }
  return path;
}
