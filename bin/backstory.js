#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ through tsx, so the CLI and the
// extension always share the very same analysis core without a separate build.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
