// Completion, hovers and diagnostics from the actor's input schema for task-input documents,
// by vscode-json-languageservice run here (loaded on first use from its own bundle). VS Code's
// JSON extension cannot do it: it takes schema associations only from package.json
// contributions (static), the `json.schemas` setting (the user's settings) or the workbench's
// own registry, so it cannot give each open task its own actor's schema. Syntax errors are left
// to the JSON extension, which reports them for every JSON document already.
import * as vscode from 'vscode';
import type * as JsonService from 'vscode-json-languageservice';
import { taskIdOfPath } from '../input/taskInputPath';
import type { InputSchemas } from './inputSchemas';
import { schemaLanguageService, type JsonServiceParts, type SchemaLanguageService } from './jsonServiceParts';
import { TASK_INPUT_SCHEME } from './taskInputDocuments';

let loading: Promise<JsonServiceParts> | undefined;
function loadService(): Promise<JsonServiceParts> {
  // esbuild.js turns this import into a require of dist/jsonLanguageService.js, which exports JsonServiceParts.
  loading ??= (import('vscode-json-languageservice') as Promise<unknown> as Promise<JsonServiceParts>).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

const SELECTOR: vscode.DocumentSelector = { scheme: TASK_INPUT_SCHEME };
/** Codes below this are schema problems; above are syntax (comments, commas, duplicate keys). */
const FIRST_SYNTAX_CODE = 0x100;

export class JsonLanguageFeatures implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('apify-input-schema');
  private readonly services = new Map<string, { schema: unknown; service: SchemaLanguageService }>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly schemas: InputSchemas) {
    this.subscriptions = [
      vscode.languages.registerCompletionItemProvider(SELECTOR, { provideCompletionItems: (doc, pos) => this.complete(doc, pos) }, '"', ':'),
      vscode.languages.registerHoverProvider(SELECTOR, { provideHover: (doc, pos) => this.hover(doc, pos) }),
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.diagnostics.delete(doc.uri)),
      schemas.onDidChange(() => vscode.workspace.textDocuments.forEach((doc) => this.schedule(doc, 0))),
    ];
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.diagnostics.dispose();
  }

  private schedule(doc: vscode.TextDocument, delayMs = 150): void {
    if (doc.uri.scheme !== TASK_INPUT_SCHEME) return;
    const key = doc.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      void this.validate(doc);
    }, delayMs));
  }

  private async validate(doc: vscode.TextDocument): Promise<void> {
    const parts = await this.parts(doc);
    if (doc.isClosed) return;
    if (!parts) {
      this.diagnostics.delete(doc.uri);
      return;
    }
    const found = await parts.service.doValidation(parts.text, parts.json, { comments: 'ignore', trailingCommas: 'ignore' });
    if (doc.isClosed || doc.version !== parts.text.version) return;
    this.diagnostics.set(doc.uri, found.filter((d) => typeof d.code !== 'number' || d.code < FIRST_SYNTAX_CODE).map((d) => {
      const diagnostic = new vscode.Diagnostic(toRange(d.range), typeof d.message === 'string' ? d.message : d.message.value, toSeverity(d.severity));
      diagnostic.source = vscode.l10n.t('Apify input schema');
      return diagnostic;
    }));
  }

  private async complete(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionList | undefined> {
    const parts = await this.parts(doc);
    if (!parts) return undefined;
    const list = await parts.service.doComplete(parts.text, position, parts.json);
    if (!list) return undefined;
    return new vscode.CompletionList(list.items.map(toCompletionItem), list.isIncomplete);
  }

  private async hover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const parts = await this.parts(doc);
    if (!parts) return undefined;
    const hover = await parts.service.doHover(parts.text, position, parts.json);
    if (!hover) return undefined;
    const contents = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
    return new vscode.Hover(contents.map(toMarkdown), hover.range && toRange(hover.range));
  }

  /** The service for the document's schema and the parsed text; undefined when it has no schema. */
  private async parts(doc: vscode.TextDocument) {
    const taskId = taskIdOfPath(doc.uri.path);
    const state = taskId === undefined ? undefined : this.schemas.state(taskId);
    if (taskId === undefined || state?.kind !== 'ready') return undefined;
    const module = await loadService();
    let cached = this.services.get(taskId);
    if (cached?.schema !== state.schema) {
      const service = schemaLanguageService(module, `apify-input-schema://schema/${taskId}.json`, state.schema as JsonService.JSONSchema);
      cached = { schema: state.schema, service };
      this.services.set(taskId, cached);
    }
    const text = module.TextDocument.create(doc.uri.toString(), 'json', doc.version, doc.getText());
    return { service: cached.service, text, json: cached.service.parseJSONDocument(text) };
  }
}

function toRange(range: JsonService.Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

function toSeverity(severity: JsonService.DiagnosticSeverity | undefined): vscode.DiagnosticSeverity {
  return severity === 1 ? vscode.DiagnosticSeverity.Error : severity === 3 ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning;
}

/** Markdown from the service, untrusted: no commands, no HTML (schema texts came from the API). */
function toMarkdown(content: JsonService.MarkedString | JsonService.MarkupContent): vscode.MarkdownString {
  if (typeof content === 'string') return new vscode.MarkdownString(content);
  if ('kind' in content) return content.kind === 'markdown' ? new vscode.MarkdownString(content.value) : new vscode.MarkdownString().appendText(content.value);
  return new vscode.MarkdownString().appendCodeblock(content.value, content.language);
}

function toCompletionItem(lsp: JsonService.CompletionItem): vscode.CompletionItem {
  // LSP kinds count from 1, VS Code's from 0.
  const item = new vscode.CompletionItem(lsp.label, lsp.kind === undefined ? undefined : lsp.kind - 1);
  item.detail = lsp.detail;
  if (lsp.documentation !== undefined) item.documentation = typeof lsp.documentation === 'string' ? lsp.documentation : toMarkdown(lsp.documentation);
  item.filterText = lsp.filterText;
  item.sortText = lsp.sortText;
  const newText = lsp.textEdit?.newText ?? lsp.insertText ?? lsp.label;
  item.insertText = lsp.insertTextFormat === 2 ? new vscode.SnippetString(newText) : newText;
  if (lsp.textEdit) item.range = toRange('range' in lsp.textEdit ? lsp.textEdit.range : lsp.textEdit.replace);
  if (lsp.command) item.command = { title: lsp.command.title, command: lsp.command.command, arguments: lsp.command.arguments };
  return item;
}
