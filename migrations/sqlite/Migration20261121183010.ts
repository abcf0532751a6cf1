import { Migration } from '@mikro-orm/migrations';

export class Migration20261121183010 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`territorial_entity\` (\`code\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('DEPARTMENT', 'MUNICIPALITY', 'NON_MUNICIPALIZED_AREA')) not null, \`department_code\` text not null, \`department_name\` text not null, \`search_name\` text not null, \`latitude\` double not null, \`longitude\` double not null, primary key (\`code\`));`);
    this.addSql(`create index \`territorial_entity_search_name_code_index\` on \`territorial_entity\` (\`search_name\`, \`code\`);`);
    this.addSql(`create index \`territorial_entity_department_code_kind_code_index\` on \`territorial_entity\` (\`department_code\`, \`kind\`, \`code\`);`);
  }

}
