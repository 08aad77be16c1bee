/** `wirestory convert`: batch conversion (work package: convert). */
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';

export function defineConvert(program: Command, context: CommandContext): void {
  void context;
  program.command('convert').description('batch-convert files and folders (not built yet)');
}
