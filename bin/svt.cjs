#!/usr/bin/env node
// The svt command: runs the built command line (npm run build makes dist/cli.mjs).
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
import(pathToFileURL(join(__dirname, '..', 'dist', 'cli.mjs')).href);
