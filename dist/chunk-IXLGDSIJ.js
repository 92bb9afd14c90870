import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  scalarText
} from "./chunk-ZBXMPTUD.js";
import {
  require_dist,
  tooDeepForYaml
} from "./chunk-ZBXWAF4J.js";
import {
  parseHcl
} from "./chunk-NRRSUNAF.js";
import {
  DJANGO_MIGRATION_PATH,
  argumentsOf,
  calledName,
  calleeText,
  callsIn,
  chainCalls,
  inDown,
  isAlembicMigration,
  isAtlasSchema,
  isDjangoMigration,
  isDoctrineMigration,
  isEctoMigration,
  isEfCoreMigration,
  isFragment,
  isKnexMigration,
  isLaravelMigration,
  isLiquibaseChangelog,
  isPrismaSchema,
  isRailsMigration,
  isSequelizeMigration,
  isTypeormMigration,
  objectPairs,
  parseScript,
  receiverOf,
  scriptGrammar,
  spanOf
} from "./chunk-W4I5MKF7.js";
import {
  CurrentColumns,
  analyseSql,
  columnNameOf,
  isLossy,
  lossOf,
  parsePrismaSchema,
  storageOf,
  tableNameOf,
  wideningReason
} from "./chunk-R3RUAV57.js";
import {
  LineIndex
} from "./chunk-O3AVP3WD.js";
import {
  parserFor
} from "./chunk-BG6M7MHB.js";
import {
  fromOffsets,
  shiftBy
} from "./chunk-GBH2K4QU.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ZHGBYMEX.js";

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local2 of Object.keys(mapping)) {
        nsPairCheck(parser, local2, mapping[local2]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed2;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed2 = "&;";
                } else {
                  parsed2 = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed2;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text.length !== 0) {
                    handler(text + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local: local2 } = this.qname(name);
        const attr = { name, prefix, local: local2, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local2] = trimmed;
          nsPairCheck(this, local2, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local2 = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local2 === "" || local2.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local: local2 };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local: local2 } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local2;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local: local2 } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local2}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

// src/parsers/migrations/column-types.ts
function describeType(type) {
  switch (type.family) {
    case "integer":
      return type.bytes === 2 ? "smallint" : type.bytes === 8 ? "bigint" : "integer";
    case "decimal":
      return type.precision === void 0 ? "decimal" : `decimal(${type.precision}${type.scale === void 0 ? "" : `,${type.scale}`})`;
    case "string":
      return type.limit === void 0 ? "string" : `string(${type.limit})`;
    case "other":
      return type.name;
    default:
      return type.family;
  }
}
var TEXTUAL = /* @__PURE__ */ new Set(["string", "text"]);
var NUMERIC = /* @__PURE__ */ new Set(["integer", "decimal", "float"]);
function isLossyChange(from, to) {
  if (!from) {
    return to.family === "integer" || to.family === "boolean" || to.family === "date" || to.family === "string" && to.limit !== void 0;
  }
  if (to.family === "text" || to.family === "other" || from.family === "other") return false;
  if (to.family === "string") {
    if (to.limit === void 0) return false;
    if (from.family === "string") return from.limit === void 0 || from.limit > to.limit;
    return true;
  }
  if (TEXTUAL.has(from.family)) return true;
  switch (to.family) {
    case "integer":
      return from.family === "integer" ? from.bytes > to.bytes : from.family !== "boolean";
    case "decimal":
      if (from.family === "integer") {
        if (to.precision === void 0) return false;
        const whole = to.precision - (to.scale ?? 0);
        return whole < (from.bytes === 2 ? 5 : from.bytes === 4 ? 10 : 19);
      }
      if (from.family === "decimal") return decimalNarrows(from, to);
      return NUMERIC.has(from.family) ? to.precision !== void 0 : true;
    case "float":
      return from.family === "decimal" || from.family === "integer" && from.bytes === 8 || !NUMERIC.has(from.family);
    case "boolean":
      return from.family !== "boolean";
    case "date":
      return from.family !== "date";
    case "datetime":
      return from.family === "time" || NUMERIC.has(from.family) || from.family === "boolean";
    case "time":
      return from.family !== "time";
  }
}
function decimalNarrows(from, to) {
  if (to.precision === void 0) return false;
  if (from.precision === void 0) return true;
  const fromScale = from.scale ?? 0;
  const toScale = to.scale ?? 0;
  return toScale < fromScale || to.precision - toScale < from.precision - fromScale;
}
function typeFromName(name, options = {}) {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  switch (n) {
    case "smallint":
    case "smallinteger":
    case "int2":
    case "tinyint":
    case "tinyinteger":
      return { family: "integer", bytes: 2 };
    case "integer":
    case "int":
    case "int4":
    case "mediumint":
    case "mediuminteger":
    case "serial":
      return { family: "integer", bytes: options.limit === 2 || options.limit === 1 ? 2 : options.limit === 8 ? 8 : 4 };
    case "bigint":
    case "biginteger":
    case "int8":
    case "bigserial":
      return { family: "integer", bytes: 8 };
    case "decimal":
    case "numeric":
    case "money":
      return withDefined({ family: "decimal" }, { precision: options.precision, scale: options.scale });
    case "float":
    case "double":
    case "real":
    case "doubleprecision":
      return { family: "float" };
    case "string":
    case "varchar":
    case "charactervarying":
    case "char":
    case "character":
    case "citext":
      return withDefined({ family: "string" }, { limit: n === "citext" ? void 0 : options.limit });
    case "text":
    case "mediumtext":
    case "longtext":
    case "unicodetext":
      return { family: "text" };
    case "boolean":
    case "bool":
      return { family: "boolean" };
    case "date":
      return { family: "date" };
    case "datetime":
    case "timestamp":
    case "timestamptz":
    case "timestamps":
      return { family: "datetime" };
    case "time":
      return { family: "time" };
    default:
      return { family: "other", name: name.toLowerCase() };
  }
}
function withDefined(base, extra) {
  const out = { ...base };
  for (const [key, value] of Object.entries(extra)) if (value !== void 0) out[key] = value;
  return out;
}
var SQL_STRING = /* @__PURE__ */ new Set([
  "varchar",
  "character varying",
  "char",
  "character",
  "nvarchar",
  "nchar",
  "bpchar",
  "varchar2",
  "nvarchar2",
  "string"
]);
var SQL_DECIMAL = /* @__PURE__ */ new Set(["numeric", "decimal", "number", "dec"]);
function typeFromSql(sql) {
  const text = sql.trim().toLowerCase().replace(/\s+/g, " ");
  const m = /^([a-z_][a-z0-9_ ]*?) ?(?:\( ?(\d+) ?(?:, ?(\d+) ?)?\))? ?(with(?:out)? time zone)?( unsigned)?$/.exec(
    text
  );
  if (!m) return { family: "other", name: text };
  const name = m[1];
  const first = m[2] === void 0 ? void 0 : Number(m[2]);
  const second = m[3] === void 0 ? void 0 : Number(m[3]);
  if (SQL_STRING.has(name)) return withDefined({ family: "string" }, { limit: first });
  if (SQL_DECIMAL.has(name)) return withDefined({ family: "decimal" }, { precision: first, scale: second });
  if (name === "timestamp" && m[4] === "with time zone") return { family: "datetime" };
  return typeFromName(name);
}

// src/parsers/migrations/syntax.ts
function spanOf2(node) {
  return { start: node.startIndex, end: node.endIndex };
}
function* descendants(node) {
  yield node;
  for (const child of node.namedChildren) if (child) yield* descendants(child);
}
function ancestor(node, types) {
  for (let n = node.parent; n; n = n.parent) if (types.includes(n.type)) return n;
  return void 0;
}
function syntaxErrorLine(root) {
  if (!root.hasError) return void 0;
  for (const n of descendants(root)) {
    if (n.type === "ERROR" || n.isMissing) return n.startPosition.row + 1;
  }
  for (const n of descendantsWithAnonymous(root)) if (n.isMissing || n.type === "ERROR") return n.startPosition.row + 1;
  return root.startPosition.row + 1;
}
function* descendantsWithAnonymous(node) {
  yield node;
  for (const child of node.children) if (child) yield* descendantsWithAnonymous(child);
}
function isDynamic(value) {
  return "dynamic" in value;
}
var StringBuilder = class {
  text = "";
  offsets = [];
  end = 0;
  /** Text copied unchanged from the file at `start`. */
  raw(text, start) {
    for (let i = 0; i < text.length; i++) this.offsets.push(start + i);
    this.text += text;
    this.end = start + text.length;
  }
  /** A decoded escape: every character of `decoded` points at the escape in the file. */
  escape(decoded, start, end) {
    for (let i = 0; i < decoded.length; i++) this.offsets.push(start);
    this.text += decoded;
    this.end = end;
  }
  append(value) {
    this.text += value.text;
    this.offsets.push(...value.offsets.slice(0, value.text.length));
    this.end = value.offsets[value.text.length] ?? this.end;
  }
  /** Marks where the value ends in the file, for the offset just past its last character. */
  endAt(end) {
    this.end = end;
  }
  value() {
    return { text: this.text, offsets: [...this.offsets, this.end] };
  }
};
function toOffsetMap(value) {
  return fromOffsets(value.offsets);
}
function decodeEscape(escape) {
  const c = escape[1];
  switch (c) {
    case "n":
      return "\n";
    case "t":
      return "	";
    case "r":
      return "\r";
    case "0":
      return "\0";
    case "\n":
      return "";
    case "u":
    case "x": {
      const hex = escape.slice(2).replace(/[{}]/g, "");
      const code = Number.parseInt(hex, 16);
      return Number.isNaN(code) ? escape : String.fromCodePoint(code);
    }
    default:
      return c ?? "";
  }
}

// src/parsers/migrations/python-strings.ts
var SQL_WRAPPERS = /* @__PURE__ */ new Set(["text", "sa.text", "sqlalchemy.text", "sql.text", "textwrap.dedent", "dedent"]);
var SQL_PRESERVING_METHODS = /* @__PURE__ */ new Set(["strip", "lstrip", "rstrip"]);
function readPythonString(node, depth = 0) {
  switch (node.type) {
    case "string":
      return readLiteral(node);
    case "concatenated_string": {
      const out = new StringBuilder();
      for (const part of node.namedChildren) {
        if (!part || part.type === "comment") continue;
        const value = readLiteral(part);
        if (isDynamic(value)) return value;
        out.append(value);
      }
      return out.value();
    }
    case "parenthesized_expression": {
      const inner = node.namedChildren.filter((c) => c !== null && c.type !== "comment");
      return inner.length === 1 ? readPythonString(inner[0], depth) : { dynamic: "an expression" };
    }
    case "call": {
      const fn = node.childForFieldName("function");
      const args = node.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null && c.type !== "comment");
      if (fn?.type === "attribute") {
        const method = fn.childForFieldName("attribute")?.text ?? "";
        if (method === "format") return { dynamic: ".format()" };
        const object = fn.childForFieldName("object");
        if (SQL_PRESERVING_METHODS.has(method) && object && args?.length === 0) return readPythonString(object, depth);
      }
      if (fn && SQL_WRAPPERS.has(fn.text) && args?.[0] && args[0].type !== "keyword_argument") {
        return readPythonString(args[0], depth);
      }
      return { dynamic: `a call of ${fn?.text ?? "a function"}` };
    }
    case "binary_operator": {
      const operator = node.childForFieldName("operator")?.text;
      if (operator === "%") return { dynamic: "% format" };
      if (operator === "+") return { dynamic: "concatenation" };
      return { dynamic: "an expression" };
    }
    case "identifier": {
      const assigned = depth < 3 ? assignedValue(node) : void 0;
      return assigned ? readPythonString(assigned, depth + 1) : { dynamic: "a variable" };
    }
    default:
      return { dynamic: "an expression" };
  }
}
function readLiteral(node) {
  if (node.type !== "string") return { dynamic: "an expression" };
  const start = node.namedChildren.find((c) => c?.type === "string_start");
  const prefix = (start?.text ?? '"').replace(/["']+$/, "").toLowerCase();
  const raw = prefix.includes("r");
  const out = new StringBuilder();
  for (const part of node.namedChildren) {
    if (!part) continue;
    if (part.type === "interpolation") return { dynamic: "an f-string" };
    if (part.type === "string_end") {
      out.endAt(part.startIndex);
      continue;
    }
    if (part.type !== "string_content") continue;
    const text = part.text;
    let cursor = part.startIndex;
    for (const escape of part.namedChildren) {
      if (!escape || raw || escape.type !== "escape_sequence") continue;
      if (escape.startIndex > cursor)
        out.raw(text.slice(cursor - part.startIndex, escape.startIndex - part.startIndex), cursor);
      out.escape(decodeEscape(escape.text), escape.startIndex, escape.endIndex);
      cursor = escape.endIndex;
    }
    if (part.endIndex > cursor) out.raw(text.slice(cursor - part.startIndex), cursor);
  }
  return out.value();
}
function assignedValue(name) {
  const fn = ancestor(name, ["function_definition"]);
  const inFunction = fn ? assignmentsOf(fn, name.text) : [];
  if (inFunction.length > 0) return inFunction.length === 1 ? inFunction[0] : void 0;
  let module = name;
  while (module.parent) module = module.parent;
  const atModule = assignmentsOf(module, name.text).filter(
    (n) => !ancestor(n, ["function_definition", "class_definition"])
  );
  return atModule.length === 1 ? atModule[0] : void 0;
}
function assignmentsOf(scope, name) {
  const values = [];
  for (const n of descendants(scope)) {
    if (n.type === "assignment" && n.childForFieldName("left")?.text === name) {
      const right = n.childForFieldName("right");
      if (right) values.push(right);
    }
  }
  return values;
}
function pythonArguments(call) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "keyword_argument") {
      const key = arg.childForFieldName("name")?.text;
      const value = arg.childForFieldName("value");
      if (key && value) keywords.set(key, value);
    } else positional.push(arg);
  }
  return { positional, keywords };
}
function pythonName(node) {
  if (!node) return "?";
  const value = readPythonString(node, 3);
  return isDynamic(value) ? "?" : value.text;
}

// src/parsers/migrations/alembic-history.ts
var MAX_REVISIONS = 400;
function sqlalchemyType(node) {
  const callee = node.type === "call" ? node.childForFieldName("function") : node;
  const name = (callee?.text ?? "").split(".").pop() ?? "";
  if (node.type !== "call") return typeFromName(name);
  const { positional, keywords } = pythonArguments(node);
  const number = (value) => value?.type === "integer" ? Number(value.text) : void 0;
  const options = {};
  const limit = number(keywords.get("length") ?? positional[0]);
  const precision = number(keywords.get("precision") ?? positional[0]);
  const scale = number(keywords.get("scale") ?? positional[1]);
  const lower = name.toLowerCase();
  if (/char|string|unicode$/.test(lower) && limit !== void 0) options.limit = limit;
  if (/numeric|decimal/.test(lower)) {
    if (precision !== void 0) options.precision = precision;
    if (scale !== void 0) options.scale = scale;
  }
  return typeFromName(lower === "unicode" ? "string" : lower === "unicodetext" ? "text" : name, options);
}
function alembicCurrentColumns(path, text, context) {
  const baseTree = context?.baseTree;
  if (!baseTree) return void 0;
  const folder = path.slice(0, path.lastIndexOf("/") + 1);
  const texts = /* @__PURE__ */ new Map();
  const inFolder = (p) => p.startsWith(folder) && !p.slice(folder.length).includes("/") && p.endsWith(".py");
  const listed = baseTree.list(folder).filter(inFolder);
  if (listed.length > MAX_REVISIONS) return void 0;
  for (const p of listed) {
    const t = baseTree.read(p);
    if (t !== void 0) texts.set(p, t);
  }
  for (const f of context?.files ?? []) {
    if (!inFolder(f.path)) continue;
    if (f.headText === void 0) texts.delete(f.path);
    else texts.set(f.path, f.headText);
  }
  const revisions = /* @__PURE__ */ new Map();
  for (const [p, t] of texts) {
    if (p === path) continue;
    const revision = withTree(t, (root) => revisionOf(root, t));
    if (revision) revisions.set(revision.id, revision);
  }
  const own = withTree(text, (root) => revisionOf(root, text));
  if (!own || own.parents.length === 0) return void 0;
  const order = [];
  const seen = /* @__PURE__ */ new Set();
  let missing = false;
  const visit = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    const revision = revisions.get(id);
    if (!revision) {
      missing = true;
      return;
    }
    revision.parents.forEach(visit);
    order.push(revision);
  };
  own.parents.forEach(visit);
  if (missing) return void 0;
  const current = new CurrentColumns("the earlier Alembic revisions");
  for (const revision of order) withTree(revision.text, (root) => replayUpgrade(root, current));
  return current;
}
function withTree(text, use) {
  const tree = parserFor("python").parse(text);
  if (!tree) return void 0;
  try {
    return use(tree.rootNode);
  } finally {
    tree.delete();
  }
}
function revisionOf(root, text) {
  let id;
  let parents = [];
  for (const statement of root.namedChildren) {
    const assignment = statement?.type === "expression_statement" ? statement.namedChildren[0] : void 0;
    if (assignment?.type !== "assignment") continue;
    const left = assignment.childForFieldName("left")?.text;
    const right = assignment.childForFieldName("right");
    if (!right) continue;
    if (left === "revision") id = pythonName(right);
    if (left === "down_revision") {
      const items = right.type === "tuple" || right.type === "list" ? right.namedChildren : [right];
      parents = items.filter((n) => n?.type === "string").map((n) => pythonName(n));
    }
  }
  return id === void 0 || id === "?" ? void 0 : { id, parents: parents.filter((p) => p !== "?"), text };
}
function replayUpgrade(root, current) {
  for (const node of root.namedChildren) {
    const definition = node?.type === "decorated_definition" ? node.childForFieldName("definition") : node;
    if (definition?.type !== "function_definition") continue;
    if (!/^upgrade(?:_\w+)?$/.test(definition.childForFieldName("name")?.text ?? "")) continue;
    for (const call of descendants(definition)) {
      if (call.type === "call") replayCall(call, current);
    }
  }
}
function replayCall(call, current) {
  const fn = call.childForFieldName("function");
  if (fn?.type !== "attribute") return;
  const object = fn.childForFieldName("object");
  const method = fn.childForFieldName("attribute")?.text;
  const batch = object ? batchTable(object) : void 0;
  if (object?.text !== "op" && batch === void 0) return;
  const { positional, keywords } = pythonArguments(call);
  const shift = batch === void 0 ? 0 : 1;
  const arg = (index, keyword) => keywords.get(keyword) ?? positional[index - shift];
  const table = batch ?? pythonName(arg(0, "table_name"));
  switch (method) {
    case "create_table":
      current.setTable(table);
      for (const column of positional.slice(1)) addColumn(current, table, column);
      break;
    case "add_column":
      addColumn(current, table, arg(1, "column"));
      break;
    case "alter_column": {
      const column = pythonName(arg(1, "column_name"));
      const type = keywords.get("type_");
      if (type) current.set(table, column, sqlalchemyType(type));
      const renamed = keywords.get("new_column_name");
      if (renamed) current.renameColumn(table, column, pythonName(renamed));
      break;
    }
    case "drop_column":
      current.dropColumn(table, pythonName(arg(1, "column_name")));
      break;
    case "drop_table":
      current.dropTable(table);
      break;
    case "rename_table":
      current.renameTable(pythonName(arg(0, "old_table_name")), pythonName(arg(1, "new_table_name")));
      break;
  }
}
function addColumn(current, table, column) {
  if (column?.type !== "call" || !/(?:^|\.)Column$/.test(column.childForFieldName("function")?.text ?? "")) return;
  const [name, type] = pythonArguments(column).positional;
  const typeNode = pythonArguments(column).keywords.get("type_") ?? type;
  if (name?.type === "string" && typeNode) current.set(table, pythonName(name), sqlalchemyType(typeNode));
}
function batchTable(object) {
  if (object.type !== "identifier") return void 0;
  for (let n = object.parent; n; n = n.parent) {
    if (n.type !== "with_statement") continue;
    for (const item of descendants(n.namedChildren.find((c) => c?.type === "with_clause") ?? n)) {
      if (item.type !== "as_pattern") continue;
      const target = item.childForFieldName("alias") ?? item.namedChildren[item.namedChildren.length - 1];
      const value = item.namedChildren[0];
      if (target?.text !== object.text || value?.type !== "call") continue;
      if (value.childForFieldName("function")?.text !== "op.batch_alter_table") return void 0;
      return pythonName(pythonArguments(value).keywords.get("table_name") ?? pythonArguments(value).positional[0]);
    }
  }
  return void 0;
}

// src/parsers/migrations/reversals.ts
var DROPS = /* @__PURE__ */ new Set(["drop-table", "drop-column", "drop-reference"]);
function withoutOwnReversals(operations, created) {
  return operations.filter((o) => {
    if (!DROPS.has(o.kind)) return true;
    const table = o.target.split(".")[0];
    const at = created.get(o.target.toLowerCase()) ?? created.get(table.toLowerCase());
    if (at === void 0) return true;
    return !o.rollbackOnly && o.unit.start < at;
  });
}
function createdTables(created) {
  return [...created].filter(([key]) => !key.includes(".")).map(([name, at]) => ({ name, at }));
}

// src/parsers/migrations/python-migration.ts
var EXECUTE_METHODS = /* @__PURE__ */ new Set(["execute", "exec_driver_sql", "executescript"]);
var MANAGERS = /* @__PURE__ */ new Set(["objects", "_default_manager", "_base_manager"]);
var UNNARROWING = /* @__PURE__ */ new Set(["all", "iterator", "select_related", "prefetch_related", "order_by", "only", "defer"]);
var PythonMigration = class {
  operations = [];
  sql = [];
  dynamicSql = [];
  /** Tables and columns created going forward: dropping them on rollback undoes the migration's own work. */
  created = /* @__PURE__ */ new Map();
  result() {
    return {
      operations: withoutOwnReversals(this.operations, this.created),
      sql: this.sql,
      dynamicSql: this.dynamicSql,
      createdTables: createdTables(this.created),
      creates: [...this.created.keys()]
    };
  }
  add(kind, call, target, span, unit, rollbackOnly, detail, downgradedBecause) {
    const operation = { kind, call, target, span: spanOf2(span), unit: spanOf2(unit), rollbackOnly };
    if (detail !== void 0) operation.detail = detail;
    if (downgradedBecause !== void 0) operation.downgradedBecause = downgradedBecause;
    this.operations.push(operation);
  }
  /** A SQL string (or list of them, as RunSQL takes) run by `call`. */
  addSql(call, argument, unit, rollbackOnly) {
    if (argument.type === "list" || argument.type === "tuple") {
      for (const item of argument.namedChildren) {
        if (!item || item.type === "comment") continue;
        const statement = item.type === "tuple" ? item.namedChildren.find((c) => c !== null) : item;
        if (statement) this.addSql(call, statement, unit, rollbackOnly);
      }
      return;
    }
    const value = readPythonString(argument);
    if (isDynamic(value)) {
      this.dynamicSql.push({ call, reason: value.dynamic, span: spanOf2(argument), unit: spanOf2(unit), rollbackOnly });
      return;
    }
    this.sql.push({ text: value.text, toFile: toOffsetMap(value), call, unit: spanOf2(unit), rollbackOnly });
  }
  /**
   * Reads the body of a function that runs during the migration (an Alembic upgrade(), a Django
   * RunPython function): SQL it executes and rows it deletes without a filter.
   */
  readCode(body, rollbackOnly, skip = () => false) {
    for (const call of descendants(body)) {
      if (call.type !== "call" || skip(call)) continue;
      const fn = call.childForFieldName("function");
      if (fn?.type !== "attribute") continue;
      const method = fn.childForFieldName("attribute")?.text ?? "";
      const { positional, keywords } = pythonArguments(call);
      if (EXECUTE_METHODS.has(method)) {
        const statement = positional[0] ?? keywords.get("sqltext") ?? keywords.get("statement");
        if (statement) this.readExecuted(fn.text, statement, call, rollbackOnly);
      } else if (EDITOR_DROPS.has(method) && isSchemaEditor(fn.childForFieldName("object"))) {
        const model = editorArgument(positional[0]);
        const field = positional[1] ? `.${editorArgument(positional[1])}` : "";
        const kind = method === "delete_model" ? "drop-table" : "drop-column";
        this.add(
          kind,
          fn.text,
          kind === "drop-table" ? model : `${model}${field}`,
          fn.childForFieldName("attribute"),
          call,
          rollbackOnly
        );
      } else if (method === "delete" && positional.length === 0 && keywords.size === 0) {
        const model = unfilteredModel(fn.childForFieldName("object")) ?? loopedModel(fn.childForFieldName("object"), body);
        if (model)
          this.add(
            "unbounded-delete",
            `${model.call}.delete()`,
            model.name,
            fn.childForFieldName("attribute"),
            call,
            rollbackOnly
          );
      }
    }
  }
  /** A statement given to execute(): SQL text, or a SQLAlchemy construct such as `table.delete()`. */
  readExecuted(call, statement, unit, rollbackOnly) {
    const construct = sqlalchemyDelete(statement);
    if (construct === "bounded") return;
    if (construct) {
      this.add("unbounded-delete", construct.call, construct.table, construct.span, unit, rollbackOnly);
      return;
    }
    this.addSql(call, statement, unit, rollbackOnly);
  }
};
var EDITOR_DROPS = /* @__PURE__ */ new Set(["delete_model", "remove_field"]);
function editorArgument(node) {
  if (node?.type === "call" && /(?:^|\.)get_field$/.test(node.childForFieldName("function")?.text ?? "")) {
    return pythonName(pythonArguments(node).positional[0]);
  }
  return pythonName(node) === "?" ? node?.text ?? "?" : pythonName(node);
}
function isSchemaEditor(node) {
  return node?.type === "identifier" && /(?:^|_)editor$/.test(node.text);
}
function loopedModel(object, scope) {
  if (object?.type !== "identifier") return void 0;
  for (let n = object.parent; n && n.id !== scope.id; n = n.parent) {
    const loops = n.type === "for_statement" ? [n] : n.type === "list_comprehension" || n.type === "generator_expression" ? n.namedChildren.filter((c) => c?.type === "for_in_clause") : [];
    for (const loop of loops) {
      if (loop.childForFieldName("left")?.text !== object.text) continue;
      const model = unfilteredModel(loop.childForFieldName("right"));
      if (model) return { name: model.name, call: `for ${object.text} in ${model.call}: ${object.text}` };
    }
  }
  return void 0;
}
function unfilteredModel(node) {
  const call = node?.text.replace(/\s+/g, "") ?? "";
  for (let n = node; n; ) {
    if (n.type === "call") {
      const fn = n.childForFieldName("function");
      const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text ?? "" : "";
      const hasArgs = (n.childForFieldName("arguments")?.namedChildren.length ?? 0) > 0;
      const queried = pythonArguments(n).positional[0];
      if (method === "query" && queried) return { name: queried.text, call };
      const unnarrowing = UNNARROWING.has(method) || (method === "filter" || method === "exclude") && !hasArgs;
      if (!unnarrowing) return void 0;
      n = fn?.childForFieldName("object") ?? null;
    } else if (n.type === "attribute") {
      const attribute = n.childForFieldName("attribute")?.text ?? "";
      if (!MANAGERS.has(attribute)) return void 0;
      const model = n.childForFieldName("object");
      return model ? { name: model.text, call } : void 0;
    } else return void 0;
  }
  return void 0;
}
function sqlalchemyDelete(node) {
  let bounded = false;
  for (let n = node; n?.type === "call"; ) {
    const fn = n.childForFieldName("function");
    if (!fn) return void 0;
    const name = fn.type === "attribute" ? fn.childForFieldName("attribute")?.text ?? "" : fn.text;
    if (name === "where" || name === "filter" || name === "filter_by") bounded = true;
    if (name === "delete" || name.endsWith(".delete")) {
      if (bounded) return "bounded";
      const argument = pythonArguments(n).positional[0];
      const table = argument?.text ?? (fn.type === "attribute" ? fn.childForFieldName("object")?.text : void 0) ?? "?";
      return { call: `${fn.text}()`, table, span: fn.type === "attribute" ? fn.childForFieldName("attribute") : fn };
    }
    n = fn.type === "attribute" ? fn.childForFieldName("object") : null;
  }
  return void 0;
}

// src/parsers/migrations/alembic.ts
var alembicReader = {
  framework: "alembic",
  grammar: "python",
  recognises: isAlembicMigration,
  read(file, context) {
    const migration = new PythonMigration();
    if (file.text === "") return migration.result();
    const tree = parserFor("python").parse(file.text);
    if (!tree) throw new Error("the Python parser returned no tree");
    try {
      const root = tree.rootNode;
      const errorLine = syntaxErrorLine(root);
      if (errorLine !== void 0) throw new Error(`Python syntax error at line ${errorLine}`);
      const functions = topLevelFunctions(root);
      const rollback = rollbackFunctions(functions);
      let current = null;
      const history = () => current === null ? current = alembicCurrentColumns(file.path, file.text, context) : current;
      for (const [name, fn] of functions) {
        const body = fn.childForFieldName("body");
        if (body) readFunction(migration, body, rollback.has(name), history);
      }
      return migration.result();
    } finally {
      tree.delete();
    }
  }
};
function topLevelFunctions(root) {
  const functions = /* @__PURE__ */ new Map();
  for (const node of root.namedChildren) {
    const definition = node?.type === "decorated_definition" ? node.childForFieldName("definition") : node;
    const name = definition?.type === "function_definition" ? definition.childForFieldName("name")?.text : void 0;
    if (definition && name) functions.set(name, definition);
  }
  return functions;
}
function rollbackFunctions(functions) {
  const isDowngrade = (name) => /^downgrade(?:_\w+)?$/.test(name);
  const callers = (helper) => [...functions].filter(
    ([, fn]) => [...descendants(fn)].some((n) => n.type === "call" && n.childForFieldName("function")?.text === helper)
  );
  const rollback = /* @__PURE__ */ new Set();
  for (const name of functions.keys()) {
    if (isDowngrade(name)) rollback.add(name);
    else if (!/^upgrade(?:_\w+)?$/.test(name)) {
      const calledBy = callers(name).map(([caller]) => caller);
      if (calledBy.length > 0 && calledBy.every(isDowngrade)) rollback.add(name);
    }
  }
  return rollback;
}
function readFunction(migration, body, rollbackOnly, history) {
  for (const call of descendants(body)) {
    if (call.type !== "call") continue;
    const fn = call.childForFieldName("function");
    if (fn?.type !== "attribute") continue;
    const object = fn.childForFieldName("object");
    const method = fn.childForFieldName("attribute");
    const batchOf = object ? batchTable(object) : void 0;
    if (object?.text !== "op" && batchOf === void 0) continue;
    const { positional, keywords } = pythonArguments(call);
    const shift = batchOf === void 0 ? 0 : 1;
    const arg = (index, keyword) => keywords.get(keyword) ?? positional[index - shift];
    const table = batchOf ?? pythonName(arg(0, "table_name"));
    switch (method.text) {
      case "create_table":
        if (!rollbackOnly && !ifNotExists(keywords)) migration.created.set(table.toLowerCase(), call.endIndex);
        break;
      case "add_column": {
        const column = arg(1, "column");
        const name = column?.type === "call" ? pythonArguments(column).positional[0] : void 0;
        if (!rollbackOnly && !ifNotExists(keywords))
          migration.created.set(`${table}.${pythonName(name)}`.toLowerCase(), call.endIndex);
        break;
      }
      case "drop_table":
        migration.add("drop-table", fn.text, table, method, call, rollbackOnly);
        break;
      case "drop_column":
        migration.add(
          "drop-column",
          fn.text,
          `${table}.${pythonName(arg(1, "column_name"))}`,
          method,
          call,
          rollbackOnly
        );
        break;
      case "alter_column": {
        const toNode = keywords.get("type_");
        if (!toNode) break;
        const to = sqlalchemyType(toNode);
        const fromNode = keywords.get("existing_type");
        const column = pythonName(arg(1, "column_name"));
        const target = `${table}.${column}`;
        const known = fromNode || rollbackOnly ? void 0 : history();
        const from = fromNode ? sqlalchemyType(fromNode) : known?.typeOf(table, column);
        if (!isLossyChange(from, to)) {
          if (from && known && isLossyChange(void 0, to)) {
            const because = wideningReason(target, describeType(from), describeType(to), known.source);
            const detail2 = `${describeType(from)} -> ${describeType(to)}`;
            migration.add("lossy-type-change", fn.text, target, method, call, rollbackOnly, detail2, because);
          }
          break;
        }
        const detail = `${from ? describeType(from) : "current type unknown"} -> ${describeType(to)}`;
        migration.add("lossy-type-change", fn.text, target, method, call, rollbackOnly, detail);
        break;
      }
    }
  }
  migration.readCode(body, rollbackOnly);
}
function ifNotExists(keywords) {
  const value = keywords.get("if_not_exists");
  return value !== void 0 && value.text !== "False" && value.text !== "None";
}

// src/parsers/migrations/atlas.ts
var atlasReader = {
  framework: "atlas",
  grammar: "hcl",
  recognises: isAtlasSchema,
  read(file) {
    if (file.text === "" || file.baseText === void 0) return { operations: [], sql: [], dynamicSql: [] };
    const head = parsed(file.text, "new");
    const base = parsed(file.baseText, "old");
    return { operations: [], sql: [], dynamicSql: [], baseOperations: removed(base, head) };
  }
};
function parsed(text, side) {
  const file = parseHcl(text);
  const error = file.errors[0];
  if (error)
    throw new Error(`the ${side} schema could not be parsed at line ${text.slice(0, error.start).split("\n").length}`);
  return file;
}
function tables(file) {
  const byName = /* @__PURE__ */ new Map();
  for (const block of file.blocks) {
    if (block.type !== "table" || block.labels.length === 0) continue;
    const schema = block.attributes.find((a) => a.name === "schema")?.value;
    byName.set(`${schemaName(schema)}.${block.labels[0]}`, block);
  }
  return byName;
}
function schemaName(expr) {
  return expr?.kind === "traversal" && expr.root === "schema" ? String(expr.steps[0] ?? "") : "";
}
function removed(base, head) {
  const out = [];
  const headTables = tables(head);
  for (const [key, table] of tables(base)) {
    const name = table.labels[0];
    const target = key.startsWith(".") ? name : key;
    const kept = headTables.get(key);
    if (!kept) {
      out.push({
        kind: "drop-table",
        call: `removing table "${name}" from the Atlas schema`,
        target,
        span: table.header,
        unit: table.span,
        rollbackOnly: false
      });
      continue;
    }
    const columns = new Set(kept.blocks.filter((b) => b.type === "column").map((b) => b.labels[0]));
    for (const column of table.blocks) {
      if (column.type !== "column" || !column.labels[0] || columns.has(column.labels[0])) continue;
      out.push({
        kind: "drop-column",
        call: `removing column "${column.labels[0]}" from the Atlas schema`,
        target: `${target}.${column.labels[0]}`,
        span: column.header,
        unit: column.span,
        rollbackOnly: false
      });
    }
  }
  return out;
}

// src/parsers/migrations/django.ts
var djangoReader = {
  framework: "django",
  grammar: "python",
  recognises: isDjangoMigration,
  read(file, context) {
    if (file.text === "") return new PythonMigration().result();
    return withTree2(file.text, (root) => {
      const errorLine = syntaxErrorLine(root);
      if (errorLine !== void 0) throw new Error(`Python syntax error at line ${errorLine}`);
      const fields = new FieldHistory(() => baseHistory(file.path, context));
      for (const earlier of earlierMigrations(file.path, context)) {
        withTree2(earlier, (r) => operationsOf(r).forEach((op) => fields.record(op)));
      }
      const migration = new PythonMigration();
      for (const operation of operationsOf(root)) readOperation(migration, operation, root, fields, file.path);
      return migration.result();
    });
  }
};
function withTree2(text, use) {
  const tree = parserFor("python").parse(text);
  if (!tree) throw new Error("the Python parser returned no tree");
  try {
    return use(tree.rootNode);
  } finally {
    tree.delete();
  }
}
var MAX_HISTORY_FILES = 400;
function baseHistory(path, context) {
  const baseTree = context?.baseTree;
  if (!baseTree) return void 0;
  const slash = path.lastIndexOf("/");
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  const changed = new Set((context?.files ?? []).map((f) => f.path));
  const earlier = baseTree.list(folder).filter(
    (p) => !p.slice(folder.length).includes("/") && DJANGO_MIGRATION_PATH.test(p) && p.slice(folder.length) < name
  ).filter((p) => !changed.has(p)).sort();
  if (earlier.length === 0 || earlier.length > MAX_HISTORY_FILES) return void 0;
  const history = new FieldHistory();
  for (const p of earlier) {
    const text = baseTree.read(p);
    if (text === void 0 || !djangoReader.recognises(p, text)) continue;
    withTree2(text, (r) => operationsOf(r).forEach((op) => history.record(op)));
  }
  return history;
}
function earlierMigrations(path, context) {
  const slash = path.lastIndexOf("/");
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  return (context?.files ?? []).filter((f) => f.path !== path && f.headText !== void 0 && f.path.startsWith(folder)).filter((f) => !f.path.slice(folder.length).includes("/") && f.path.slice(folder.length) < name).filter((f) => djangoReader.recognises(f.path, f.headText)).sort((a, b) => a.path.localeCompare(b.path)).map((f) => f.headText);
}
function operationsOf(root) {
  for (const node of descendants(root)) {
    if (node.type !== "class_definition") continue;
    const supers = node.childForFieldName("superclasses")?.text.replace(/\s+/g, "") ?? "";
    if (supers !== "(migrations.Migration)" && supers !== "(Migration)") continue;
    for (const statement of node.childForFieldName("body")?.namedChildren ?? []) {
      const assignment = statement?.namedChildren[0];
      if (assignment?.type !== "assignment" || assignment.childForFieldName("left")?.text !== "operations") continue;
      const list = assignment.childForFieldName("right");
      return list ? callsIn2(list) : [];
    }
  }
  return [];
}
function callsIn2(list) {
  return list.namedChildren.filter((c) => c?.type === "call");
}
function operationName(call) {
  const fn = call.childForFieldName("function")?.text ?? "";
  return fn.slice(fn.lastIndexOf(".") + 1);
}
function readOperation(migration, call, root, fields, path) {
  const name = operationName(call);
  const fn = call.childForFieldName("function");
  const callName = fn.text;
  const { positional, keywords } = pythonArguments(call);
  const arg = (index, keyword) => keywords.get(keyword) ?? positional[index];
  switch (name) {
    case "CreateModel": {
      const model = pythonName(arg(0, "name")).toLowerCase();
      migration.created.set(model, call.endIndex);
      const table = dbTable(arg(2, "options")) ?? appLabel(path)?.concat("_", model);
      if (table) migration.created.set(table.toLowerCase(), call.endIndex);
      break;
    }
    case "AddField":
      migration.created.set(fieldKey(arg(0, "model_name"), arg(1, "name")).toLowerCase(), call.endIndex);
      break;
    case "DeleteModel": {
      const model = pythonName(arg(0, "name"));
      const said = fields.unmanaged(model.toLowerCase());
      const unmanaged = said && `${model} is unmanaged (\`managed: False\` in ${said}): Django drops no table for it`;
      migration.add("drop-table", callName, model, fn, call, false, void 0, unmanaged || void 0);
      break;
    }
    case "RemoveField":
      migration.add(
        "drop-column",
        callName,
        `${pythonName(arg(0, "model_name"))}.${pythonName(arg(1, "name"))}`,
        fn,
        call,
        false
      );
      break;
    case "AlterField": {
      const field = fieldKey(arg(0, "model_name"), arg(1, "name"));
      const to = fieldType(arg(2, "field"));
      const known = fields.known(field);
      if (to && known && isLossyChange(known.type, to)) {
        migration.add(
          "lossy-type-change",
          callName,
          field,
          fn,
          call,
          false,
          `${describeType(known.type)} -> ${describeType(to)}${known.source ? `, the type ${known.source} give it` : ""}`
        );
      }
      break;
    }
    case "RunSQL": {
      const forward = arg(0, "sql");
      const reverse = arg(1, "reverse_sql");
      if (forward && !isNoop(forward)) migration.addSql(callName, forward, call, false);
      if (reverse && !isNoop(reverse)) migration.addSql(callName, reverse, call, true);
      break;
    }
    case "RunPython": {
      for (const body of functionBodies(root, arg(0, "code"))) migration.readCode(body, false);
      for (const body of functionBodies(root, arg(1, "reverse_code"))) migration.readCode(body, true);
      break;
    }
    case "SeparateDatabaseAndState": {
      const database = arg(0, "database_operations");
      if (database?.type === "list")
        for (const op of callsIn2(database)) readOperation(migration, op, root, fields, path);
      break;
    }
  }
  fields.record(call);
}
function appLabel(path) {
  return /(?:^|\/)(\w+)\/migrations\/[^/]+$/.exec(path)?.[1];
}
function managedOption(options) {
  if (options?.type !== "dictionary") return void 0;
  for (const pair of options.namedChildren) {
    if (pair?.type !== "pair" || pythonName(pair.childForFieldName("key") ?? void 0) !== "managed") continue;
    const value = pair.childForFieldName("value")?.text;
    return value === "False" ? false : value === "True" ? true : void 0;
  }
  return void 0;
}
function dbTable(options) {
  if (options?.type !== "dictionary") return void 0;
  for (const pair of options.namedChildren) {
    if (pair?.type !== "pair" || pythonName(pair.childForFieldName("key") ?? void 0) !== "db_table") continue;
    const value = pythonName(pair.childForFieldName("value") ?? void 0);
    return value === "?" ? void 0 : value;
  }
  return void 0;
}
function isNoop(node) {
  return /(?:^|\.)noop$/.test(node.text);
}
function functionBodies(root, code) {
  const bodies = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const body = moduleFunction(root, name);
    if (!body) return;
    bodies.push(body);
    for (const call of descendants(body)) {
      const fn = call.type === "call" ? call.childForFieldName("function") : null;
      if (fn?.type === "identifier") visit(fn.text);
    }
  };
  const target = unwrapPartial(code);
  if (target?.type === "lambda") bodies.push(target);
  else if (target?.type === "identifier") visit(target.text);
  return bodies;
}
function unwrapPartial(node) {
  if (node?.type !== "call") return node;
  const fn = node.childForFieldName("function")?.text;
  if (fn !== "partial" && fn !== "functools.partial") return node;
  return pythonArguments(node).positional[0];
}
function moduleFunction(root, name) {
  for (const node of root.namedChildren) {
    const definition = node?.type === "decorated_definition" ? node.childForFieldName("definition") : node;
    if (definition?.type === "function_definition" && definition.childForFieldName("name")?.text === name) {
      return definition.childForFieldName("body") ?? void 0;
    }
  }
  return void 0;
}
function fieldKey(model, field) {
  return `${pythonName(model).toLowerCase()}.${pythonName(field)}`;
}
var FieldHistory = class {
  /** `base`: the app's migrations in the base tree, asked only for a field this change never defined. */
  constructor(readBase = () => void 0) {
    this.readBase = readBase;
  }
  readBase;
  types = /* @__PURE__ */ new Map();
  /** Model -> whether Django manages its table (`options={"managed": False}` says it does not). */
  managed = /* @__PURE__ */ new Map();
  base = null;
  typeOf(key) {
    return this.types.get(key);
  }
  /** The field's type before this operation, and whether this change or the base tree said it. */
  known(key) {
    const own = this.types.get(key);
    if (own) return { type: own };
    if (this.base === null) this.base = this.readBase();
    const type = this.base?.typeOf(key);
    return type ? { type, source: "the app's earlier migrations" } : void 0;
  }
  /**
   * Where the model was last declared unmanaged, when it was: this change's migrations or the
   * app's earlier ones in the base tree. Undefined for a managed or unknown model.
   */
  unmanaged(model) {
    const own = this.managed.get(model);
    if (own !== void 0) return own ? void 0 : "its migrations";
    if (this.base === null) this.base = this.readBase();
    return this.base?.managed.get(model) === false ? "the app's earlier migrations" : void 0;
  }
  record(call) {
    const { positional, keywords } = pythonArguments(call);
    const arg = (index, keyword) => keywords.get(keyword) ?? positional[index];
    const name = operationName(call);
    if (name === "CreateModel" || name === "AlterModelOptions") {
      const model = pythonName(arg(0, "name")).toLowerCase();
      const managed = managedOption(arg(name === "CreateModel" ? 2 : 1, "options"));
      if (managed !== void 0 || name === "CreateModel") this.managed.set(model, managed ?? true);
    }
    if (name === "DeleteModel") this.managed.delete(pythonName(arg(0, "name")).toLowerCase());
    switch (name) {
      case "CreateModel": {
        const model = pythonName(arg(0, "name")).toLowerCase();
        const list = arg(1, "fields");
        for (const item of list?.namedChildren ?? []) {
          if (item?.type !== "tuple") continue;
          const [name2, field] = item.namedChildren;
          const type = fieldType(field ?? void 0);
          if (name2 && type) this.types.set(`${model}.${pythonName(name2)}`, type);
        }
        break;
      }
      case "AddField":
      case "AlterField": {
        const type = fieldType(arg(2, "field"));
        if (type) this.types.set(fieldKey(arg(0, "model_name"), arg(1, "name")), type);
        break;
      }
      case "RemoveField":
        this.types.delete(fieldKey(arg(0, "model_name"), arg(1, "name")));
        break;
      case "RenameField": {
        const from = fieldKey(arg(0, "model_name"), arg(1, "old_name"));
        const type = this.types.get(from);
        this.types.delete(from);
        if (type) this.types.set(fieldKey(arg(0, "model_name"), arg(2, "new_name")), type);
        break;
      }
      case "RenameModel": {
        const from = `${pythonName(arg(0, "old_name")).toLowerCase()}.`;
        const to = `${pythonName(arg(1, "new_name")).toLowerCase()}.`;
        for (const [key, type] of [...this.types]) {
          if (!key.startsWith(from)) continue;
          this.types.delete(key);
          this.types.set(to + key.slice(from.length), type);
        }
        break;
      }
      case "DeleteModel": {
        const model = `${pythonName(arg(0, "name")).toLowerCase()}.`;
        for (const key of [...this.types.keys()]) if (key.startsWith(model)) this.types.delete(key);
        break;
      }
    }
  }
};
function fieldType(field) {
  if (field?.type !== "call") return void 0;
  const name = operationName(field);
  const { keywords } = pythonArguments(field);
  const number = (key) => {
    const value = keywords.get(key);
    return value?.type === "integer" ? Number(value.text) : void 0;
  };
  const string = (fallback) => ({ family: "string", limit: number("max_length") ?? fallback });
  switch (name) {
    case "CharField":
      return { family: "string", ...number("max_length") === void 0 ? {} : { limit: number("max_length") } };
    case "SlugField":
      return string(50);
    case "EmailField":
      return string(254);
    case "URLField":
      return string(200);
    case "TextField":
      return { family: "text" };
    case "SmallIntegerField":
    case "PositiveSmallIntegerField":
    case "SmallAutoField":
      return { family: "integer", bytes: 2 };
    case "IntegerField":
    case "PositiveIntegerField":
    case "AutoField":
      return { family: "integer", bytes: 4 };
    case "BigIntegerField":
    case "PositiveBigIntegerField":
    case "BigAutoField":
      return { family: "integer", bytes: 8 };
    case "DecimalField": {
      const precision = number("max_digits");
      const scale = number("decimal_places");
      return {
        family: "decimal",
        ...precision === void 0 ? {} : { precision },
        ...scale === void 0 ? {} : { scale }
      };
    }
    case "FloatField":
      return { family: "float" };
    case "BooleanField":
    case "NullBooleanField":
      return { family: "boolean" };
    case "DateField":
      return { family: "date" };
    case "DateTimeField":
      return { family: "datetime" };
    case "TimeField":
      return { family: "time" };
    default:
      return { family: "other", name };
  }
}

// src/parsers/migrations/collector.ts
function spanOf3(node) {
  return { start: node.startIndex, end: node.endIndex };
}
var MigrationCollector = class {
  operations = [];
  sql = [];
  dynamicSql = [];
  notes = [];
  operation(operation) {
    this.operations.push(operation);
  }
  /** A SQL argument: literal SQL goes to the SQL family, run-time SQL is reported as dynamic. */
  sqlArgument(argument, call, span, unit, rollbackOnly) {
    if (argument.kind === "static") {
      this.sql.push({ text: argument.text, toFile: argument.toFile, call, unit, rollbackOnly });
    } else {
      this.dynamicSql.push({ call, reason: argument.reason, span, unit, rollbackOnly });
    }
  }
  result() {
    const byStart = (a, b) => a.unit.start - b.unit.start;
    return {
      operations: [...this.operations].sort((a, b) => a.span.start - b.span.start),
      // The SQL family reads the pieces as one script in file order.
      sql: [...this.sql].sort(byStart),
      dynamicSql: this.dynamicSql,
      ...this.notes.length > 0 ? { notes: this.notes } : {}
    };
  }
};
function failOnSyntaxError(root, what) {
  if (!root.hasError) return;
  const error = firstError(root);
  const line = (error ?? root).startPosition.row + 1;
  throw new Error(`has a ${what} syntax error at line ${line}`);
}
function firstError(node) {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child && (child.hasError || child.isError || child.isMissing)) {
      const found = firstError(child);
      if (found) return found;
    }
  }
  return void 0;
}

// src/parsers/migrations/php-ast.ts
var CALLS = /* @__PURE__ */ new Set([
  "member_call_expression",
  "scoped_call_expression",
  "function_call_expression",
  "nullsafe_member_call_expression"
]);
function isPhpCall(node) {
  return CALLS.has(node.type);
}
function phpCallName(call) {
  return call.childForFieldName(call.type === "function_call_expression" ? "function" : "name");
}
function phpArguments(call) {
  const list = call.childForFieldName("arguments");
  if (!list) return [];
  return list.namedChildren.filter((a) => a !== null && a.type === "argument").map((a) => a.namedChildren[a.namedChildren.length - 1]).filter((v) => v !== void 0);
}
function phpReceiver(call) {
  if (call.type === "scoped_call_expression") return call.childForFieldName("scope");
  if (call.type === "function_call_expression") return null;
  return call.childForFieldName("object");
}
function phpChain(call) {
  const chain = [];
  let current = call;
  while (current && isPhpCall(current)) {
    chain.unshift(current);
    current = phpReceiver(current);
  }
  return chain;
}
function phpClassName(node) {
  if (!node || !["name", "qualified_name", "relative_name"].includes(node.type)) return void 0;
  return node.text.split("\\").pop();
}
function phpMethodName(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === "method_declaration") return n.childForFieldName("name")?.text;
  }
  return void 0;
}
function phpCalls(root) {
  return root.descendantsOfType([...CALLS]).filter((n) => n !== null);
}

// src/parsers/migrations/php-migration.ts
function readPhpMigration(text, runsOnRollback, readersFor) {
  const tree = parserFor("php").parse(text);
  if (!tree) throw new Error("could not be parsed as PHP");
  try {
    failOnSyntaxError(tree.rootNode, "PHP");
    const out = new MigrationCollector();
    const readers = readersFor(tree.rootNode);
    for (const call of phpCalls(tree.rootNode)) {
      const rollbackOnly = runsOnRollback(phpMethodName(call));
      for (const read of readers) read(call, text, rollbackOnly, out);
    }
    return out.result();
  } finally {
    tree.delete();
  }
}
function phpUnitOf(call) {
  let unit = call;
  while (unit.parent && isPhpCall(unit.parent) && phpReceiver(unit.parent)?.id === unit.id) unit = unit.parent;
  return unit;
}

// src/parsers/migrations/decoded-string.ts
var DecodedBuilder = class {
  text = "";
  offsets = [];
  end = 0;
  /** Characters copied unchanged from `src[start, end)`. */
  verbatim(src, start, end) {
    for (let i = start; i < end; i++) this.offsets.push(i);
    this.text += src.slice(start, end);
    this.end = end;
    return this;
  }
  /** A decoded escape (`\n`, `""`, `\x41`) written at `src[start, end)`. */
  decoded(value, start, end) {
    for (let i = 0; i < value.length; i++) this.offsets.push(start);
    this.text += value;
    this.end = end;
    return this;
  }
  append(other) {
    this.offsets.push(...other.offsets);
    this.text += other.text;
    this.end = other.end;
    return this;
  }
  finish() {
    return { text: this.text, toFile: fromOffsets([...this.offsets, this.end]) };
  }
};

// src/parsers/migrations/php-strings.ts
var DOUBLE_QUOTED = {
  n: "\n",
  t: "	",
  r: "\r",
  v: "\v",
  e: "\x1B",
  f: "\f",
  "\\": "\\",
  $: "$",
  '"': '"'
};
var FORMATTERS = /* @__PURE__ */ new Set(["sprintf", "vsprintf", "str_replace", "implode", "join", "strtr", "preg_replace"]);
function phpSqlArgument(node, src) {
  const literal = phpLiteral(node, src);
  if (literal instanceof DecodedBuilder) return { kind: "static", ...literal.finish() };
  return { kind: "dynamic", reason: literal };
}
function phpStringValue(node, src) {
  if (!node) return void 0;
  const literal = phpLiteral(node, src);
  return literal instanceof DecodedBuilder ? literal.finish().text : void 0;
}
function phpLiteral(node, src) {
  switch (node.type) {
    case "argument":
    case "parenthesized_expression":
      return node.namedChildren[node.namedChildren.length - 1] ? phpLiteral(node.namedChildren[node.namedChildren.length - 1], src) : "an empty argument";
    case "string":
      return quoted(node, src, (escape) => escape.slice(1));
    case "encapsed_string":
      return quoted(node, src, decodeDoubleQuoted);
    case "nowdoc":
    case "heredoc": {
      const body = node.childForFieldName("value");
      return body ? quoted(body, src, decodeDoubleQuoted, true) : new DecodedBuilder();
    }
    case "binary_expression": {
      if (node.childForFieldName("operator")?.type !== ".") return "an expression";
      const left = phpLiteral(node.childForFieldName("left"), src);
      const right = phpLiteral(node.childForFieldName("right"), src);
      if (left instanceof DecodedBuilder && right instanceof DecodedBuilder) return left.append(right);
      return "concatenation";
    }
    case "variable_name":
    case "member_access_expression":
    case "class_constant_access_expression":
      return "a variable";
    case "function_call_expression": {
      const name = node.childForFieldName("function")?.text.toLowerCase() ?? "";
      return FORMATTERS.has(name) ? `${name}()` : "a function call";
    }
    default:
      return "an expression";
  }
}
function quoted(node, src, decode, body = false) {
  const builder = new DecodedBuilder();
  let cursor = node.startIndex;
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (body && child.startIndex > cursor) builder.verbatim(src, cursor, child.startIndex);
    cursor = child.endIndex;
    switch (child.type) {
      case "string_content":
      case "nowdoc_string":
        builder.verbatim(src, child.startIndex, child.endIndex);
        break;
      case "escape_sequence":
        builder.decoded(decode(child.text), child.startIndex, child.endIndex);
        break;
      case "heredoc_start":
      case "heredoc_end":
        break;
      default:
        return "string interpolation";
    }
  }
  if (body && node.endIndex > cursor) builder.verbatim(src, cursor, node.endIndex);
  return builder;
}
function decodeDoubleQuoted(escape) {
  const body = escape.slice(1);
  if (body in DOUBLE_QUOTED) return DOUBLE_QUOTED[body];
  if (/^[0-7]{1,3}$/.test(body)) return String.fromCharCode(parseInt(body, 8) & 255);
  if (/^x[0-9a-fA-F]{1,2}$/.test(body)) return String.fromCharCode(parseInt(body.slice(1), 16));
  const unicode = /^u\{([0-9a-fA-F]+)\}$/.exec(body);
  if (unicode) return String.fromCodePoint(parseInt(unicode[1], 16));
  return escape;
}

// src/parsers/migrations/doctrine.ts
var CONNECTION_SQL = /* @__PURE__ */ new Set(["executeStatement", "executeQuery", "executeUpdate", "exec"]);
var doctrineReader = {
  framework: "doctrine",
  grammar: "php",
  recognises: isDoctrineMigration,
  read: (file) => readPhpMigration(
    file.text,
    // preUp/postUp run with up(); preDown/postDown with down().
    (method) => method === "down" || method === "preDown" || method === "postDown",
    () => [readAddSql, readSchemaApi]
  )
};
function readAddSql(call, src, rollbackOnly, out) {
  const name = phpCallName(call);
  if (!name || call.type !== "member_call_expression") return;
  const receiver = phpReceiver(call)?.text.replace(/\s+/g, "");
  const runsSql = name.text === "addSql" && receiver === "$this" || CONNECTION_SQL.has(name.text) && (receiver === "$this->connection" || receiver === "$connection");
  if (!runsSql) return;
  const sql = phpArguments(call)[0];
  if (!sql) return;
  const spelled = name.text === "addSql" ? "$this->addSql" : `$this->connection->${name.text}`;
  out.sqlArgument(phpSqlArgument(sql, src), spelled, spanOf3(name), spanOf3(phpUnitOf(call)), rollbackOnly);
}
function readSchemaApi(call, src, rollbackOnly, out) {
  const name = phpCallName(call);
  if (!name || call.type !== "member_call_expression") return;
  const receiver = phpReceiver(call);
  if (name.text === "dropTable" && receiver?.text === "$schema") {
    out.operation({
      kind: "drop-table",
      call: "$schema->dropTable",
      target: phpStringValue(phpArguments(call)[0], src) ?? "?",
      span: spanOf3(name),
      unit: spanOf3(phpUnitOf(call)),
      rollbackOnly
    });
  }
  if (name.text === "dropColumn" && receiver && isPhpCall(receiver) && phpCallName(receiver)?.text === "getTable") {
    const table = phpStringValue(phpArguments(receiver)[0], src) ?? "?";
    out.operation({
      kind: "drop-column",
      call: "$table->dropColumn",
      target: `${table}.${phpStringValue(phpArguments(call)[0], src) ?? "?"}`,
      span: spanOf3(name),
      unit: spanOf3(phpUnitOf(call)),
      rollbackOnly
    });
  }
}

// src/parsers/migrations/elixir-ast.ts
var ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  s: " ",
  e: "\x1B",
  "0": "\0",
  a: "\x07",
  b: "\b",
  d: "\x7F",
  f: "\f",
  v: "\v"
};
function exCallName(call) {
  const target = call.childForFieldName("target");
  if (!target) return void 0;
  if (target.type === "identifier") return target.text;
  if (target.type === "dot") return target.childForFieldName("right")?.text;
  return void 0;
}
function exReceiver(call) {
  const target = call.childForFieldName("target");
  return target?.type === "dot" ? target.childForFieldName("left") : null;
}
function exArguments(call) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  const list = call.namedChildren.find((c) => c?.type === "arguments");
  for (const arg of list?.namedChildren ?? []) {
    if (!arg) continue;
    if (arg.type === "keywords") {
      for (const pair of arg.namedChildren) {
        const key = pair?.childForFieldName("key")?.text.replace(/:\s*$/, "");
        const value = pair?.childForFieldName("value");
        if (key && value) keywords.set(key, value);
      }
    } else positional.push(arg);
  }
  return { positional, keywords };
}
function exCalls(root) {
  return root.descendantsOfType("call").filter((n) => n !== null);
}
function exFunctionName(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type !== "call") continue;
    const keyword = exCallName(n);
    if (keyword !== "def" && keyword !== "defp") continue;
    const head = exArguments(n).positional[0];
    if (!head) return void 0;
    return head.type === "call" ? exCallName(head) : head.text;
  }
  return void 0;
}
function exName(node) {
  if (!node) return void 0;
  if (node.type === "atom") return node.text.slice(1);
  if (node.type === "string") {
    const value = exLiteral(node);
    return value instanceof DecodedBuilder ? value.finish().text : void 0;
  }
  return void 0;
}
function exSqlArgument(node) {
  const literal = exLiteral(node);
  if (literal instanceof DecodedBuilder) return { kind: "static", ...literal.finish() };
  return { kind: "dynamic", reason: literal };
}
function exLiteral(node) {
  const src = node.tree.rootNode.text;
  switch (node.type) {
    case "string":
    case "sigil": {
      const sigil = node.type === "sigil" ? node.namedChildren.find((c) => c?.type === "sigil_name")?.text : void 0;
      if (sigil !== void 0 && !/^[sS]$/.test(sigil)) return `a ~${sigil} sigil`;
      const start = node.childForFieldName("quoted_start");
      const end = node.childForFieldName("quoted_end");
      if (!start || !end) return "an expression";
      const raw = sigil === "S";
      const builder = new DecodedBuilder();
      let cursor = start.endIndex;
      for (const child of node.namedChildren) {
        if (!child || child.startIndex < start.endIndex || child.endIndex > end.startIndex) continue;
        if (child.startIndex > cursor) builder.verbatim(src, cursor, child.startIndex);
        cursor = child.endIndex;
        if (child.type === "quoted_content" || raw && child.type === "escape_sequence")
          builder.verbatim(src, child.startIndex, child.endIndex);
        else if (child.type === "escape_sequence")
          builder.decoded(decodeEscape2(child.text), child.startIndex, child.endIndex);
        else if (child.type === "interpolation") return "string interpolation";
        else return "an expression";
      }
      if (end.startIndex > cursor) builder.verbatim(src, cursor, end.startIndex);
      return builder;
    }
    case "binary_operator": {
      const operator = node.childForFieldName("operator")?.text;
      if (operator !== "<>") return "an expression";
      const left = exLiteral(node.childForFieldName("left"));
      const right = exLiteral(node.childForFieldName("right"));
      if (left instanceof DecodedBuilder && right instanceof DecodedBuilder) return left.append(right);
      return "concatenation";
    }
    case "identifier":
    case "module_attribute":
    case "unary_operator":
      return "a variable";
    case "call": {
      const name = exCallName(node);
      if (name === "format" || name === "sprintf" || name === "join" || name === "replace") return `${name}()`;
      return "a function call";
    }
    default:
      return "an expression";
  }
}
function decodeEscape2(escape) {
  const body = escape.slice(1);
  if (body in ESCAPES) return ESCAPES[body];
  const hex = /^x([0-9a-fA-F]{2})$|^x\{([0-9a-fA-F]+)\}$/.exec(body);
  if (hex) return String.fromCodePoint(parseInt(hex[1] ?? hex[2], 16));
  const unicode = /^u([0-9a-fA-F]{4})$|^u\{([0-9a-fA-F]+)\}$/.exec(body);
  if (unicode) return String.fromCodePoint(parseInt(unicode[1] ?? unicode[2], 16));
  return body === "\n" ? "" : body;
}

// src/parsers/migrations/type-change.ts
function isLossyChange2(from, to) {
  return isLossy(from === void 0 ? void 0 : normalised(from), normalised(to));
}
function normalised(type) {
  return type.trim().toLowerCase().replace(/\s*([(),])\s*/g, "$1").replace(/\s+/g, " ");
}
function typeChangeDetail(from, to) {
  return `${from ?? "current type unknown"} -> ${to}`;
}

// src/parsers/migrations/ecto.ts
var ectoReader = {
  framework: "ecto",
  grammar: "elixir",
  recognises: isEctoMigration,
  read(file) {
    const tree = parserFor("elixir").parse(file.text);
    if (!tree) throw new Error("could not be parsed as Elixir");
    try {
      failOnSyntaxError(tree.rootNode, "Elixir");
      const out = new MigrationCollector();
      for (const call of exCalls(tree.rootNode)) {
        const rollbackOnly = exFunctionName(call) === "down";
        const name = exCallName(call);
        if (name === "drop" || name === "drop_if_exists") readDrop(call, name, rollbackOnly, out);
        else if (name === "remove" || name === "remove_if_exists") readRemove(call, name, rollbackOnly, out);
        else if (name === "modify") readModify(call, rollbackOnly, out);
        else if (name === "execute") readExecute(call, rollbackOnly, out);
        else if (name === "delete_all") readDeleteAll(call, rollbackOnly, out);
      }
      return out.result();
    } finally {
      tree.delete();
    }
  }
};
function tableOf(node) {
  if (node?.type !== "call" || exCallName(node) !== "table") return void 0;
  return exName(exArguments(node).positional[0]) ?? "?";
}
function alteredTable(call) {
  for (let n = call.parent; n; n = n.parent) {
    if (n.type === "call" && exCallName(n) === "alter") return tableOf(exArguments(n).positional[0]) ?? "?";
  }
  return "?";
}
function calleeSpan(call) {
  return spanOf3(call.childForFieldName("target") ?? call);
}
function readDrop(call, name, rollbackOnly, out) {
  const table = tableOf(exArguments(call).positional[0]);
  if (table === void 0) return;
  out.operation({
    kind: "drop-table",
    call: name,
    target: table,
    span: calleeSpan(call),
    unit: spanOf3(call),
    rollbackOnly
  });
}
function readRemove(call, name, rollbackOnly, out) {
  const [column, type] = exArguments(call).positional;
  const target = `${alteredTable(call)}.${exName(column) ?? "?"}`;
  const reference = type?.type === "call" && exCallName(type) === "references";
  out.operation({
    kind: reference ? "drop-reference" : "drop-column",
    call: name,
    target,
    span: calleeSpan(call),
    unit: spanOf3(call),
    rollbackOnly
  });
}
function readModify(call, rollbackOnly, out) {
  const { positional, keywords } = exArguments(call);
  const [column, typeNode] = positional;
  const to = sqlType(typeNode, keywords);
  if (!to) return;
  const fromNode = keywords.get("from");
  const from = fromNode ? sqlTypeOfFrom(fromNode) : void 0;
  if (!isLossyChange2(from, to)) return;
  out.operation({
    kind: "lossy-type-change",
    call: "modify",
    target: `${alteredTable(call)}.${exName(column) ?? "?"}`,
    detail: typeChangeDetail(from, to),
    span: calleeSpan(call),
    unit: spanOf3(call),
    rollbackOnly
  });
}
function sqlTypeOfFrom(node) {
  if (node.type !== "tuple") return sqlType(node, /* @__PURE__ */ new Map());
  const [type, options] = node.namedChildren;
  const keywords = /* @__PURE__ */ new Map();
  if (options?.type === "keywords") {
    for (const pair of options.namedChildren) {
      const key = pair?.childForFieldName("key")?.text.replace(/:\s*$/, "");
      const value = pair?.childForFieldName("value");
      if (key && value) keywords.set(key, value);
    }
  }
  return type ? sqlType(type, keywords) : void 0;
}
var ECTO_TYPES = {
  integer: "integer",
  bigint: "bigint",
  smallint: "smallint",
  id: "bigint",
  text: "text",
  boolean: "boolean",
  float: "float",
  date: "date",
  time: "time",
  naive_datetime: "timestamp",
  naive_datetime_usec: "timestamp",
  utc_datetime: "timestamp",
  utc_datetime_usec: "timestamp",
  map: "jsonb",
  binary: "bytea",
  uuid: "uuid",
  binary_id: "uuid"
};
function sqlType(node, keywords) {
  if (!node) return void 0;
  const number = (key) => {
    const value = keywords.get(key);
    return value?.type === "integer" ? Number(value.text.replace(/_/g, "")) : void 0;
  };
  if (node.type === "string") return exName(node);
  if (node.type !== "atom") return void 0;
  const type = node.text.slice(1);
  if (type === "string") return `varchar(${number("size") ?? 255})`;
  if (type === "decimal") {
    const precision = number("precision");
    return precision === void 0 ? "decimal" : `decimal(${precision},${number("scale") ?? 0})`;
  }
  return ECTO_TYPES[type] ?? type;
}
function readExecute(call, rollbackOnly, out) {
  const [forward, backward] = exArguments(call).positional;
  const span = calleeSpan(call);
  const unit = spanOf3(call);
  if (!forward || forward.type === "anonymous_function" || forward.type === "unary_operator") return;
  out.sqlArgument(exSqlArgument(forward), "execute", span, unit, rollbackOnly);
  if (backward && backward.type !== "anonymous_function" && backward.type !== "unary_operator")
    out.sqlArgument(exSqlArgument(backward), "execute (rollback)", span, unit, true);
}
function readDeleteAll(call, rollbackOnly, out) {
  if (!exReceiver(call)) return;
  let query = exArguments(call).positional[0];
  let unit = call;
  if (!query && call.parent?.type === "binary_operator" && call.parent.childForFieldName("operator")?.text === "|>") {
    unit = call.parent;
    query = call.parent.childForFieldName("left") ?? void 0;
  }
  if (!query || isBounded(query)) return;
  out.operation({
    kind: "unbounded-delete",
    call: `${exReceiver(call).text}.delete_all`,
    target: queryTarget(query),
    span: spanOf3(call.childForFieldName("target")?.childForFieldName("right") ?? call),
    unit: spanOf3(unit),
    rollbackOnly
  });
}
function isBounded(query) {
  if (query.type === "keywords" || query.type === "pair") {
    if (query.type === "pair" && /^where\b/.test(query.childForFieldName("key")?.text ?? "")) return true;
  }
  if (query.type === "call" && /^(where|or_where|limit|first)$/.test(exCallName(query) ?? "")) return true;
  return query.namedChildren.some((c) => c !== null && isBounded(c));
}
function queryTarget(query) {
  if (query.type === "alias") return query.text;
  const named = exName(query);
  if (named) return named;
  for (const source of query.descendantsOfType(["string", "alias"])) {
    if (source) return source.type === "alias" ? source.text : exName(source) ?? "?";
  }
  return "?";
}

// src/parsers/migrations/csharp-strings.ts
var ESCAPES2 = {
  "'": "'",
  '"': '"',
  "\\": "\\",
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
var FORMATTERS2 = /^(string|String)\.(Format|Concat|Join)$|\.Replace$/;
function csSqlArgument(node, src) {
  const literal = csLiteral(node, src);
  if (literal instanceof DecodedBuilder) return { kind: "static", ...literal.finish() };
  return { kind: "dynamic", reason: literal };
}
function csStringValue(node, src) {
  if (!node) return void 0;
  const literal = csLiteral(node, src);
  return literal instanceof DecodedBuilder ? literal.finish().text : void 0;
}
function csLiteral(node, src) {
  switch (node.type) {
    case "parenthesized_expression":
      return node.namedChildren[0] ? csLiteral(node.namedChildren[0], src) : "an expression";
    case "string_literal":
      return pieces(node, src);
    case "verbatim_string_literal":
      return verbatim(node, src);
    case "raw_string_literal": {
      const builder = new DecodedBuilder();
      for (const child of node.namedChildren) {
        if (child?.type === "raw_string_content") builder.verbatim(src, child.startIndex, child.endIndex);
      }
      return builder;
    }
    case "interpolated_string_expression":
      return pieces(node, src);
    case "binary_expression": {
      if (node.childForFieldName("operator")?.text !== "+") return "an expression";
      const left = csLiteral(node.childForFieldName("left"), src);
      const right = csLiteral(node.childForFieldName("right"), src);
      if (left instanceof DecodedBuilder && right instanceof DecodedBuilder) return left.append(right);
      return "concatenation";
    }
    case "identifier":
    case "member_access_expression":
      return "a variable";
    case "invocation_expression": {
      const callee = node.childForFieldName("function")?.text ?? "";
      return FORMATTERS2.test(callee) ? `${callee}()` : "a method call";
    }
    default:
      return "an expression";
  }
}
function pieces(node, src) {
  const builder = new DecodedBuilder();
  const interpolated = node.type === "interpolated_string_expression";
  const verbatimText = interpolated && /^(\$@|@\$)/.test(node.text);
  for (const child of node.namedChildren) {
    if (!child) continue;
    switch (child.type) {
      case "string_literal_content":
      case "string_content":
      case "raw_string_content":
        if (interpolated) braces(builder, src, child.startIndex, child.endIndex, verbatimText);
        else builder.verbatim(src, child.startIndex, child.endIndex);
        break;
      case "escape_sequence":
        builder.decoded(decodeEscape3(child.text), child.startIndex, child.endIndex);
        break;
      case "interpolation_start":
      case "interpolation_quote":
        break;
      case "interpolation":
        return "string interpolation";
      default:
        return "an expression";
    }
  }
  return builder;
}
function braces(builder, src, start, end, verbatimText) {
  for (let i = start; i < end; i++) {
    const pair = src.slice(i, i + 2);
    if (pair === "{{" || pair === "}}" || verbatimText && pair === '""') {
      builder.decoded(pair[0], i, i + 2);
      i++;
    } else builder.verbatim(src, i, i + 1);
  }
}
function verbatim(node, src) {
  const builder = new DecodedBuilder();
  const start = node.startIndex + 2;
  const end = node.endIndex - 1;
  for (let i = start; i < end; i++) {
    if (src[i] === '"' && src[i + 1] === '"') {
      builder.decoded('"', i, i + 2);
      i++;
    } else builder.verbatim(src, i, i + 1);
  }
  return builder;
}
function decodeEscape3(escape) {
  const body = escape.slice(1);
  if (body in ESCAPES2) return ESCAPES2[body];
  const code = /^(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{1,4}))$/.exec(body);
  if (code) return String.fromCodePoint(parseInt(code[1] ?? code[2] ?? code[3], 16));
  return escape;
}

// src/parsers/migrations/efcore.ts
var PARAMETERS = {
  DropTable: ["name", "schema"],
  DropColumn: ["name", "table", "schema"],
  DropForeignKey: ["name", "table", "schema"],
  AlterColumn: ["name", "table", "type"],
  Sql: ["sql", "suppressTransaction"]
};
var CLR_TYPES = {
  byte: "tinyint",
  short: "smallint",
  int: "integer",
  long: "bigint",
  decimal: "decimal",
  double: "float",
  float: "real",
  bool: "boolean",
  DateTime: "timestamp",
  DateTimeOffset: "timestamp",
  DateOnly: "date",
  Guid: "uuid"
};
var efCoreReader = {
  framework: "efcore",
  grammar: "csharp",
  recognises: isEfCoreMigration,
  read(file) {
    const tree = parserFor("csharp").parse(file.text);
    if (!tree) throw new Error("could not be parsed as C#");
    try {
      failOnSyntaxError(tree.rootNode, "C#");
      const out = new MigrationCollector();
      const src = file.text;
      for (const method of tree.rootNode.descendantsOfType("method_declaration")) {
        if (!method) continue;
        const name = method.childForFieldName("name")?.text;
        if (name !== "Up" && name !== "Down") continue;
        const builder = method.childForFieldName("parameters")?.namedChildren[0]?.childForFieldName("name")?.text;
        if (!builder) continue;
        readMethod(method, builder, src, name === "Down", out);
      }
      return out.result();
    } finally {
      tree.delete();
    }
  }
};
function builderCalls(method, builder) {
  const calls = [];
  for (const node of method.descendantsOfType("invocation_expression")) {
    const callee = node?.childForFieldName("function");
    if (!node || callee?.type !== "member_access_expression") continue;
    if (callee.childForFieldName("expression")?.text !== builder) continue;
    let name = callee.childForFieldName("name");
    if (!name) continue;
    let typeArgument;
    if (name.type === "generic_name") {
      typeArgument = name.namedChildren[1]?.namedChildren[0]?.text;
      name = name.namedChildren[0] ?? name;
    }
    const method2 = name.text;
    const args = /* @__PURE__ */ new Map();
    const positional = PARAMETERS[method2] ?? [];
    let index = 0;
    for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
      if (arg?.type !== "argument") continue;
      const label = arg.childForFieldName("name")?.text;
      const value = arg.namedChildren[arg.namedChildren.length - 1];
      if (!value) continue;
      const key = label ?? positional[index];
      index++;
      if (key) args.set(key, value);
    }
    const call = { node, method: method2, name, args };
    if (typeArgument !== void 0) call.typeArgument = typeArgument;
    calls.push(call);
  }
  return calls;
}
function readMethod(method, builder, src, rollbackOnly, out) {
  const calls = builderCalls(method, builder);
  const text = (call, key) => csStringValue(call.args.get(key), src);
  const qualified = (call, name) => {
    const schema = text(call, "schema");
    return `${schema ? `${schema}.` : ""}${name ?? "?"}`;
  };
  const droppedForeignKeys2 = calls.filter((c) => c.method === "DropForeignKey");
  for (const call of calls) {
    const span = spanOf3(call.name);
    const unit = spanOf3(call.node);
    if (call.method === "DropTable") {
      const target = qualified(call, text(call, "name"));
      out.operation({ kind: "drop-table", call: "DropTable", target, span, unit, rollbackOnly });
    } else if (call.method === "DropColumn") {
      const table = text(call, "table");
      const column = text(call, "name") ?? "?";
      const reference = droppedForeignKeys2.some(
        (fk) => text(fk, "table") === table && (text(fk, "name") ?? "").endsWith(`_${column}`)
      );
      out.operation({
        kind: reference ? "drop-reference" : "drop-column",
        call: reference ? "DropForeignKey + DropColumn" : "DropColumn",
        target: `${qualified(call, table)}.${column}`,
        span,
        unit,
        rollbackOnly
      });
    } else if (call.method === "AlterColumn") {
      const to = storeType(call, src, "");
      const from = storeType(call, src, "old");
      if (!to || !isLossyChange2(from, to)) continue;
      out.operation({
        kind: "lossy-type-change",
        call: "AlterColumn",
        target: `${qualified(call, text(call, "table"))}.${text(call, "name") ?? "?"}`,
        detail: typeChangeDetail(from, to),
        span,
        unit,
        rollbackOnly
      });
    } else if (call.method === "Sql") {
      const sql = call.args.get("sql");
      if (sql) out.sqlArgument(csSqlArgument(sql, src), "migrationBuilder.Sql", span, unit, rollbackOnly);
    }
  }
}
function storeType(call, src, prefix) {
  const key = (name) => prefix ? `old${name[0].toUpperCase()}${name.slice(1)}` : name;
  const number = (name) => {
    const value = call.args.get(key(name));
    return value?.type === "integer_literal" ? Number(value.text) : void 0;
  };
  const declared = csStringValue(call.args.get(key("type")), src);
  if (declared) return declared;
  const clr = prefix ? call.args.get("oldClrType")?.childForFieldName("type")?.text : call.typeArgument;
  const maxLength = number("maxLength");
  if (clr === "string" || clr === void 0 && maxLength !== void 0) {
    return maxLength === void 0 ? "nvarchar(max)" : `nvarchar(${maxLength})`;
  }
  const base = clr === void 0 ? void 0 : CLR_TYPES[clr.replace(/\?$/, "")];
  if (base === "decimal") {
    const precision = number("precision");
    return precision === void 0 ? "decimal(18,2)" : `decimal(${precision},${number("scale") ?? 0})`;
  }
  return base;
}

// src/parsers/migrations/js/strings.ts
var SIMPLE_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  b: "\b",
  f: "\f",
  v: "\v",
  "0": "\0"
};
function readJsString(node) {
  const decoded = { chars: [], offsets: [], end: node.endIndex };
  const reason = collect(unwrap(node), decoded);
  if (reason !== void 0) return { dynamic: reason };
  return { text: decoded.chars.join(""), toFile: fromOffsets([...decoded.offsets, decoded.end]) };
}
function isBuilt(value) {
  return "dynamic" in value;
}
function literalString(node) {
  if (!node || node.type !== "string" && node.type !== "template_string") return void 0;
  const value = readJsString(node);
  return isBuilt(value) ? void 0 : value.text;
}
function unwrap(node) {
  let current = node;
  while (current.type === "parenthesized_expression" && current.namedChild(0)) current = current.namedChild(0);
  return current;
}
function collect(node, decoded) {
  switch (node.type) {
    case "string":
    case "template_string":
      return collectLiteral(node, decoded);
    case "binary_expression": {
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      if (node.childForFieldName("operator")?.type !== "+" || !left || !right) return "an expression";
      const before = collect(unwrap(left), decoded);
      if (before !== void 0) return "concatenation";
      return collect(unwrap(right), decoded) === void 0 ? void 0 : "concatenation";
    }
    case "identifier":
    case "member_expression":
      return "a variable";
    case "call_expression":
      return "a function call";
    default:
      return "an expression";
  }
}
function collectLiteral(node, decoded) {
  const { chars, offsets } = decoded;
  decoded.end = node.endIndex - 1;
  for (const child of node.children) {
    if (!child) continue;
    if (child.type === "template_substitution") return "string interpolation";
    if (child.type === "string_fragment") {
      const text = child.text;
      for (let i = 0; i < text.length; i++) {
        chars.push(text[i]);
        offsets.push(child.startIndex + i);
      }
    } else if (child.type === "escape_sequence") {
      const value = decodeEscape4(child.text);
      for (let i = 0; i < value.length; i++) {
        chars.push(value[i]);
        offsets.push(child.startIndex);
      }
    }
  }
  return void 0;
}
function decodeEscape4(escape) {
  const body = escape.slice(1);
  if (body.startsWith("\r\n") || body.startsWith("\n") || body.startsWith("\u2028") || body.startsWith("\u2029"))
    return "";
  const simple = SIMPLE_ESCAPES[body];
  if (simple !== void 0) return simple;
  if (body.startsWith("x")) return String.fromCharCode(parseInt(body.slice(1), 16));
  if (body.startsWith("u{")) return String.fromCodePoint(parseInt(body.slice(2, -1), 16));
  if (body.startsWith("u")) return String.fromCharCode(parseInt(body.slice(1), 16));
  return body;
}

// src/parsers/migrations/js/collector.ts
var MigrationCollector2 = class {
  operations = [];
  sql = [];
  dynamicSql = [];
  /** An operation of `call`, the caret on `at` (the method name or the flagged argument). */
  operation(kind, call, at, target, detail) {
    const operation = {
      kind,
      call: calleeText(call),
      target,
      span: spanOf(at),
      unit: spanOf(call),
      rollbackOnly: inDown(call)
    };
    if (detail !== void 0) operation.detail = detail;
    this.operations.push(operation);
  }
  /** SQL whose text is only settled at run time. */
  dynamic(call, at, reason) {
    this.dynamicSql.push({
      call: calleeText(call),
      reason,
      span: spanOf(at),
      unit: spanOf(call),
      rollbackOnly: inDown(call)
    });
  }
  /** The SQL a call runs: read for the SQL family, or dynamic when built at run time. */
  sqlArgument(call, argument) {
    const rollbackOnly = inDown(call);
    const name = calleeText(call);
    if (!argument) {
      this.dynamicSql.push({
        call: name,
        reason: "no SQL argument",
        span: spanOf(call),
        unit: spanOf(call),
        rollbackOnly
      });
      return;
    }
    const value = readJsString(argument);
    if (isBuilt(value)) {
      this.dynamicSql.push({
        call: name,
        reason: value.dynamic,
        span: spanOf(argument),
        unit: spanOf(call),
        rollbackOnly
      });
      return;
    }
    this.sql.push({ text: value.text, toFile: value.toFile, call: name, unit: spanOf(call), rollbackOnly });
  }
  /**
   * A change of a column's type (`changeColumn`, `.alter()`) that loses values. The old type is the
   * one the call states, else the one its reverse restores: the same method on the other side (up
   * vs down) on the same column, which is how these migrations record it.
   */
  typeChange(call, calls, read, reverses = sameColumn) {
    const change = read(call);
    if (!change?.type) return;
    const method = calledName(call);
    const down = inDown(call);
    const reverse = calls.filter((c) => c !== call && calledName(c) === method && inDown(c) !== down).map(read).find((c) => c && reverses(c, change));
    const previousType = change.previousType ?? reverse?.type;
    if (isLossyChange2(previousType, change.type)) {
      const target = `${change.table}.${change.column}`;
      this.operation("lossy-type-change", call, change.at, target, typeChangeDetail(previousType, change.type));
    }
  }
  document() {
    return { operations: this.operations, sql: this.sql, dynamicSql: this.dynamicSql };
  }
};
function sameColumn(other, change) {
  return other.table === change.table && other.column === change.column;
}
function methodCallReader(framework, recognises, readCall4) {
  return {
    framework,
    grammarFor: scriptGrammar,
    recognises,
    read: (file) => readCalls(file, readCall4)
  };
}
function readCalls(file, readCall4) {
  const collector = new MigrationCollector2();
  if (file.text === "") return collector.document();
  const tree = parseScript(file.path, file.text);
  try {
    const calls = callsIn(tree);
    for (const call of calls) readCall4(call, calls, collector);
  } finally {
    tree.delete();
  }
  return collector.document();
}

// src/parsers/migrations/js/column-types.ts
function numberArg(node) {
  if (node?.type !== "number") return void 0;
  const value = Number(node.text);
  return Number.isFinite(value) ? value : void 0;
}
function knexColumnType(method, args) {
  const [, second, third] = args;
  switch (method) {
    case "integer":
    case "increments":
      return "integer";
    case "bigInteger":
    case "bigint":
    case "bigIncrements":
      return "bigint";
    case "tinyint":
      return "tinyint";
    case "smallint":
      return "smallint";
    case "mediumint":
      return "mediumint";
    case "string":
      return `varchar(${numberArg(second) ?? 255})`;
    case "text":
      return "text";
    case "float":
      return "real";
    case "double":
      return "double precision";
    case "decimal":
      return `numeric(${numberArg(second) ?? 8},${numberArg(third) ?? 2})`;
    case "boolean":
      return "boolean";
    case "date":
      return "date";
    case "datetime":
    case "timestamp":
      return "timestamp";
    case "time":
      return "time";
    case "uuid":
      return "uuid";
    case "json":
      return "json";
    case "jsonb":
      return "jsonb";
    case "specificType":
      return literalString(second);
    default:
      return void 0;
  }
}
function sequelizeColumnType(node) {
  if (!node) return void 0;
  if (node.type === "object") return sequelizeColumnType(objectPairs(node).get("type"));
  let name;
  let args = [];
  if (node.type === "member_expression") name = node.childForFieldName("property")?.text;
  else if (node.type === "call_expression") {
    const callee = node.childForFieldName("function");
    name = callee?.type === "member_expression" ? callee.childForFieldName("property")?.text : callee?.text;
    args = (node.childForFieldName("arguments")?.namedChildren ?? []).filter((n) => n !== null);
  }
  if (!name) return void 0;
  const [first, second] = args;
  switch (name) {
    case "STRING":
      return `varchar(${numberArg(first) ?? 255})`;
    case "CHAR":
      return `char(${numberArg(first) ?? 255})`;
    case "TEXT":
    case "CITEXT":
      return "text";
    case "INTEGER":
      return "integer";
    case "BIGINT":
      return "bigint";
    case "SMALLINT":
      return "smallint";
    case "TINYINT":
      return "tinyint";
    case "MEDIUMINT":
      return "mediumint";
    case "DECIMAL":
    case "NUMERIC":
      return first ? `numeric(${numberArg(first) ?? ""}${second ? `,${numberArg(second) ?? ""}` : ""})` : "numeric";
    case "FLOAT":
    case "REAL":
      return "real";
    case "DOUBLE":
      return "double precision";
    case "BOOLEAN":
      return "boolean";
    case "DATE":
      return "timestamp";
    case "DATEONLY":
      return "date";
    case "TIME":
      return "time";
    case "UUID":
      return "uuid";
    case "JSON":
      return "json";
    case "JSONB":
      return "jsonb";
    default:
      return name.toLowerCase();
  }
}
function typeormColumnType(options) {
  const type = literalString(options.get("type"));
  if (!type) return void 0;
  const length = literalString(options.get("length")) ?? options.get("length")?.text;
  const precision = options.get("precision")?.text;
  const scale = options.get("scale")?.text;
  if (length && /^\d+$/.test(length)) return `${type}(${length})`;
  if (precision && /^\d+$/.test(precision))
    return `${type}(${precision}${scale && /^\d+$/.test(scale) ? `,${scale}` : ""})`;
  return type;
}

// src/parsers/migrations/knex.ts
var DROP_TABLE = /* @__PURE__ */ new Set(["dropTable", "dropTableIfExists"]);
var DROP_COLUMN = /* @__PURE__ */ new Set(["dropColumn", "dropColumns"]);
var TABLE_CALLBACK = /* @__PURE__ */ new Set(["alterTable", "table"]);
var TABLE_NAMING = /* @__PURE__ */ new Set(["from", "table", "into", "queryBuilder"]);
var WHERE = /where/i;
var knexReader = {
  framework: "knex",
  grammarFor: scriptGrammar,
  recognises: isKnexMigration,
  read: (file) => readCalls(file, readCall)
};
function readCall(call, calls, collector) {
  const name = calledName(call);
  const args = argumentsOf(call);
  const method = call.childForFieldName("function")?.childForFieldName("property") ?? call;
  if (!name) return;
  if (DROP_TABLE.has(name)) {
    collector.operation("drop-table", call, method, literalString(args[0]) ?? "?");
  } else if (DROP_COLUMN.has(name)) {
    readDropColumns(call, args, collector);
  } else if (name === "dropTimestamps") {
    collector.operation("drop-column", call, method, `${tableOfCallback(call) ?? "?"}.created_at, updated_at`);
  } else if (name === "alter") {
    collector.typeChange(call, calls, alteredColumn);
  } else if (name === "del" || name === "delete" || name === "truncate") {
    readQuery(call, name, method, collector);
  } else if (name === "raw" && receiverOf(call) && !isFragment(call)) {
    if (args[1] && literalString(args[0])?.includes("??"))
      collector.dynamic(call, args[0], "an identifier binding (??)");
    else collector.sqlArgument(call, args[0]);
  }
}
function readDropColumns(call, args, collector) {
  const table = tableOfCallback(call) ?? "?";
  const columns = args.flatMap(
    (a) => a.type === "array" ? a.namedChildren.filter((n) => n !== null) : [a]
  );
  const foreign = droppedForeignKeys(call);
  for (const column of columns) {
    const name = literalString(column) ?? "?";
    const kind = foreign.has(name) ? "drop-reference" : "drop-column";
    collector.operation(kind, call, column, `${table}.${name}`);
  }
}
function callbackOf(call) {
  for (let current = call.parent; current; current = current.parent) {
    if (current.type !== "arrow_function" && current.type !== "function_expression" && current.type !== "function")
      continue;
    const outer = current.parent?.parent;
    if (outer?.type !== "call_expression" || !TABLE_CALLBACK.has(calledName(outer) ?? "")) return void 0;
    const [table] = argumentsOf(outer);
    return table ? { table, callback: current } : void 0;
  }
  return void 0;
}
function tableOfCallback(call) {
  const found = callbackOf(call);
  return found ? literalString(found.table) : void 0;
}
function droppedForeignKeys(call) {
  const columns = /* @__PURE__ */ new Set();
  const found = callbackOf(call);
  if (!found) return columns;
  for (const inner of found.callback.descendantsOfType("call_expression")) {
    if (!inner || calledName(inner) !== "dropForeign") continue;
    const [first] = argumentsOf(inner);
    const named = first?.type === "array" ? first.namedChildren : [first];
    for (const n of named) {
      const column = literalString(n);
      if (column) columns.add(column);
    }
  }
  return columns;
}
function alteredColumn(call) {
  const [builder] = chainCalls(receiverOf(call));
  if (!builder) return void 0;
  const [columnArg] = argumentsOf(builder);
  const column = literalString(columnArg);
  if (!column || !columnArg) return void 0;
  return {
    table: tableOfCallback(call) ?? "?",
    column,
    type: knexColumnType(calledName(builder) ?? "", argumentsOf(builder)),
    at: columnArg
  };
}
function readQuery(call, name, method, collector) {
  const chain = chainCalls(receiverOf(call));
  const root = chain[0];
  if (!root) return;
  const rootIsTable = root.childForFieldName("function")?.type === "identifier";
  const named = rootIsTable ? root : chain.find((c) => TABLE_NAMING.has(calledName(c) ?? ""));
  if (!named) return;
  const table = literalString(argumentsOf(named)[0]) ?? "?";
  if (name === "truncate") {
    collector.operation("truncate", call, method, table);
  } else if (![...chain, ...laterCalls(call)].some((c) => WHERE.test(calledName(c) ?? ""))) {
    collector.operation("unbounded-delete", call, method, table);
  }
}
function laterCalls(call) {
  const later = [];
  let current = call;
  while (current.parent?.type === "member_expression" && current.parent.parent?.type === "call_expression") {
    current = current.parent.parent;
    later.push(current);
  }
  return later;
}

// src/parsers/migrations/laravel.ts
var DB_SQL = /* @__PURE__ */ new Set(["statement", "unprepared", "affectingStatement", "delete", "update", "insert", "select"]);
var BOUNDING = /^(where|orWhere|find|whereKey|limit|take|first|latest|oldest)/;
var FIXED_COLUMN_DROPS = {
  dropTimestamps: ["created_at", "updated_at"],
  dropTimestampsTz: ["created_at", "updated_at"],
  dropSoftDeletes: ["deleted_at"],
  dropSoftDeletesTz: ["deleted_at"],
  dropRememberToken: ["remember_token"]
};
var laravelReader = {
  framework: "laravel",
  grammar: "php",
  recognises: isLaravelMigration,
  read: (file) => readPhpMigration(
    file.text,
    (method) => method === "down",
    (root) => {
      const changes = columnChanges(root, file.text);
      return [
        readSchemaDrop,
        (call, src, rollbackOnly, out) => readBlueprint(call, src, rollbackOnly, out, changes),
        readDbSql,
        readQueryDelete
      ];
    }
  )
};
function onFacade(call, facade) {
  const first = phpChain(call)[0];
  return first?.type === "scoped_call_expression" && phpClassName(phpReceiver(first)) === facade;
}
function readSchemaDrop(call, src, rollbackOnly, out) {
  const name = phpCallName(call);
  if (!name || !onFacade(call, "Schema")) return;
  const method = name.text;
  if (method !== "drop" && method !== "dropIfExists" && method !== "dropAllTables") return;
  const target = method === "dropAllTables" ? "every table" : phpStringValue(phpArguments(call)[0], src) ?? "?";
  out.operation({
    kind: "drop-table",
    call: `Schema::${method}`,
    target,
    span: spanOf3(name),
    unit: spanOf3(phpUnitOf(call)),
    rollbackOnly
  });
}
function blueprintOf(call, src) {
  const name = phpCallName(call)?.text;
  if (call.type !== "scoped_call_expression" || phpClassName(phpReceiver(call)) !== "Schema") return void 0;
  if (name !== "table" && name !== "create") return void 0;
  const [tableArg, closure] = phpArguments(call);
  if (!closure || !["anonymous_function", "arrow_function", "anonymous_function_creation_expression"].includes(closure.type))
    return void 0;
  const parameter = closure.childForFieldName("parameters")?.namedChildren[0]?.childForFieldName("name");
  const body = closure.childForFieldName("body");
  if (!parameter || !body) return void 0;
  return { table: phpStringValue(tableArg, src) ?? "?", variable: parameter.text, body };
}
function blueprintCalls(body, variable) {
  return phpCalls(body).filter((c) => {
    const receiver = phpReceiver(c);
    return receiver?.type === "variable_name" && receiver.text === variable;
  });
}
function readBlueprint(call, src, rollbackOnly, out, changes) {
  const blueprint = blueprintOf(call, src);
  if (!blueprint) return;
  const { table } = blueprint;
  const calls = blueprintCalls(blueprint.body, blueprint.variable);
  const referenced = /* @__PURE__ */ new Set();
  for (const c of calls) {
    if (phpCallName(c)?.text !== "dropForeign") continue;
    for (const column of foreignKeyColumns(phpArguments(c)[0], src, table)) referenced.add(column);
  }
  for (const c of calls) {
    const name = phpCallName(c);
    const method = name.text;
    const unit = spanOf3(phpUnitOf(c));
    let columns = [];
    if (method === "dropColumn" || method === "dropColumns") columns = columnArguments(c, src);
    else if (method === "dropMorphs" || method === "dropNullableMorphs") {
      const base = phpStringValue(phpArguments(c)[0], src) ?? "?";
      columns = [`${base}_type`, `${base}_id`];
    } else if (FIXED_COLUMN_DROPS[method]) columns = FIXED_COLUMN_DROPS[method];
    else if (method === "dropConstrainedForeignId" || method === "dropConstrainedForeignIdFor") {
      out.operation({
        kind: "drop-reference",
        call: `$table->${method}`,
        target: `${table}.${phpStringValue(phpArguments(c)[0], src) ?? "?"}`,
        span: spanOf3(name),
        unit,
        rollbackOnly
      });
    }
    if (columns.length === 0) continue;
    const references = columns.filter((col) => referenced.has(col));
    const plain = columns.filter((col) => !referenced.has(col));
    if (references.length > 0)
      out.operation({
        kind: "drop-reference",
        call: `dropForeign + ${method}`,
        target: references.map((col) => `${table}.${col}`).join(", "),
        span: spanOf3(name),
        unit,
        rollbackOnly
      });
    if (plain.length > 0)
      out.operation({
        kind: "drop-column",
        call: `$table->${method}`,
        target: plain.map((col) => `${table}.${col}`).join(", "),
        span: spanOf3(name),
        unit,
        rollbackOnly
      });
  }
  for (const change of changes) {
    if (change.blueprint !== call.id) continue;
    const other = changes.find(
      (c) => c.table === change.table && c.column === change.column && c.rollbackOnly !== change.rollbackOnly
    );
    if (!isLossyChange2(other?.type, change.type)) continue;
    out.operation({
      kind: "lossy-type-change",
      call: "->change()",
      target: `${change.table}.${change.column}`,
      detail: typeChangeDetail(other?.type, change.type),
      span: change.span,
      unit: change.unit,
      rollbackOnly: change.rollbackOnly
    });
  }
}
function columnArguments(call, src) {
  const columns = [];
  for (const arg of phpArguments(call)) {
    if (arg.type === "array_creation_expression") columns.push(...arrayStrings(arg, src));
    else columns.push(phpStringValue(arg, src) ?? "?");
  }
  return columns;
}
function foreignKeyColumns(arg, src, table) {
  if (!arg) return [];
  if (arg.type === "array_creation_expression") return arrayStrings(arg, src);
  const index = phpStringValue(arg, src);
  if (!index) return [];
  const prefix = `${table}_`;
  const column = index.replace(/_foreign$/, "");
  return [column.startsWith(prefix) ? column.slice(prefix.length) : column];
}
function arrayStrings(array, src) {
  return array.namedChildren.map((e) => phpStringValue(e?.namedChildren[e.namedChildren.length - 1], src) ?? "?");
}
function columnChanges(root, src) {
  const changes = [];
  for (const call of phpCalls(root)) {
    const blueprint = blueprintOf(call, src);
    if (!blueprint) continue;
    for (const change of phpCalls(blueprint.body)) {
      const name = phpCallName(change);
      if (name?.text !== "change" || phpArguments(change).length > 0) continue;
      const definition = phpChain(change).find((c) => {
        const receiver = phpReceiver(c);
        return receiver?.type === "variable_name" && receiver.text === blueprint.variable;
      });
      if (!definition) continue;
      const column = phpStringValue(phpArguments(definition)[0], src);
      const type = sqlTypeOf(definition);
      if (!column || !type) continue;
      changes.push({
        blueprint: call.id,
        table: blueprint.table,
        column,
        type,
        span: spanOf3(phpCallName(definition)),
        unit: spanOf3(phpUnitOf(change)),
        rollbackOnly: phpMethodName(call) === "down"
      });
    }
  }
  return changes;
}
var SIMPLE_TYPES = {
  text: "text",
  mediumText: "mediumtext",
  longText: "longtext",
  tinyText: "varchar(255)",
  integer: "integer",
  unsignedInteger: "integer",
  tinyInteger: "tinyint",
  unsignedTinyInteger: "tinyint",
  smallInteger: "smallint",
  unsignedSmallInteger: "smallint",
  mediumInteger: "mediumint",
  unsignedMediumInteger: "mediumint",
  bigInteger: "bigint",
  unsignedBigInteger: "bigint",
  boolean: "boolean",
  date: "date",
  dateTime: "timestamp",
  dateTimeTz: "timestamp",
  timestamp: "timestamp",
  timestampTz: "timestamp",
  json: "json",
  jsonb: "jsonb",
  uuid: "uuid",
  float: "float",
  double: "double"
};
function sqlTypeOf(definition) {
  const method = phpCallName(definition)?.text ?? "";
  const args = phpArguments(definition).slice(1);
  const number = (i) => args[i]?.type === "integer" ? Number(args[i].text) : void 0;
  if (method === "string") return `varchar(${number(0) ?? 255})`;
  if (method === "char") return `char(${number(0) ?? 255})`;
  if (method === "decimal" || method === "unsignedDecimal") return `decimal(${number(0) ?? 8},${number(1) ?? 2})`;
  return SIMPLE_TYPES[method];
}
function readDbSql(call, src, rollbackOnly, out) {
  const name = phpCallName(call);
  if (!name || !DB_SQL.has(name.text) || !onFacade(call, "DB")) return;
  const chain = phpChain(call);
  if (chain.length > 1 && phpCallName(chain[0])?.text !== "connection") return;
  const sql = phpArguments(call)[0];
  if (!sql) return;
  out.sqlArgument(phpSqlArgument(sql, src), `DB::${name.text}`, spanOf3(name), spanOf3(phpUnitOf(call)), rollbackOnly);
}
function readQueryDelete(call, src, rollbackOnly, out) {
  const name = phpCallName(call);
  if (!name || name.text !== "delete" && name.text !== "truncate") return;
  if (name.text === "delete" && phpArguments(call).length > 0) return;
  const chain = phpChain(call);
  const first = chain[0];
  if (first.type !== "scoped_call_expression") return;
  const facade = phpClassName(phpReceiver(first));
  if (!facade || facade === "Schema" || facade === "parent" || facade === "self" || facade === "static") return;
  if (chain.some((c) => BOUNDING.test(phpCallName(c)?.text ?? ""))) return;
  let target;
  if (facade === "DB") {
    if (phpCallName(first)?.text !== "table") return;
    target = phpStringValue(phpArguments(first)[0], src) ?? "?";
  } else target = facade;
  const spelled = facade === "DB" ? `DB::table()->${name.text}()` : chain.length === 1 ? `${facade}::${name.text}()` : `${facade}::query()->${name.text}()`;
  out.operation({
    kind: name.text === "truncate" ? "truncate" : "unbounded-delete",
    call: spelled,
    target,
    span: spanOf3(name),
    unit: spanOf3(phpUnitOf(call)),
    rollbackOnly
  });
}

// src/parsers/migrations/liquibase-xml.ts
var import_saxes = __toESM(require_saxes(), 1);
var ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function readLiquibaseXml(src) {
  const root = parseXml(src);
  const changeSets = [];
  const visit = (element) => {
    if (local(element.name) === "changeSet") {
      const changeSet = { changes: [], rollback: [] };
      for (const child of element.children) {
        const name = local(child.name);
        if (name === "rollback") {
          const sql = child.text.finish();
          if (sql.text.trim()) changeSet.rollback.push(sqlChange(child, sql));
          changeSet.rollback.push(...child.children.map(toChange));
        } else if (!["comment", "preConditions", "validCheckSum", "tagDatabase"].includes(name)) {
          changeSet.changes.push(toChange(child));
        }
      }
      changeSets.push(changeSet);
    } else element.children.forEach(visit);
  };
  visit(root);
  return changeSets;
}
function local(name) {
  return name.slice(name.indexOf(":") + 1);
}
function sqlChange(element, sql) {
  return {
    type: "sql",
    attributes: /* @__PURE__ */ new Map(),
    span: { start: element.start, end: element.start + element.name.length + 1 },
    unit: { start: element.start, end: element.end },
    columns: [],
    hasWhere: false,
    sql
  };
}
function toChange(element) {
  const type = local(element.name);
  const change = {
    type,
    attributes: element.attributes,
    span: { start: element.start, end: element.start + element.name.length + 1 },
    unit: { start: element.start, end: element.end },
    columns: element.children.filter((c) => local(c.name) === "column").map((c) => c.attributes.get("name") ?? "?"),
    hasWhere: element.children.some((c) => local(c.name) === "where" && c.text.finish().text.trim() !== "")
  };
  const typed = element.children.filter((c) => local(c.name) === "column" && c.attributes.has("type"));
  if (typed.length > 0) {
    change.columnTypes = new Map(typed.map((c) => [c.attributes.get("name") ?? "?", c.attributes.get("type")]));
  }
  if (type === "sql" || type === "createProcedure") change.sql = element.text.finish();
  return change;
}
function parseXml(src) {
  const parser = new import_saxes.SaxesParser({ position: true });
  const document = {
    name: "#document",
    attributes: /* @__PURE__ */ new Map(),
    start: 0,
    end: src.length,
    children: [],
    text: new DecodedBuilder()
  };
  const stack = [document];
  let lastEnd = 0;
  let tagStart = 0;
  let failure;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentagstart", (tag) => {
    tagStart = parser.position - tag.name.length - 2;
  });
  parser.on("opentag", (tag) => {
    const attributes = /* @__PURE__ */ new Map();
    for (const [name, value] of Object.entries(tag.attributes)) attributes.set(local(name), String(value));
    const element = {
      name: tag.name,
      attributes,
      start: tagStart,
      end: parser.position,
      children: [],
      text: new DecodedBuilder()
    };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
    lastEnd = parser.position;
  });
  parser.on("closetag", () => {
    const element = stack.pop();
    if (element) element.end = parser.position;
    lastEnd = parser.position;
  });
  parser.on("text", (text) => {
    const end = parser.position - 1;
    stack[stack.length - 1].text.append(decodeText(src, lastEnd, end, text));
    lastEnd = end;
  });
  parser.on("cdata", (text) => {
    const start = lastEnd + "<![CDATA[".length;
    const end = parser.position - "]]>".length;
    stack[stack.length - 1].text.append(decodeText(src, start, end, text, false));
    lastEnd = parser.position;
  });
  for (const event of ["comment", "processinginstruction", "doctype", "xmldecl"]) {
    parser.on(event, () => {
      lastEnd = parser.position;
    });
  }
  parser.write(src).close();
  if (failure) throw new Error(`is not well-formed XML: ${failure.message.split("\n")[0]}`);
  return document;
}
function decodeText(src, start, end, expected, entities = true) {
  const builder = new DecodedBuilder();
  for (let i = start; i < end; i++) {
    const char = src[i];
    if (char === "\r") {
      builder.decoded("\n", i, src[i + 1] === "\n" ? i + 2 : i + 1);
      if (src[i + 1] === "\n") i++;
      continue;
    }
    if (entities && char === "&") {
      const close = src.indexOf(";", i);
      const name = close > i ? src.slice(i + 1, close) : "";
      const value = name.startsWith("#x") ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith("#") ? String.fromCodePoint(parseInt(name.slice(1), 10)) : ENTITIES[name];
      if (value !== void 0) {
        builder.decoded(value, i, close + 1);
        i = close;
        continue;
      }
    }
    builder.verbatim(src, i, i + 1);
  }
  if (builder.finish().text === expected) return builder;
  const fallback = new DecodedBuilder();
  const at = shiftBy(start)(0);
  return fallback.decoded(expected, at, end);
}

// src/parsers/migrations/liquibase-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function readLiquibaseYaml(src) {
  const deep = tooDeepForYaml(src);
  if (deep !== void 0) throw new Error(`is ${deep}`);
  const doc = (0, import_yaml.parseDocument)(src, { uniqueKeys: false });
  if (doc.errors.length > 0) throw new Error(`is not valid YAML: ${doc.errors[0].message.split("\n")[0]}`);
  const changeLog = (0, import_yaml.isMap)(doc.contents) ? doc.contents.get("databaseChangeLog", true) : void 0;
  if (!(0, import_yaml.isSeq)(changeLog)) return [];
  const changeSets = [];
  for (const entry of changeLog.items) {
    const changeSet = (0, import_yaml.isMap)(entry) ? entry.get("changeSet", true) : void 0;
    if (!(0, import_yaml.isMap)(changeSet)) continue;
    changeSets.push({
      changes: changeList(changeSet.get("changes", true), src),
      rollback: rollbackList(changeSet, src)
    });
  }
  return changeSets;
}
function rangeOf(node) {
  const [start, , end] = node?.range ?? [0, 0, 0];
  return { start, end };
}
function changeList(node, src) {
  if ((0, import_yaml.isMap)(node)) return node.items.map((pair) => toChange2(pair, src));
  if (!(0, import_yaml.isSeq)(node)) return [];
  return node.items.flatMap((item) => (0, import_yaml.isMap)(item) ? item.items.map((pair) => toChange2(pair, src)) : []);
}
function rollbackList(changeSet, src) {
  const pair = changeSet.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "rollback");
  if (!pair) return [];
  if ((0, import_yaml.isScalar)(pair.value) && typeof pair.value.value === "string") {
    const key = pair.key;
    return [
      {
        type: "sql",
        attributes: /* @__PURE__ */ new Map(),
        span: rangeOf(key),
        unit: { start: rangeOf(key).start, end: rangeOf(pair.value).end },
        columns: [],
        hasWhere: false,
        sql: sqlOf(pair.value, src)
      }
    ];
  }
  return changeList(pair.value, src);
}
function toChange2(pair, src) {
  const key = pair.key;
  const type = (0, import_yaml.isScalar)(key) ? String(key.value) : "?";
  const body = pair.value;
  const attributes = /* @__PURE__ */ new Map();
  const change = {
    type,
    attributes,
    span: rangeOf(key),
    unit: { start: rangeOf(key).start, end: rangeOf(body).end },
    columns: [],
    hasWhere: false
  };
  if (!(0, import_yaml.isMap)(body)) return change;
  for (const item of body.items) {
    const name = (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : "";
    if ((0, import_yaml.isScalar)(item.value)) {
      attributes.set(name, String(item.value.value));
      if (name === "where" && String(item.value.value).trim() !== "") change.hasWhere = true;
      if (name === "sql" && typeof item.value.value === "string") change.sql = sqlOf(item.value, src);
    } else if (name === "columns" && (0, import_yaml.isSeq)(item.value)) {
      for (const column of item.value.items) {
        const inner = (0, import_yaml.isMap)(column) ? column.get("column", true) : void 0;
        const columnName2 = (0, import_yaml.isMap)(inner) ? inner.get("name") : void 0;
        change.columns.push(columnName2 === void 0 ? "?" : String(columnName2));
        const columnType = (0, import_yaml.isMap)(inner) ? inner.get("type") : void 0;
        if (columnName2 !== void 0 && columnType !== void 0 && columnType !== null) {
          (change.columnTypes ??= /* @__PURE__ */ new Map()).set(String(columnName2), String(columnType));
        }
      }
    }
  }
  return change;
}
function sqlOf(scalar, src) {
  const { value, map } = scalarText(scalar, src);
  return { text: value, toFile: map };
}

// src/parsers/migrations/liquibase-history.ts
var MAX_CHANGELOGS = 400;
var CHANGELOG = /\.(xml|ya?ml)$/i;
var ROOT_NAME = /changelog|liquibase/i;
function liquibaseCurrentColumns(path, earlierInFile, context) {
  const baseTree = context?.baseTree;
  if (!baseTree) return void 0;
  const folders = path.split("/").slice(0, -1);
  let depth = folders.length;
  while (depth > 0 && !ROOT_NAME.test(folders[depth - 1])) depth--;
  const root = (depth > 0 ? folders.slice(0, depth) : folders).join("/");
  const others = baseTree.list(root).filter((p) => p !== path && CHANGELOG.test(p)).sort();
  if (others.length > MAX_CHANGELOGS) return void 0;
  const current = new CurrentColumns("the earlier Liquibase changeSets");
  for (const p of others) {
    const text = baseTree.read(p);
    if (text === void 0 || !/databaseChangeLog/.test(text)) continue;
    let changeSets;
    try {
      changeSets = /\.xml$/i.test(p) ? readLiquibaseXml(text) : readLiquibaseYaml(text);
    } catch {
      continue;
    }
    for (const changeSet of changeSets) changeSet.changes.forEach((c) => replay(c, current));
  }
  for (const changeSet of earlierInFile) changeSet.changes.forEach((c) => replay(c, current));
  return current;
}
function liquibaseTable(change, attribute = "tableName") {
  const schema = change.attributes.get("schemaName");
  return `${schema ? `${schema}.` : ""}${change.attributes.get(attribute) ?? "?"}`;
}
function replay(change, current) {
  const attr = (name) => change.attributes.get(name);
  const table = liquibaseTable(change);
  switch (change.type) {
    case "createTable":
      current.setTable(table, change.columnTypes ?? []);
      break;
    case "addColumn":
      for (const [column, type] of change.columnTypes ?? []) current.set(table, column, type);
      break;
    case "modifyDataType":
      if (attr("columnName") && attr("newDataType")) current.set(table, attr("columnName"), attr("newDataType"));
      break;
    case "dropColumn":
      for (const column of attr("columnName") ? [attr("columnName")] : change.columns)
        current.dropColumn(table, column);
      break;
    case "dropTable":
      current.dropTable(table);
      break;
    case "renameColumn":
      if (attr("oldColumnName") && attr("newColumnName")) {
        current.renameColumn(table, attr("oldColumnName"), attr("newColumnName"));
      }
      break;
    case "renameTable":
      current.renameTable(liquibaseTable(change, "oldTableName"), liquibaseTable(change, "newTableName"));
      break;
  }
}

// src/parsers/migrations/liquibase.ts
var DIALECTS = {
  postgresql: "postgres",
  mysql: "mysql",
  mariadb: "mysql",
  sqlite: "sqlite",
  mssql: "sqlserver",
  bigquery: "bigquery"
};
var liquibaseReader = {
  framework: "liquibase",
  recognises: isLiquibaseChangelog,
  read(file, context) {
    const changeSets = /\.xml$/i.test(file.path) ? readLiquibaseXml(file.text) : readLiquibaseYaml(file.text);
    const out = new MigrationCollector();
    const lines = new LineIndex(file.text);
    changeSets.forEach((changeSet, index) => {
      let current = null;
      const history = () => current === null ? current = liquibaseCurrentColumns(file.path, changeSets.slice(0, index), context) : current;
      const read = { changeSet, out, path: file.path, lines, history };
      for (const change of changeSet.changes) readChange(change, false, read);
      for (const change of changeSet.rollback) readChange(change, true, read);
    });
    return out.result();
  }
};
function readChange(change, rollbackOnly, { changeSet, out, path, lines, history }) {
  const attr = (name) => change.attributes.get(name);
  const table = () => `${attr("schemaName") ? `${attr("schemaName")}.` : ""}${attr("tableName") ?? "?"}`;
  const { span, unit } = change;
  switch (change.type) {
    case "dropTable":
      out.operation({ kind: "drop-table", call: "<dropTable>", target: table(), span, unit, rollbackOnly });
      break;
    case "dropColumn": {
      const columns = attr("columnName") ? [attr("columnName")] : change.columns;
      const target = (columns.length > 0 ? columns : ["?"]).map((c) => `${table()}.${c}`).join(", ");
      out.operation({ kind: "drop-column", call: "<dropColumn>", target, span, unit, rollbackOnly });
      break;
    }
    case "modifyDataType": {
      const to = attr("newDataType");
      if (!to) break;
      const other = rollbackOnly ? changeSet.changes : changeSet.rollback;
      const from = other.find(
        (c) => c.type === "modifyDataType" && c.attributes.get("tableName") === attr("tableName") && c.attributes.get("columnName") === attr("columnName")
      )?.attributes.get("newDataType");
      const target = `${table()}.${attr("columnName") ?? "?"}`;
      const known = from !== void 0 || rollbackOnly ? void 0 : history();
      const prior = from ?? known?.typeOf(table(), attr("columnName") ?? "?");
      if (!isLossyChange2(prior, to)) {
        if (prior !== void 0 && known && isLossyChange2(void 0, to)) {
          out.operation({
            kind: "lossy-type-change",
            call: "<modifyDataType>",
            target,
            detail: typeChangeDetail(prior, to),
            span,
            unit,
            rollbackOnly,
            downgradedBecause: wideningReason(target, prior, to, known.source)
          });
        }
        break;
      }
      out.operation({
        kind: "lossy-type-change",
        call: "<modifyDataType>",
        target,
        detail: typeChangeDetail(prior, to),
        span,
        unit,
        rollbackOnly
      });
      break;
    }
    case "delete":
      if (!change.hasWhere)
        out.operation({ kind: "unbounded-delete", call: "<delete>", target: table(), span, unit, rollbackOnly });
      break;
    case "sql":
    case "createProcedure":
      if (change.sql) {
        out.sql.push({
          text: change.sql.text,
          toFile: change.sql.toFile,
          call: `<${change.type}>`,
          unit,
          rollbackOnly,
          ...dialectOf(attr("dbms"))
        });
      }
      break;
    case "sqlFile":
      out.notes.push(
        `${path}: <sqlFile path="${attr("path") ?? "?"}"> at line ${lines.lineOf(span.start)} runs a SQL file that is checked only when the change includes it`
      );
      break;
  }
}
function dialectOf(dbms) {
  const first = dbms?.split(",")[0]?.trim().toLowerCase();
  const dialect = first ? DIALECTS[first] : void 0;
  return dialect ? { dialect } : {};
}

// src/parsers/migrations/prisma/diff.ts
function models(schema) {
  const byTable = /* @__PURE__ */ new Map();
  for (const block of schema.blocks) if (block.keyword === "model") byTable.set(tableNameOf(block), block);
  return byTable;
}
function enumNames(schema) {
  return new Set(schema.blocks.filter((b) => b.keyword === "enum").map((b) => b.name));
}
function providerOf(schema) {
  return schema.blocks.find((b) => b.keyword === "datasource")?.settings.get("provider")?.value;
}
function diffPrismaSchemas(base, head) {
  const diff = { head: [], base: [] };
  const headModels = models(head);
  const enums = { base: enumNames(base), head: enumNames(head) };
  const provider = providerOf(head) ?? providerOf(base);
  for (const [table, baseModel] of models(base)) {
    const headModel = headModels.get(table);
    if (!headModel) {
      diff.base.push({
        kind: "drop-table",
        call: `removing model ${baseModel.name}`,
        target: table,
        span: baseModel.header,
        unit: baseModel.span,
        rollbackOnly: false
      });
      continue;
    }
    const headColumns = new Map(
      headModel.fields.filter((f) => storageOf(f, enums.head)).map((f) => [columnNameOf(f), f])
    );
    for (const baseField of baseModel.fields) {
      if (!storageOf(baseField, enums.base)) continue;
      const column = columnNameOf(baseField);
      const headField = headColumns.get(column);
      if (!headField) {
        diff.base.push({
          kind: "drop-column",
          call: `removing field ${baseModel.name}.${baseField.name}`,
          target: `${table}.${column}`,
          span: baseField.nameSpan,
          unit: baseField.span,
          rollbackOnly: false
        });
        continue;
      }
      const loss = lossOf(baseField, headField, enums, provider);
      if (loss) {
        diff.head.push({
          kind: "lossy-type-change",
          call: `changing the type of ${headModel.name}.${headField.name}`,
          target: `${table}.${column}`,
          detail: loss,
          span: headField.typeSpan,
          unit: headField.span,
          rollbackOnly: false
        });
      }
    }
  }
  return diff;
}

// src/parsers/migrations/prisma/connections.ts
var ADDRESS_SETTINGS = ["url", "directUrl", "shadowDatabaseUrl"];
function hardCodedConnections(schema) {
  const connections = [];
  for (const block of schema.blocks) {
    if (block.keyword !== "datasource") continue;
    for (const key of ADDRESS_SETTINGS) {
      const setting = block.settings.get(key);
      if (!setting?.literal) continue;
      connections.push({
        setting: `datasource ${block.name} ${key}`,
        names: namesIn(setting.value),
        span: setting.span
      });
    }
  }
  return connections;
}
function namesIn(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return [address];
  }
  const names = [url.hostname, decodeURIComponent(url.pathname.replace(/^\//, ""))];
  const schema = url.searchParams.get("schema");
  if (schema) names.push(schema);
  return names.filter((n) => n !== "");
}

// src/parsers/migrations/prisma.ts
var prismaReader = {
  framework: "prisma",
  recognises: isPrismaSchema,
  read(file) {
    if (file.text === "") return { operations: [], sql: [], dynamicSql: [] };
    const head = parsePrismaSchema(file.text);
    const connections = hardCodedConnections(head);
    if (file.baseText === void 0) {
      failOnErrors(head, file.text, "the new");
      return { operations: [], sql: [], dynamicSql: [], connections };
    }
    const base = parsePrismaSchema(file.baseText);
    failOnErrors(head, file.text, "the new");
    failOnErrors(base, file.baseText, "the old");
    const diff = diffPrismaSchemas(base, head);
    return { operations: diff.head, sql: [], dynamicSql: [], baseOperations: diff.base, connections };
  }
};
function failOnErrors(schema, text, side) {
  const error = schema.errors[0];
  if (!error) return;
  const line = text.slice(0, error.at).split("\n").length;
  throw new Error(`${side} schema could not be parsed at line ${line}: ${error.message}`);
}

// src/parsers/migrations/ruby-arguments.ts
function argumentsOf2(call) {
  const positional = [];
  const options = /* @__PURE__ */ new Map();
  const args = call.childForFieldName("arguments");
  for (const arg of args?.namedChildren ?? []) {
    if (!arg) continue;
    if (arg.type === "pair") {
      addOption(options, arg);
    } else if (arg.type === "hash") {
      for (const pair of arg.namedChildren) if (pair?.type === "pair") addOption(options, pair);
    } else if (arg.type !== "block_argument" && arg.type !== "comment") positional.push(arg);
  }
  return { positional, options };
}
function addOption(options, pair) {
  const key = pair.childForFieldName("key");
  const value = pair.childForFieldName("value");
  if (key && value) options.set(key.text.replace(/^:|:$/g, "").replace(/^["']|["']$/g, ""), value);
}
function nameOf(node) {
  if (!node) return "?";
  if (node.type === "simple_symbol") return node.text.slice(1);
  if (node.type === "string" && !node.namedChildren.some((c) => c?.type === "interpolation")) {
    return node.namedChildren.map((c) => c?.text ?? "").join("");
  }
  if (node.type === "delimited_symbol") return node.text.slice(2, -1);
  return "?";
}
function typeOf(typeNode, options, name) {
  const number = (key) => {
    const value = options.get(key);
    return value?.type === "integer" ? Number(value.text) : void 0;
  };
  const extra = {};
  for (const key of ["limit", "precision", "scale"]) {
    const value = number(key);
    if (value !== void 0) extra[key] = value;
  }
  return typeFromName(name ?? nameOf(typeNode), extra);
}

// src/parsers/migrations/rails-schema.ts
var NOT_COLUMNS = /* @__PURE__ */ new Set(["index", "timestamps", "check_constraint", "foreign_key", "exclusion_constraint"]);
function railsCurrentColumns(migrationPath, baseTree) {
  if (!baseTree) return void 0;
  const m = /^(.*?\bdb\/)(?:(\w+)_)?migrate\/[^/]+$/.exec(migrationPath);
  if (!m) return void 0;
  const prefix = `${m[1]}${m[2] === void 0 ? "" : `${m[2]}_`}`;
  const schemaRb = baseTree.read(`${prefix}schema.rb`);
  if (schemaRb !== void 0) return readSchemaRb(schemaRb, `${prefix}schema.rb`);
  const structure = baseTree.read(`${prefix}structure.sql`);
  if (structure !== void 0) return readStructureSql(structure, `${prefix}structure.sql`);
  return void 0;
}
function readSchemaRb(text, source) {
  const tree = parserFor("ruby").parse(text);
  if (!tree) return void 0;
  try {
    const current = new CurrentColumns(source);
    for (const call of descendants(tree.rootNode)) {
      if (call.type !== "call" || call.childForFieldName("receiver")) continue;
      if (call.childForFieldName("method")?.text !== "create_table") continue;
      const { positional, options } = argumentsOf2(call);
      const table = nameOf(positional[0]);
      if (table === "?") continue;
      current.setTable(table);
      const id = options.get("id");
      const key = options.has("primary_key") ? nameOf(options.get("primary_key")) : "id";
      if (id?.type === "simple_symbol" && key !== "?") current.set(table, key, typeFromName(nameOf(id)));
      const block = call.childForFieldName("block");
      if (block) readColumns(block, table, current);
    }
    return current;
  } finally {
    tree.delete();
  }
}
function readColumns(block, table, current) {
  const param = block.childForFieldName("parameters")?.namedChildren[0]?.text;
  if (!param) return;
  for (const call of descendants(block)) {
    if (call.type !== "call" || call.childForFieldName("receiver")?.text !== param) continue;
    const method = call.childForFieldName("method")?.text ?? "";
    if (NOT_COLUMNS.has(method)) continue;
    const { positional, options } = argumentsOf2(call);
    const typeNode = method === "column" ? positional[1] : call.childForFieldName("method");
    if (!typeNode) continue;
    const type = typeOf(typeNode, options, method === "column" ? void 0 : method);
    for (const column of method === "column" ? positional.slice(0, 1) : positional) {
      const name = nameOf(column);
      if (name !== "?") current.set(table, name, type);
    }
  }
}
function readStructureSql(text, source) {
  const current = new CurrentColumns(source);
  const dialect = /^\s*--\s*MySQL dump|ENGINE\s*=/im.test(text) ? "mysql" : "postgres";
  for (const statement of analyseSql(text, dialect, { parseEverything: true }).statements) {
    for (const op of statement.operations) {
      if (op.op !== "create-table" || op.temporary || op.columns.length === 0) continue;
      const table = op.name.join(".");
      current.setTable(
        table,
        op.columns.map((c) => [c.name, typeFromSql(c.type)])
      );
    }
  }
  return current;
}

// src/parsers/migrations/ruby-strings.ts
var SQL_PRESERVING = /* @__PURE__ */ new Set([
  "squish",
  "strip",
  "chomp",
  "freeze",
  "dup",
  "to_s",
  "lstrip",
  "rstrip",
  "strip_heredoc"
]);
function readRubyString(node, heredocBody, resolveName, depth = 0) {
  switch (node.type) {
    case "string":
      return readLiteral2(node);
    case "chained_string": {
      const out = new StringBuilder();
      for (const part of node.namedChildren) {
        if (!part) continue;
        const value = readLiteral2(part);
        if (isDynamic(value)) return value;
        out.append(value);
      }
      return out.value();
    }
    case "heredoc_beginning": {
      const body = heredocBody(node);
      return body ? readHeredoc(body, node.text) : { dynamic: "a heredoc whose body could not be found" };
    }
    case "parenthesized_statements": {
      const inner = node.namedChildren.filter((c) => c !== null);
      return inner.length === 1 ? readRubyString(inner[0], heredocBody, resolveName, depth) : { dynamic: "an expression" };
    }
    case "call": {
      const method = node.childForFieldName("method")?.text ?? "";
      const receiver = node.childForFieldName("receiver");
      if (receiver && SQL_PRESERVING.has(method) && !node.childForFieldName("arguments")) {
        return readRubyString(receiver, heredocBody, resolveName, depth);
      }
      return { dynamic: method === "format" || method === "sprintf" ? "format" : `a call of ${method}` };
    }
    case "binary": {
      const operator = node.childForFieldName("operator")?.text;
      if (operator === "%") return { dynamic: "% format" };
      if (operator === "+") return { dynamic: "concatenation" };
      return { dynamic: "an expression" };
    }
    case "identifier":
    case "constant": {
      const assigned = depth < 3 ? resolveName(node) : void 0;
      return assigned ? readRubyString(assigned, heredocBody, resolveName, depth + 1) : { dynamic: "a variable" };
    }
    default:
      return { dynamic: "an expression" };
  }
}
function readLiteral2(node) {
  if (node.type !== "string") return { dynamic: "an expression" };
  const opener = node.child(0)?.text ?? '"';
  const singleQuoted = opener === "'" || opener.startsWith("%q") || opener.startsWith("%w");
  const out = new StringBuilder();
  for (const part of node.namedChildren) {
    if (!part) continue;
    if (part.type === "interpolation") return { dynamic: "string interpolation" };
    if (part.type === "escape_sequence") out.escape(decodeEscape(part.text), part.startIndex, part.endIndex);
    else if (singleQuoted) readSingleQuoted(out, part.text, part.startIndex);
    else out.raw(part.text, part.startIndex);
  }
  const closer = node.child(node.childCount - 1);
  out.endAt(closer ? closer.startIndex : node.endIndex);
  return out.value();
}
function readSingleQuoted(out, text, start) {
  let i = 0;
  while (i < text.length) {
    if (text[i] === "\\" && (text[i + 1] === "\\" || text[i + 1] === "'")) {
      out.escape(text[i + 1], start + i, start + i + 2);
      i += 2;
    } else {
      out.raw(text[i], start + i);
      i += 1;
    }
  }
}
function readHeredoc(body, opener) {
  const quoted2 = opener.includes("'");
  const source = body.text;
  const out = new StringBuilder();
  let cursor = body.startIndex;
  const copyUpTo = (offset) => {
    if (offset > cursor) out.raw(source.slice(cursor - body.startIndex, offset - body.startIndex), cursor);
    cursor = Math.max(cursor, offset);
  };
  for (const part of body.namedChildren) {
    if (!part) continue;
    if (part.type === "heredoc_end") break;
    if (part.type === "interpolation" && !quoted2) return { dynamic: "string interpolation" };
    if (part.type === "escape_sequence" && !quoted2) {
      copyUpTo(part.startIndex);
      out.escape(decodeEscape(part.text), part.startIndex, part.endIndex);
      cursor = part.endIndex;
    }
  }
  const end = body.namedChildren.find((c) => c?.type === "heredoc_end")?.startIndex ?? body.endIndex;
  copyUpTo(end);
  out.endAt(end);
  return out.value();
}
function heredocPairs(root) {
  const openers = [];
  const bodies = [];
  for (const n of descendants(root)) {
    if (n.type === "heredoc_beginning") openers.push(n);
    else if (n.type === "heredoc_body") bodies.push(n);
  }
  const pairs = /* @__PURE__ */ new Map();
  openers.forEach((opener, i) => {
    const body = bodies[i];
    if (body) pairs.set(opener.startIndex, body);
  });
  return pairs;
}

// src/parsers/migrations/rails.ts
var SQL_METHODS = /* @__PURE__ */ new Set(["execute", "exec_query", "exec_update", "exec_delete", "exec_insert"]);
var UNSCOPED = /* @__PURE__ */ new Set(["all", "unscoped", "in_batches", "find_each", "each", "readonly"]);
var DELETE_ALL = /* @__PURE__ */ new Set(["delete_all", "destroy_all"]);
var DESTROYING_BLOCK = /* @__PURE__ */ new Set(["&:destroy", "&:destroy!", "&:delete", "&:delete_all", "&:destroy_all"]);
var railsReader = {
  framework: "rails",
  grammar: "ruby",
  recognises: isRailsMigration,
  read(file, context) {
    if (file.text === "") return { operations: [], sql: [], dynamicSql: [] };
    const tree = parserFor("ruby").parse(file.text);
    if (!tree) throw new Error("the Ruby parser returned no tree");
    try {
      const errorLine = syntaxErrorLine(tree.rootNode);
      if (errorLine !== void 0) throw new Error(`Ruby syntax error at line ${errorLine}`);
      let current = null;
      const currentColumns = () => current === null ? current = railsCurrentColumns(file.path, context?.baseTree) : current;
      const find = (className) => revertedMigrationText(className, file.path, context);
      return new RailsMigration(tree.rootNode, currentColumns, find).read();
    } finally {
      tree.delete();
    }
  }
};
var RailsMigration = class {
  constructor(root, currentColumns = () => void 0, findMigration) {
    this.root = root;
    this.currentColumns = currentColumns;
    this.findMigration = findMigration;
    this.heredocs = heredocPairs(root);
  }
  root;
  currentColumns;
  findMigration;
  operations = [];
  sql = [];
  dynamicSql = [];
  /** Tables and columns the migration creates going forward, so dropping them in `down` is its own undo. */
  created = /* @__PURE__ */ new Map();
  /** What `change` creates (`revert ThisMigration` drops it), with the operation that undoes each. */
  creations = [];
  heredocs;
  read() {
    for (const node of descendants(this.root)) if (node.type === "call") this.readCall(node);
    return {
      operations: withoutOwnReversals(this.operations, this.created),
      sql: this.sql,
      dynamicSql: this.dynamicSql,
      createdTables: createdTables(this.created),
      creates: [...this.created.keys()]
    };
  }
  /**
   * What running this migration backwards does, as `revert ThisMigration` in another one runs it:
   * its rollback-only operations and SQL, and the undoing of what its `change` creates.
   */
  rollback() {
    for (const node of descendants(this.root)) if (node.type === "call") this.readCall(node);
    return {
      operations: [
        ...this.operations.filter((o) => o.rollbackOnly),
        ...this.creations.map((c) => ({ ...c, call: "revert" }))
      ],
      sql: this.sql.filter((s) => s.rollbackOnly).map((s) => s.text)
    };
  }
  readCall(call) {
    const method = call.childForFieldName("method");
    if (!method) return;
    const name = method.text;
    const receiver = call.childForFieldName("receiver");
    if (DELETE_ALL.has(name) || blockArgument(call) !== void 0) this.readDelete(call, name, receiver);
    const tableBlock = receiver ? changeTableOf(receiver) : void 0;
    if (tableBlock) return this.readTableCall(call, name, tableBlock);
    if (!isConnection(receiver)) return;
    const { positional, options } = argumentsOf2(call);
    const table = nameOf(positional[0]);
    const reverted = insideRevert(call);
    const callName = reverted ? `revert { ${name} }` : name;
    const op = (kind, target, span = method, detail) => this.add(call, kind, callName, target, span, detail);
    if (reverted && REMOVALS.has(name)) return;
    switch (name) {
      case "revert":
        if (!reverted) this.readRevert(call, positional);
        return;
      case "drop_table":
        for (const arg of positional) op("drop-table", nameOf(arg), positional.length > 1 ? arg : method);
        return;
      case "drop_join_table": {
        const joined = positional.map(nameOf).sort().join("_");
        op("drop-table", nameOf(options.get("table_name")) === "?" ? joined : nameOf(options.get("table_name")));
        return;
      }
      case "create_table": {
        if (reverted) return op("drop-table", table);
        this.create(call, "drop-table", table);
        const force = options.get("force");
        if (force && force.type !== "false" && force.text !== "nil") op("drop-table", table, force.parent ?? method);
        return;
      }
      case "create_join_table": {
        const joined = nameOf(options.get("table_name")) === "?" ? positional.map(nameOf).sort().join("_") : nameOf(options.get("table_name"));
        if (reverted) return op("drop-table", joined);
        this.create(call, "drop-table", joined);
        const force = options.get("force");
        if (force && force.type !== "false" && force.text !== "nil") op("drop-table", joined, force.parent ?? method);
        return;
      }
      case "add_column":
        if (reverted) return op("drop-column", `${table}.${nameOf(positional[1])}`);
        this.create(call, "drop-column", `${table}.${nameOf(positional[1])}`);
        return;
      case "add_reference":
      case "add_belongs_to":
      case "add_references":
        if (reverted) return op("drop-reference", `${table}.${nameOf(positional[1])}_id`);
        this.create(call, "drop-reference", `${table}.${nameOf(positional[1])}_id`);
        return;
      case "add_timestamps":
        if (reverted) return op("drop-column", `${table}.created_at and ${table}.updated_at`);
        this.create(call, "drop-column", `${table}.created_at and ${table}.updated_at`);
        return;
      case "remove_column":
        op("drop-column", `${table}.${nameOf(positional[1])}`);
        return;
      case "remove_columns":
        for (const column of positional.slice(1)) op("drop-column", `${table}.${nameOf(column)}`, column);
        return;
      case "remove_reference":
      case "remove_belongs_to":
      case "remove_references":
        op("drop-reference", `${table}.${nameOf(positional[1])}_id`);
        return;
      case "remove_timestamps":
        op("drop-column", `${table}.created_at and ${table}.updated_at`);
        return;
      case "change_column":
        this.readTypeChange(call, method, table, positional[1], positional[2], options);
        return;
      case "truncate":
      case "truncate_tables":
        for (const arg of positional) op("truncate", nameOf(arg), positional.length > 1 ? arg : method);
        return;
    }
    if (SQL_METHODS.has(name) && positional[0]) this.readSql(call, name, positional[0]);
  }
  /** `t.remove :a, :b`, `t.remove_references :user`, `t.change :price, :integer` inside change_table. */
  readTableCall(call, name, table) {
    const method = call.childForFieldName("method");
    const { positional, options } = argumentsOf2(call);
    if (insideRevert(call)) return this.readRevertedTableCall(call, name, table, positional);
    switch (name) {
      case "remove":
        for (const column of positional) {
          this.add(
            call,
            "drop-column",
            `t.${name}`,
            `${table}.${nameOf(column)}`,
            positional.length > 1 ? column : method
          );
        }
        return;
      case "remove_references":
      case "remove_belongs_to":
      case "remove_reference":
        for (const ref of positional) {
          this.add(
            call,
            "drop-reference",
            `t.${name}`,
            `${table}.${nameOf(ref)}_id`,
            positional.length > 1 ? ref : method
          );
        }
        return;
      case "remove_timestamps":
        this.add(call, "drop-column", `t.${name}`, `${table}.created_at and ${table}.updated_at`, method);
        return;
      case "change":
        this.readTypeChange(call, method, table, positional[0], positional[1], options, `t.${name}`);
        return;
    }
  }
  /** `t.string :x` inside `revert { change_table ... }` drops the column; `t.remove` adds it back. */
  readRevertedTableCall(call, name, table, positional) {
    const method = call.childForFieldName("method");
    if (name === "timestamps") {
      this.add(call, "drop-column", `revert { t.${name} }`, `${table}.created_at and ${table}.updated_at`, method);
      return;
    }
    const reference = name === "references" || name === "belongs_to";
    if (!reference && !COLUMN_TYPES.has(name)) return;
    const columns = name === "column" ? positional.slice(0, 1) : positional;
    for (const column of columns) {
      const target = `${table}.${nameOf(column)}${reference ? "_id" : ""}`;
      const span = columns.length > 1 ? column : method;
      this.add(call, reference ? "drop-reference" : "drop-column", `revert { t.${name} }`, target, span);
    }
  }
  /**
   * `revert CreateCoupons`: runs that migration backwards, so what its `change` creates and what its
   * `down` does happen here, at this call. A migration that cannot be found cannot be judged.
   */
  readRevert(call, classes) {
    for (const node of classes) {
      if (node.type !== "constant" && node.type !== "scope_resolution") continue;
      const className = node.text.slice(node.text.lastIndexOf(":") + 1);
      const text = this.findMigration?.(className);
      const rollback = text === void 0 ? void 0 : readRollback(text);
      if (!rollback) {
        this.dynamicSql.push({
          call: "revert",
          reason: `undoing ${className}, a migration whose file two-key could not read`,
          span: spanOf2(node),
          unit: spanOf2(call),
          rollbackOnly: isRollback(call)
        });
        continue;
      }
      for (const o of rollback.operations) {
        this.add(call, o.kind, `revert ${className}`, o.target, node, o.detail);
      }
      for (const text2 of rollback.sql) {
        const at = node.startIndex;
        this.sql.push({
          text: text2,
          toFile: () => at,
          call: `revert ${className}`,
          unit: spanOf2(call),
          rollbackOnly: isRollback(call)
        });
      }
    }
  }
  /** A creation going forward: undone by its own `down` (not destructive) or by `revert`ing this migration. */
  create(call, undo, target) {
    if (isRollback(call)) return;
    const ifNotExists2 = argumentsOf2(call).options.get("if_not_exists");
    if (ifNotExists2 === void 0 || ifNotExists2.type === "false" || ifNotExists2.text === "nil")
      this.created.set(target.toLowerCase(), call.endIndex);
    if (enclosingMethod(call) === "change") this.creations.push({ kind: undo, target });
  }
  readTypeChange(call, method, table, column, typeNode, options, callName = method.text) {
    if (!typeNode) return;
    const to = typeOf(typeNode, options);
    const columnName2 = nameOf(column);
    const restored = this.typeBefore(call, table, columnName2);
    const schema = restored || isRollback(call) ? void 0 : this.currentColumns();
    const from = restored ?? schema?.typeOf(table, columnName2);
    const target = `${table}.${columnName2}`;
    if (!isRollback(call) && (this.created.has(target.toLowerCase()) || this.created.has(table.toLowerCase()))) return;
    if (isRollback(call) && !isLossyChange(void 0, to)) return;
    if (!isLossyChange(from, to)) {
      if (from && schema && !restored && isLossyChange(void 0, to)) {
        const detail2 = `${describeType(from)} -> ${describeType(to)}`;
        const because = wideningReason(target, describeType(from), describeType(to), schema.source);
        this.add(call, "lossy-type-change", callName, target, method, detail2, because);
      }
      return;
    }
    const detail = `${from ? describeType(from) : "current type unknown"} -> ${describeType(to)}`;
    this.add(call, "lossy-type-change", callName, target, method, detail);
  }
  /**
   * The column's type before a forward change, where the migration itself says it: the type its
   * `down` restores (`up` changes to integer, `down` back to decimal).
   */
  typeBefore(call, table, column) {
    const rollback = isRollback(call);
    let before;
    for (const other of descendants(this.root)) {
      if (other.type !== "call" || other.id === call.id) continue;
      const name = other.childForFieldName("method")?.text;
      const { positional, options } = argumentsOf2(other);
      if (name === "change_column" && isRollback(other) !== rollback) {
        if (nameOf(positional[0]) === table && nameOf(positional[1]) === column && positional[2]) {
          before = typeOf(positional[2], options);
          if (!rollback) return before;
        }
      }
    }
    return before;
  }
  readDelete(call, name, receiver) {
    const block = blockArgument(call);
    if (block !== void 0 && !DESTROYING_BLOCK.has(block)) return;
    const model = receiver ? unscopedModel(receiver) : void 0;
    if (!model) return;
    const callName = block === void 0 ? name : `${name}(${block})`;
    this.add(call, "unbounded-delete", callName, model, call.childForFieldName("method"));
  }
  readSql(call, name, argument) {
    const value = readRubyString(
      argument,
      (opener) => this.heredocs.get(opener.startIndex),
      (n) => this.assignedValue(n)
    );
    const rollbackOnly = isRollback(call);
    if (isDynamic(value)) {
      this.dynamicSql.push({
        call: name,
        reason: value.dynamic,
        span: spanOf2(argument),
        unit: spanOf2(call),
        rollbackOnly
      });
      return;
    }
    this.sql.push({ text: value.text, toFile: toOffsetMap(value), call: name, unit: spanOf2(call), rollbackOnly });
  }
  /** The value of a local or constant assigned exactly once with `=`, in the method (locals) or the file (constants). */
  assignedValue(name) {
    const scope = name.type === "constant" ? this.root : ancestor(name, ["method", "singleton_method"]) ?? this.root;
    const values = [];
    for (const n of descendants(scope)) {
      if (n.type === "assignment" && n.childForFieldName("left")?.text === name.text) {
        const right = n.childForFieldName("right");
        if (right) values.push(right);
      }
    }
    return values.length === 1 ? values[0] : void 0;
  }
  add(call, kind, callName, target, span, detail, downgradedBecause) {
    const operation = {
      kind,
      call: callName,
      target,
      span: spanOf2(span),
      unit: spanOf2(call),
      rollbackOnly: isRollback(call)
    };
    if (detail !== void 0) operation.detail = detail;
    if (downgradedBecause !== void 0) operation.downgradedBecause = downgradedBecause;
    this.operations.push(operation);
  }
};
function isConnection(receiver) {
  if (!receiver) return true;
  if (receiver.type === "self") return true;
  if (receiver.type === "identifier") return receiver.text === "connection";
  return receiver.type === "call" && receiver.childForFieldName("method")?.text === "connection";
}
function changeTableOf(receiver) {
  if (receiver.type !== "identifier") return void 0;
  for (let block = ancestor(receiver, ["do_block", "block"]); block; block = ancestor(block, ["do_block", "block"])) {
    const params = block.childForFieldName("parameters");
    const owner = block.parent;
    if (!params || owner?.type !== "call") continue;
    if (!params.namedChildren.some((p) => p?.text === receiver.text)) continue;
    if (owner.childForFieldName("method")?.text !== "change_table") return void 0;
    return nameOf(argumentsOf2(owner).positional[0]);
  }
  return void 0;
}
function insideRevert(node) {
  for (let n = node.parent; n; n = n.parent) {
    if ((n.type === "block" || n.type === "do_block") && n.parent?.type === "call") {
      const owner = n.parent;
      if (owner.childForFieldName("method")?.text === "revert" && !owner.childForFieldName("receiver")) return true;
    }
    if (n.type === "method") return false;
  }
  return false;
}
function isRollback(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === "method" || n.type === "singleton_method") return n.childForFieldName("name")?.text === "down";
    if ((n.type === "block" || n.type === "do_block") && n.parent?.type === "call") {
      const owner = n.parent;
      if (owner.childForFieldName("method")?.text === "down" && owner.childForFieldName("receiver")) {
        return !insideRevert(owner);
      }
      if (owner.childForFieldName("method")?.text === "up" && owner.childForFieldName("receiver")) {
        return insideRevert(owner);
      }
    }
  }
  return false;
}
function unscopedModel(receiver) {
  let node = receiver;
  while (node?.type === "call") {
    const method = node.childForFieldName("method")?.text ?? "";
    if (!UNSCOPED.has(method)) return void 0;
    node = node.childForFieldName("receiver");
  }
  if (node?.type === "constant" || node?.type === "scope_resolution") return node.text;
  return void 0;
}
function blockArgument(call) {
  const args = call.childForFieldName("arguments");
  const block = args?.namedChildren.find((c) => c?.type === "block_argument");
  return block ? block.text.replace(/\s+/g, "") : void 0;
}
var REMOVALS = /* @__PURE__ */ new Set([
  "drop_table",
  "drop_join_table",
  "remove_column",
  "remove_columns",
  "remove_reference",
  "remove_references",
  "remove_belongs_to",
  "remove_timestamps"
]);
var COLUMN_TYPES = /* @__PURE__ */ new Set([
  "column",
  "string",
  "text",
  "integer",
  "bigint",
  "float",
  "decimal",
  "numeric",
  "datetime",
  "timestamp",
  "time",
  "date",
  "binary",
  "blob",
  "boolean",
  "json",
  "jsonb",
  "uuid",
  "citext",
  "hstore",
  "inet",
  "cidr",
  "interval",
  "virtual"
]);
function enclosingMethod(node) {
  const method = ancestor(node, ["method", "singleton_method"]);
  return method?.childForFieldName("name")?.text;
}
function readRollback(text) {
  const tree = parserFor("ruby").parse(text);
  if (!tree) return void 0;
  try {
    if (syntaxErrorLine(tree.rootNode) !== void 0) return void 0;
    return new RailsMigration(tree.rootNode).rollback();
  } finally {
    tree.delete();
  }
}
function underscore(className) {
  return className.replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").replace(/([a-z\d])([A-Z])/g, "$1_$2").toLowerCase();
}
function revertedMigrationText(className, path, context) {
  const folder = path.slice(0, path.lastIndexOf("/") + 1);
  const suffix = `_${underscore(className)}.rb`;
  const defines = new RegExp(`^[ \\t]*class[ \\t]+(?:\\w+::)*${className}\\b`, "m");
  const named = (p) => p.startsWith(folder) && !p.slice(folder.length).includes("/") && p.endsWith(suffix);
  for (const f of context?.files ?? []) {
    if (f.path !== path && f.headText !== void 0 && named(f.path) && defines.test(f.headText)) return f.headText;
  }
  for (const p of context?.baseTree?.list(folder).filter(named) ?? []) {
    const text = context?.baseTree?.read(p);
    if (text !== void 0 && defines.test(text)) return text;
  }
  return void 0;
}

// src/parsers/migrations/sequelize.ts
var sequelizeReader = methodCallReader("sequelize", isSequelizeMigration, readCall2);
function readCall2(call, calls, collector) {
  const name = calledName(call);
  const args = argumentsOf(call);
  const method = call.childForFieldName("function")?.childForFieldName("property");
  if (!name || !method) return;
  const table = tableName(args[0]);
  switch (name) {
    case "query":
      collector.sqlArgument(call, args[0]);
      break;
    case "dropTable":
      collector.operation("drop-table", call, method, table);
      break;
    case "dropAllTables":
      collector.operation("drop-table", call, method, "*");
      break;
    case "removeColumn":
      if (args[1]) collector.operation("drop-column", call, args[1], `${table}.${literalString(args[1]) ?? "?"}`);
      break;
    case "changeColumn":
      collector.typeChange(call, calls, columnChange);
      break;
    case "bulkDelete":
      readBulkDelete(call, args, method, table, collector);
      break;
  }
}
function tableName(node) {
  return literalString(node) ?? literalString(objectPairs(node).get("tableName")) ?? "?";
}
function readBulkDelete(call, args, method, table, collector) {
  const [, where, options] = args;
  if (objectPairs(options).get("truncate")?.text === "true") {
    collector.operation("truncate", call, method, table);
    return;
  }
  const empty = !where || where.type === "null" || where.type === "undefined" || where.type === "object" && where.namedChildren.every((n) => n?.type === "comment");
  if (empty) collector.operation("unbounded-delete", call, method, table);
}
function columnChange(call) {
  const [table, column, definition] = argumentsOf(call);
  const name = literalString(column);
  if (!name || !definition) return void 0;
  return { table: tableName(table), column: name, type: sequelizeColumnType(definition), at: definition };
}

// src/parsers/migrations/typeorm.ts
var typeormReader = methodCallReader("typeorm", isTypeormMigration, readCall3);
function readCall3(call, calls, collector) {
  const name = calledName(call);
  const args = argumentsOf(call);
  const method = call.childForFieldName("function")?.childForFieldName("property");
  if (!name || !method) return;
  const table = tableName2(args[0]);
  switch (name) {
    case "query":
      collector.sqlArgument(call, args[0]);
      break;
    case "dropTable":
      collector.operation("drop-table", call, method, table);
      break;
    case "clearTable":
      collector.operation("truncate", call, method, table);
      break;
    case "dropColumn":
      if (args[1]) collector.operation("drop-column", call, args[1], `${table}.${columnName(args[1])}`);
      break;
    case "dropColumns":
      for (const column of listItems(args[1]))
        collector.operation("drop-column", call, column, `${table}.${columnName(column)}`);
      break;
    case "changeColumn":
      if (args.length >= 3) collector.typeChange(call, calls, columnChange2, renamedBack);
      break;
  }
}
function tableName2(node) {
  return literalString(node) ?? literalString(optionsOf(node).get("name")) ?? "?";
}
function columnName(node) {
  return literalString(node) ?? literalString(optionsOf(node).get("name")) ?? "?";
}
function optionsOf(node) {
  if (node?.type === "new_expression") {
    const first = node.childForFieldName("arguments")?.namedChildren.find((n) => n?.type === "object");
    return objectPairs(first ?? void 0);
  }
  return objectPairs(node);
}
function listItems(node) {
  if (node?.type !== "array") return node ? [node] : [];
  return node.namedChildren.filter((n) => n !== null && n.type !== "comment");
}
function columnChange2(call) {
  const [table, previous, next] = argumentsOf(call);
  if (!next) return void 0;
  return {
    table: tableName2(table),
    previousColumn: columnName(previous),
    column: columnName(next),
    type: typeormColumnType(optionsOf(next)),
    previousType: typeormColumnType(optionsOf(previous)),
    at: next
  };
}
function renamedBack(other, change) {
  return other.table === change.table && other.previousColumn === change.column;
}

// src/parsers/migrations/readers.ts
var migrationReaders = [
  railsReader,
  djangoReader,
  alembicReader,
  // Doctrine before Laravel: both are PHP classes extending a *Migration base class.
  doctrineReader,
  laravelReader,
  ectoReader,
  efCoreReader,
  liquibaseReader,
  // TypeORM and Sequelize before Knex: Knex claims any JS migration with an `up` it recognises.
  typeormReader,
  sequelizeReader,
  knexReader,
  prismaReader,
  atlasReader
];
function readerFor(path, text) {
  return migrationReaders.find((r) => r.recognises(path, text));
}

export {
  isBounded,
  readerFor
};
