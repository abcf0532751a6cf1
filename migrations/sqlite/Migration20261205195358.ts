import { Migration } from '@mikro-orm/migrations';

export class Migration20261205195358 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`document\` (\`id\` text not null, \`purpose\` text not null, \`status\` text not null, \`entity_code\` text not null, \`file_name\` text not null, \`media_type\` text null, \`size\` integer not null, \`sha256\` text null, \`uploaded_by\` text not null, \`uploader_subject\` text not null, \`created_at\` datetime not null, \`checked_at\` datetime null, \`refusal_code\` text null, \`refusal_reason\` text null, \`replaces_id\` text null, \`owner_kind\` text null, \`owner_key\` text null, \`case_id\` text null, \`attached_at\` datetime null, \`attached_by\` text null, \`superseded_by\` text null, \`deleted_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`document_uploaded_by_created_at_index\` on \`document\` (\`uploaded_by\`, \`created_at\`);`);
    this.addSql(`create index \`document_case_id_index\` on \`document\` (\`case_id\`);`);
    this.addSql(`create index \`document_owner_kind_owner_key_index\` on \`document\` (\`owner_kind\`, \`owner_key\`);`);
    this.addSql(`create index \`document_status_created_at_index\` on \`document\` (\`status\`, \`created_at\`);`);

    this.addSql(`create table \`document_download\` (\`id\` text not null, \`document_id\` text not null, \`entity_code\` text not null, \`case_id\` text null, \`person_id\` text not null, \`subject\` text not null, \`role\` text not null, \`at\` datetime not null, \`ip\` text null, \`request_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`document_download_entity_code_at_index\` on \`document_download\` (\`entity_code\`, \`at\`);`);
    this.addSql(`create index \`document_download_at_id_index\` on \`document_download\` (\`at\`, \`id\`);`);
    this.addSql(`create index \`document_download_document_id_at_index\` on \`document_download\` (\`document_id\`, \`at\`);`);
  }

}
