// The error every function of the package throws (ES module, for the web build).
// Keep in step with lexpact-error.cjs, the same class for the Node build.
export class LexpactError extends Error {
  constructor(message, diagnostics) {
    super(message);
    this.name = "LexpactError";
    this.diagnostics = Array.isArray(diagnostics) ? diagnostics : [];
  }
}
