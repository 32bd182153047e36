import type { Migration } from './migration';

/**
 * Built-in check rules get seed keys, as phrases and skeletons have, so a later edit of a shipped rule
 * reaches every library through the seed. The keys below are those of the rules 0005 shipped, frozen.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'rule-seeds',
  up: (db) => {
    db.exec(`
      ALTER TABLE check_rules ADD COLUMN seed_key TEXT;
      CREATE UNIQUE INDEX check_rules_by_seed_key ON check_rules(seed_key) WHERE seed_key IS NOT NULL;
      UPDATE check_rules SET seed_key = CASE
        WHEN kind = 'wording' AND wrong = '一岗双职' THEN 'wording-1'
        WHEN kind = 'wording' AND wrong = '三会一棵' THEN 'wording-2'
        WHEN kind = 'wording' AND wrong = '三审三核' THEN 'wording-3'
        WHEN kind = 'wording' AND wrong = '两微一段' THEN 'wording-4'
        WHEN kind = 'wording' AND wrong = '四个意思' THEN 'wording-5'
        WHEN kind = 'wording' AND wrong = '四个自新' THEN 'wording-6'
        WHEN kind = 'wording' AND wrong = '两个坚决维护' THEN 'wording-7'
        WHEN kind = 'wording' AND wrong = '同部署、同落实、同检查、同考评' THEN 'wording-8'
        WHEN kind = 'wording' AND wrong = '四个全面战略部署' THEN 'wording-9'
        WHEN kind = 'wording' AND wrong = '中国特色社会主义新时代思想' THEN 'wording-10'
        WHEN kind = 'wording' AND wrong = '习近平新时代中国特色社会主义理论' THEN 'wording-11'
        WHEN kind = 'wording' AND wrong = '弘扬主旋律，传递正能量' THEN 'wording-12'
        WHEN kind = 'wording' AND wrong = '意识形态工作领导权、管理权、话语权、主导权' THEN 'wording-13'
        WHEN kind = 'sensitive' AND wrong = '绝密' THEN 'sensitive-1'
        WHEN kind = 'sensitive' AND wrong = '机密' THEN 'sensitive-2'
        WHEN kind = 'sensitive' AND wrong = '内部资料' THEN 'sensitive-3'
      END
      WHERE builtin = 1;
    `);
  },
};
