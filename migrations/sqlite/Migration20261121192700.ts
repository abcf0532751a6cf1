import { Migration } from '@mikro-orm/migrations';

export class Migration20261121192700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`territorial_entity_search_name_code_index\`;`);
    this.addSql(`drop index \`territorial_entity_department_code_kind_code_index\`;`);
  }

}
