import { Migration } from '@mikro-orm/migrations';

export class Migration20261206080111 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`adoption_invitation\` (\`id\` text not null, \`batch_id\` text not null, \`entity_code\` text not null, \`outcome\` text not null, \`invited_at\` datetime not null, \`invited_by\` text not null, \`since\` text not null, \`fingerprint\` text not null, \`notified_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`adoption_invitation_outcome_notified_at_index\` on \`adoption_invitation\` (\`outcome\`, \`notified_at\`);`);
    this.addSql(`create index \`adoption_invitation_entity_code_outcome_invited_at_index\` on \`adoption_invitation\` (\`entity_code\`, \`outcome\`, \`invited_at\`);`);
    this.addSql(`create unique index \`adoption_invitation_batch_id_entity_code_unique\` on \`adoption_invitation\` (\`batch_id\`, \`entity_code\`);`);

    this.addSql(`create table \`open_data_file\` (\`key\` text not null, \`dataset\` text not null, \`media_type\` text not null, \`body\` text not null, \`etag\` text not null, \`byte_size\` integer not null, \`generated_at\` datetime not null, primary key (\`key\`));`);
    this.addSql(`create index \`open_data_file_dataset_index\` on \`open_data_file\` (\`dataset\`);`);

    this.addSql(`alter table \`action_plan\` add column \`published_at\` datetime null;`);
    this.addSql(`alter table \`action_plan\` add column \`published_by\` text null;`);

    this.addSql(`alter table \`cofinancing_call\` add column \`corrections_term_months\` integer null;`);
    this.addSql(`alter table \`cofinancing_call\` add column \`eligibility_review_term_days\` integer null;`);
  }

}
