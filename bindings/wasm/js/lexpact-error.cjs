// The error every function of the package throws (CommonJS, for the Node build).
// Keep in step with lexpact-error.js, the same class for the web build.
class LexpactError extends Error {
  constructor(message, diagnostics) {
    super(message);
    this.name = "LexpactError";
    this.diagnostics = Array.isArray(diagnostics) ? diagnostics : [];
  }
}
module.exports = { LexpactError };
