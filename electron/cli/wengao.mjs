#!/usr/bin/env node
// `npx wengao`: runs the TypeScript CLI through tsx so it works straight from a checkout.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
