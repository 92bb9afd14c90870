import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  universalChecker
} from "./chunk-7DLIBZMO.js";
import "./chunk-DDB6ZLY5.js";
import "./chunk-HU7KHN2P.js";
import "./chunk-WG42RVUK.js";
import {
  withoutCovered
} from "./chunk-GYFR6RYJ.js";
import "./chunk-UIYDHM7P.js";
import "./chunk-HJNDF2KS.js";
import "./chunk-SGP6KUTB.js";
import "./chunk-W4I5MKF7.js";
import "./chunk-O5EZW7AY.js";
import "./chunk-25IFS2WD.js";
import "./chunk-FJFFMLKF.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-7HYHVU3F.js";
import "./chunk-PGE7O3DA.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";
export {
  universalChecker,
  withoutCovered
};
