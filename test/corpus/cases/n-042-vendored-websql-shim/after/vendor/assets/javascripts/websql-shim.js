/*! websql-shim v0.3.1 | MIT */
(function (root) {
  'use strict';
  var DROP = 'DROP TABLE IF EXISTS ';
  function dropTable(tx, name, cb) {
    tx.executeSql(DROP + name, [], cb);
  }
  function clear(tx, name, cb) {
    tx.executeSql('DELETE FROM ' + name, [], cb);
  }
  root.websqlShim = { dropTable: dropTable, clear: clear };
})(this);
