// `lexpact/service` for Node: the language service is a second WebAssembly module, read and
// compiled on the first call only.
"use strict";
let service;

/** Loads the language service now (synchronously) and returns its module. */
function loadLanguageServiceSync() {
  service ??= require("./node/lexpact_service.cjs");
  return service;
}

/** The same as `loadLanguageServiceSync`, as a promise, like the browsers' loader. */
async function loadLanguageService() {
  return loadLanguageServiceSync();
}

module.exports = { loadLanguageService, loadLanguageServiceSync };
