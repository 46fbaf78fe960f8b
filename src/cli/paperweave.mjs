#!/usr/bin/env node
// The `paperweave` command. The code is TypeScript; tsx's loader compiles it on the fly
// (esbuild, cached), so `npx paperweave` works straight after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
