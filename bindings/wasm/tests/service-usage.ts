// The language service's declarations (`lexpact/service`), checked with `tsc --noEmit -p tests`.
// Lines marked @ts-expect-error prove that the types are precise, not `any`.
import { loadLanguageService, type Completion, type EditorDiagnostic, type FileDiagnostics, type Hover, type TextEdit } from "lexpact/service";

const { LanguageService } = await loadLanguageService();
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
void [level, hover, items, edits, passed, wrongKind, profileProblems, profileItems, profileHover];
