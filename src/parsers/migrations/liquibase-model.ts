import type { Span } from '../../core/types.js';
import type { DecodedString } from './decoded-string.js';

/** One Liquibase change (`dropTable`, `sql`, `delete`...), the same whether written in XML, YAML or JSON. */
export interface LiquibaseChange {
  type: string;
  attributes: Map<string, string>;
  /** The change's tag or key: where the caret goes. */
  span: Span;
  /** The whole change. */
  unit: Span;
  /** Nested `column` entries (`<dropColumn><column name="a"/></dropColumn>`). */
  columns: string[];
  /** The types of nested columns that say one (`<column name="a" type="varchar(50)"/>`), by column name. */
  columnTypes?: Map<string, string>;
  /** A `<where>` element or `where:` key. */
  hasWhere: boolean;
  /** The SQL of a `<sql>` change, mapped to the file. */
  sql?: DecodedString;
}

export interface LiquibaseChangeSet {
  changes: LiquibaseChange[];
  /** Changes under `<rollback>`: they run only when the changeset is rolled back. */
  rollback: LiquibaseChange[];
}
