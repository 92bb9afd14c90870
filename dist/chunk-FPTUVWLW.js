import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  PgSyntaxError,
  byteToCharMapper,
  loadPostgresParser,
  parsePlPgSql,
  parsePostgres
} from "./chunk-IOZA3IKN.js";
import "./chunk-ZHGBYMEX.js";
export {
  PgSyntaxError,
  byteToCharMapper,
  loadPostgresParser,
  parsePlPgSql,
  parsePostgres
};
