import type { WordingRule } from './types';

/**
 * The starter list shipped with the library: misspellings of the stock formulations (GENRE.md §5)
 * seen in reused reports. Users add their own in the library.
 */
export const starterWordings: readonly WordingRule[] = [
  { wrong: '一岗双职', right: '一岗双责' },
  { wrong: '三会一棵', right: '三会一课' },
  { wrong: '三审三核', right: '三审三校' },
  { wrong: '两微一段', right: '两微一端' },
  { wrong: '四个意思', right: '四个意识' },
  { wrong: '四个自新', right: '四个自信' },
  { wrong: '两个坚决维护', right: '两个维护' },
  { wrong: '同部署、同落实、同检查、同考评', right: '同部署、同落实、同检查、同考核' },
  { wrong: '四个全面战略部署', right: '四个全面战略布局' },
  { wrong: '中国特色社会主义新时代思想', right: '新时代中国特色社会主义思想' },
  { wrong: '习近平新时代中国特色社会主义理论', right: '习近平新时代中国特色社会主义思想' },
  { wrong: '弘扬主旋律，传递正能量', right: '弘扬主旋律，传播正能量' },
  { wrong: '意识形态工作领导权、管理权、话语权、主导权', right: '意识形态工作领导权、管理权、话语权' },
];

/** Words that must not appear in a report handed in without a check: security markings and their like. */
export const starterSensitive: readonly WordingRule[] = [
  { wrong: '绝密', note: '密级标志' },
  { wrong: '机密', note: '密级标志' },
  { wrong: '内部资料', note: '不宜公开' },
];
