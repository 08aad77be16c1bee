/** `wirestory validate`: fixture validation (work package: validate). */
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';

export function defineValidate(program: Command, context: CommandContext): void {
  void context;
  program.command('validate').description('validate fixtures against goldens (not built yet)');
}
