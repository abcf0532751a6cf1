import { Migration } from '@mikro-orm/migrations';

export class Migration20261205112751 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`case_history_sequence\` (\`id\` integer not null, \`last\` bigint not null, primary key (\`id\`));`);

    this.addSql(`alter table \`case_history\` add column \`global_seq\` bigint null;`);
    this.addSql(`create unique index \`case_history_global_seq_unique\` on \`case_history\` (\`global_seq\`);`);

    // The history written so far gets its positions now, in time order, each case's rows in their
    // own order (the running latest instant of the case, so a clock moved back cannot reorder them).
    this.addSql(`with \`ranked\` as (select \`case_id\`, \`seq\`, max(\`at\`) over (partition by \`case_id\` order by \`seq\`) as \`t\` from \`case_history\`), \`numbered\` as (select \`case_id\`, \`seq\`, row_number() over (order by \`t\`, \`case_id\`, \`seq\`) as \`n\` from \`ranked\`) update \`case_history\` set \`global_seq\` = \`numbered\`.\`n\` from \`numbered\` where \`case_history\`.\`case_id\` = \`numbered\`.\`case_id\` and \`case_history\`.\`seq\` = \`numbered\`.\`seq\`;`);
    this.addSql(`insert into \`case_history_sequence\` (\`id\`, \`last\`) select 1, coalesce(max(\`global_seq\`), 0) from \`case_history\`;`);
  }

}
