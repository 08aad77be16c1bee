/** `wirestory schema`: prints the JSON Schema of the output. Loads zod only here. */
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { write } from '../io.js';

export function defineSchema(program: Command, context: CommandContext): void {
  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) that every article validates against')
    .addHelpText('after', '\nExample:\n  wirestory schema > article.schema.json')
    .action(async () => {
      const { articleJsonSchema } = await import('../../schema/article.js');
      await write(context.io.stdout, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
    });
}
