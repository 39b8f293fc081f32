/**
 * Runs one measurement module in a fresh process (its own heap and JIT state) and prints its figures as
 * JSON on the last line of stdout. Used by run.mjs: `node --import tsx bench/run-one.mjs <module>`.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const modulePath = process.argv[2];
const { measure } = await import(pathToFileURL(resolve(modulePath)).href);
const figures = await measure();
process.stdout.write(`\n${JSON.stringify(figures)}\n`);
