// The error every function of the package throws. One ES module: the Node entry is the same glue
// turned into CommonJS when the package is built, so both see this one class.
export class LexpactError extends Error {
  constructor(message, diagnostics) {
    super(message);
    this.name = "LexpactError";
    this.diagnostics = Array.isArray(diagnostics) ? diagnostics : [];
  }
}
