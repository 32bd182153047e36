import { benchSearch } from './electron/cli/bench/searchBench';
console.log(benchSearch({ paragraphs: 100000, db: '/tmp/bench100k.sqlite' }));
