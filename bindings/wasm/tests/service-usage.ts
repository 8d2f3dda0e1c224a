// The language service's declarations (`lexpact/service`), checked with `tsc --noEmit -p tests`.
// Lines marked @ts-expect-error prove that the types are precise, not `any`.
import {
  loadLanguageService, type Completion, type Diagnostic, type EditorDiagnostic,
  type FileDiagnostics, type Hover, type NamedProfile, type Report, type RuleSet,
  type ServiceModule, type TextEdit,
} from "lexpact/service";

const module: ServiceModule = await loadLanguageService();
const { LanguageService } = module;
const service = LanguageService.library("rio", { limits: { max_depth: 16 } });
service.setFile("mine.lex", "ruleset \"mine\" version \"1\"\n");
service.edit("mine.lex", 0, 0, "# A comment\n");
service.setProfile("borealis.json", null);
const diagnostics: FileDiagnostics[] = service.diagnostics();
const level: "error" | "warning" | "info" | undefined = diagnostics[0]?.diagnostics[0]?.level;
const hover: Hover | null = service.hover("rio/c1.lex", 120);
const items: Completion[] = service.completion("rio/c1.lex", 120);
const edits: TextEdit[] = service.format("mine.lex");
const passed: number = service.runTests().passed;
service.setProfile("p.json", "{}");
const profileProblems: EditorDiagnostic[] = service.profileDiagnostics("p.json");
const profileItems: Completion[] = service.profileCompletion("p.json", 1);
const profileHover: Hover | null = service.profileHover("p.json", 1);
// @ts-expect-error: offsets are numbers
service.hover("rio/c1.lex", "120");
// @ts-expect-error: a profile is named by a string
service.profileDiagnostics(1);
// @ts-expect-error: a completion's kind is one of its names
const wrongKind: Completion["kind"] = "word";
void [profileProblems, profileItems, profileHover];

// The evaluation API, as `lexpact` declares it, and the renderers.
const rules: RuleSet = module.RuleSet.library("rio", { limits: { max_depth: 16 } });
const report: Report = rules.evaluate("{}", { asOf: "2024-06-30", detail: "verdicts" });
const profiles: NamedProfile[] = [{ name: "aurelia.json", text: "{}" }];
const matrix: string = module.matrixHtml(rules, profiles, { asOf: "2024-06-30" });
const csv: string = module.reportCsv(rules, profiles);
const diff: string = module.diffHtml(rules, profiles[0]!, { name: "later.json", text: "{}" });
const checked: Diagnostic[] = module.check([{ name: "rules.lex", source: "" }]);
const formatted: string = module.format("ruleset \"x\"\n");
try {
  module.reportCsv(rules, profiles);
} catch (e) {
  if (e instanceof module.LexpactError) {
    const found: Diagnostic[] = e.diagnostics;
    void found;
  }
}
// @ts-expect-error: a profile of the renderers is `{ name, text }`
module.matrixHtml(rules, ["{}"]);
// @ts-expect-error: the option is `asOf`
module.reportCsv(rules, profiles, { as_of: "2024-06-30" });
// @ts-expect-error: the rules are a `RuleSet`
module.diffHtml("rio", profiles[0]!, profiles[0]!);
void [level, hover, items, edits, passed, wrongKind, report, matrix, csv, diff, checked, formatted];
