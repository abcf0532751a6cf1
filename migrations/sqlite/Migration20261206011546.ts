import { Migration } from '@mikro-orm/migrations';

export class Migration20261206011546 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`accompaniment_diagnosis\` (\`case_id\` text not null, \`assessment_case_id\` text null, \`prefill\` json not null, \`created_at\` datetime not null, primary key (\`case_id\`));`);

    this.addSql(`create table \`accompaniment_request\` (\`case_id\` text not null, \`topic\` text not null, \`dimensions\` json not null, \`description\` text not null, \`contact_person_id\` text not null, \`modality\` text not null, \`assessment_case_id\` text null, \`created_at\` datetime not null, \`survey_score\` integer null, \`survey_comment\` text null, \`survey_by\` text null, \`survey_at\` datetime null, primary key (\`case_id\`));`);

    this.addSql(`create table \`accompaniment_session\` (\`id\` text not null, \`case_id\` text not null, \`number\` integer not null, \`starts_at\` datetime not null, \`duration_minutes\` integer not null, \`modality\` text not null, \`place\` text null, \`meeting_url\` text null, \`agenda\` text not null, \`status\` text not null, \`cancel_reason\` text null, \`minutes\` text null, \`acta_document_id\` text null, \`rescheduled\` integer not null default 0, \`scheduled_by\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`recorded_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`accompaniment_session_status_starts_at_index\` on \`accompaniment_session\` (\`status\`, \`starts_at\`);`);
    this.addSql(`create index \`accompaniment_session_case_id_number_index\` on \`accompaniment_session\` (\`case_id\`, \`number\`);`);

    this.addSql(`create table \`alarm\` (\`id\` text not null, \`case_id\` text null, \`kind\` text not null, \`subject_id\` text not null, \`slot\` text not null, \`fire_at\` datetime not null, \`status\` text not null, \`created_at\` datetime not null, \`closed_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`alarm_subject_id_status_index\` on \`alarm\` (\`subject_id\`, \`status\`);`);
    this.addSql(`create index \`alarm_status_fire_at_index\` on \`alarm\` (\`status\`, \`fire_at\`);`);

    this.addSql(`create table \`accompaniment_commitment\` (\`id\` text not null, \`case_id\` text not null, \`session_id\` text not null, \`description\` text not null, \`owner\` text not null, \`responsible\` text null, \`due_on\` text not null, \`status\` text not null, \`done_note\` text null, \`done_by\` text null, \`done_at\` datetime null, \`escalated_at\` datetime null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`accompaniment_commitment_status_due_on_index\` on \`accompaniment_commitment\` (\`status\`, \`due_on\`);`);
    this.addSql(`create index \`accompaniment_commitment_case_id_index\` on \`accompaniment_commitment\` (\`case_id\`);`);

    this.addSql(`create table \`accompaniment_finding\` (\`case_id\` text not null, \`dimension_code\` text not null, \`text\` text not null, \`updated_by\` text not null, \`updated_at\` datetime not null, primary key (\`case_id\`, \`dimension_code\`));`);

    this.addSql(`create table \`roadmap_comment\` (\`id\` text not null, \`case_id\` text not null, \`round\` integer not null, \`line_id\` text null, \`comment\` text not null, \`created_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`roadmap_comment_case_id_round_index\` on \`roadmap_comment\` (\`case_id\`, \`round\`);`);

    this.addSql(`create table \`roadmap_delivery\` (\`case_id\` text not null, \`round\` integer not null, \`delivered_at\` datetime not null, \`delivered_by\` text not null, \`lines\` json not null, \`report_id\` text null, primary key (\`case_id\`, \`round\`));`);

    this.addSql(`create table \`roadmap_line\` (\`id\` text not null, \`case_id\` text not null, \`position\` integer not null, \`dimension_code\` text not null, \`title\` text not null, \`description\` text not null, \`priority\` text not null, \`horizon\` text not null, \`responsible\` text not null, \`estimated_cost\` bigint not null, \`component\` text null, \`generated\` integer not null default false, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`roadmap_line_case_id_position_index\` on \`roadmap_line\` (\`case_id\`, \`position\`);`);

    this.addSql(`create table \`accompaniment_session_invitee\` (\`session_id\` text not null, \`person_id\` text not null, \`attended\` integer null, primary key (\`session_id\`, \`person_id\`));`);
    this.addSql(`create index \`accompaniment_session_invitee_person_id_index\` on \`accompaniment_session_invitee\` (\`person_id\`);`);
  }

}
