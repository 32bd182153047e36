import { migration0001 } from './0001-init';
import { migration0002 } from './0002-import';
import { migration0003 } from './0003-search';
import { migration0004 } from './0004-drafts';
import { migration0005 } from './0005-checks';
import { migration0006 } from './0006-parts';
import { migration0007 } from './0007-kinds';
import { migration0008 } from './0008-rule-seeds';
import { migration0009 } from './0009-pending-phrases';
import { migration0010 } from './0010-copies';
import { migration0011 } from './0011-ranked-search';
import { migration0012 } from './0012-learned-lines';
import type { Migration } from './migration';

/** Every schema version in order; the last one is what this build writes. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
