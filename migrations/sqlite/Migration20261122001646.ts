import { Migration } from '@mikro-orm/migrations';

export class Migration20261122001646 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`budget_line\` (\`case_id\` text not null, \`position\` integer not null, \`component\` text not null, \`description\` text not null, \`futic_amount\` bigint not null, \`counterpart_amount\` bigint not null, primary key (\`case_id\`, \`position\`));`);

    this.addSql(`create table \`cofinancing_agreement\` (\`case_id\` text not null, \`number\` text null, \`signed_by\` text not null, \`signed_at\` datetime not null, primary key (\`case_id\`));`);

    this.addSql(`create table \`cofinancing_application\` (\`case_id\` text not null, \`call_id\` text not null, \`title\` text not null, \`description\` text not null, \`dimensions\` json not null, \`futic_total\` bigint not null, \`counterpart_total\` bigint not null, \`score_hundredths\` integer null, \`submitted_at\` datetime null, \`decision\` text null, \`decision_note\` text null, \`decided_at\` datetime null, \`decided_by\` text null, \`updated_by\` text not null, \`updated_at\` datetime not null, primary key (\`case_id\`));`);
    this.addSql(`create index \`cofinancing_application_call_id_score_hundredths_index\` on \`cofinancing_application\` (\`call_id\`, \`score_hundredths\`);`);

    this.addSql(`create table \`disbursement\` (\`case_id\` text not null, \`instalment\` integer not null, \`due_on\` text not null, \`amount\` bigint not null, \`paid_on\` text null, \`reference\` text null, \`recorded_by\` text null, \`recorded_at\` datetime null, primary key (\`case_id\`, \`instalment\`));`);

    this.addSql(`create table \`eligibility_check\` (\`case_id\` text not null, \`item_id\` text not null, \`met\` integer not null, \`note\` text null, \`checked_by\` text not null, \`checked_at\` datetime not null, primary key (\`case_id\`, \`item_id\`));`);

    this.addSql(`create table \`evaluation_score\` (\`case_id\` text not null, \`evaluator\` text not null, \`criterion_id\` text not null, \`score\` integer not null, \`justification\` text not null, primary key (\`case_id\`, \`evaluator\`, \`criterion_id\`));`);

    this.addSql(`create table \`evaluator_assignment\` (\`case_id\` text not null, \`evaluator\` text not null, \`assigned_by\` text not null, \`assigned_at\` datetime not null, \`conflict\` integer null, \`conflict_note\` text null, \`declared_at\` datetime null, \`score_hundredths\` integer null, \`submitted_at\` datetime null, primary key (\`case_id\`, \`evaluator\`));`);
    this.addSql(`create index \`evaluator_assignment_evaluator_index\` on \`evaluator_assignment\` (\`evaluator\`);`);

    this.addSql(`create table \`fund_reservation\` (\`case_id\` text not null, \`call_id\` text not null, \`amount\` bigint not null, \`reserved_by\` text not null, \`reserved_at\` datetime not null, \`released_at\` datetime null, \`release_reason\` text null, primary key (\`case_id\`));`);
    this.addSql(`create index \`fund_reservation_call_id_released_at_index\` on \`fund_reservation\` (\`call_id\`, \`released_at\`);`);

    this.addSql(`alter table \`cofinancing_call\` add column \`rubric\` json null;`);
    this.addSql(`alter table \`cofinancing_call\` add column \`min_score\` integer not null default 60;`);
    this.addSql(`alter table \`cofinancing_call\` add column \`eligibility_checklist\` json null;`);
    this.addSql(`alter table \`cofinancing_call\` add column \`published_at\` datetime null;`);
    this.addSql(`alter table \`cofinancing_call\` add column \`published_by\` text null;`);
    this.addSql(`alter table \`cofinancing_call\` add column \`committed\` bigint not null default 0;`);

    this.addSql(`alter table \`workflow_case\` add column \`evaluators\` json null;`);
    this.addSql(`create index \`workflow_case_call_id_state_index\` on \`workflow_case\` (\`call_id\`, \`state\`);`);
  }

}
