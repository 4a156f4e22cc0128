#!/usr/bin/env node
// credit-kit-server [serve|migrate|import] — see `credit-kit-server --help` and docs/server.md.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
