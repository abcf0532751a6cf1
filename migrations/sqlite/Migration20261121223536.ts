import { Migration } from '@mikro-orm/migrations';

export class Migration20261121223536 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`assessment_answer\` (\`case_id\` text not null, \`question_id\` text not null, \`value\` double not null, \`evidence\` json not null, \`answered_by\` text not null, \`answered_at\` datetime not null, primary key (\`case_id\`, \`question_id\`));`);

    this.addSql(`create table \`assessment_comment\` (\`id\` text not null, \`case_id\` text not null, \`question_id\` text not null, \`text\` text not null, \`round\` integer not null, \`position\` integer not null, \`author_subject\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`assessment_comment_case_id_round_index\` on \`assessment_comment\` (\`case_id\`, \`round\`);`);

    this.addSql(`create table \`assessment_part_score\` (\`case_id\` text not null, \`part_id\` text not null, \`kind\` text not null, \`dimension_id\` text not null, \`score\` double not null, \`level\` integer not null, \`answered\` integer not null, primary key (\`case_id\`, \`part_id\`));`);

    this.addSql(`create table \`assessment_score\` (\`case_id\` text not null, \`cycle_id\` text not null, \`entity_code\` text not null, \`entity_name\` text not null, \`department_code\` text not null, \`entity_kind\` text not null, \`model_version\` text not null, \`index_score\` double not null, \`level\` integer not null, \`scored_at\` datetime not null, primary key (\`case_id\`));`);
    this.addSql(`create index \`assessment_score_entity_code_index\` on \`assessment_score\` (\`entity_code\`);`);
    this.addSql(`create index \`assessment_score_cycle_id_index_score_entity_code_index\` on \`assessment_score\` (\`cycle_id\`, \`index_score\`, \`entity_code\`);`);

    this.addSql(`create table \`maturity_model\` (\`version\` text not null, \`title\` text not null, \`definition\` json not null, \`checksum\` text not null, \`published_by\` text not null, \`published_at\` datetime not null, primary key (\`version\`));`);

    this.addSql(`alter table \`cycle\` add column \`model_version\` text null;`);
    this.addSql(`alter table \`cycle\` add column \`index_published_at\` datetime null;`);
    this.addSql(`alter table \`cycle\` add column \`index_published_by\` text null;`);
  }

}
