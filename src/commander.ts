import { createRequire } from "node:module";
import type * as Commander from "commander";

/**
 * commander, loaded with require: it is a CommonJS package, and importing it as an ES module costs
 * about 15 ms more at every start (Node scans its source for exports first). Same classes, same types.
 */
const commander = createRequire(import.meta.url)("commander") as typeof Commander;

export const Command = commander.Command;
export type Command = Commander.Command;
export const Option = commander.Option;
export type Option = Commander.Option;
export const InvalidArgumentError = commander.InvalidArgumentError;
export const CommanderError = commander.CommanderError;
export type CommanderError = Commander.CommanderError;
