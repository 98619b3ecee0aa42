/**
 * WorkbookModel, the in-memory workbook behind the proxies: the sheets, cells and structure
 * of the layers below, plus the workbook's names, settings and custom XML parts. Operations
 * validate like Excel and throw OfficeError; they never see proxies.
 */
import { intersect, qualifiedAddress, type Rect } from '../a1';
import { officeError } from '../errors';
import { parseFormula } from '../formula/tokens';
import type { NameModel, XmlPartModel } from './types';
import { SheetModel } from './sheet';
import { utf8Length, definedNameProblem, xmlRootNamespace } from './checks';
import { WorkbookStructure } from './rowsAndColumns';

export class WorkbookModel extends WorkbookStructure {
  // ---------------------------------------------------------------- names

  findName(name: string): NameModel | undefined {
    const upper = name.toLocaleUpperCase();
    return this.names.find((n) => n.name.toLocaleUpperCase() === upper);
  }

  addName(name: unknown, formula: string, comment: unknown): NameModel {
    const problem = definedNameProblem(name);
    if (problem !== null) throw officeError('InvalidArgument', problem, 'NamedItemCollection.add');
    if (comment !== undefined && typeof comment !== 'string') {
      throw officeError('InvalidArgument', 'The comment must be a string.', 'NamedItemCollection.add');
    }
    if (this.findName(name as string) !== undefined) {
      throw officeError('ItemAlreadyExists', `A name '${String(name)}' already exists.`, 'NamedItemCollection.add');
    }
    const parsed = parseFormula(formula);
    if ('error' in parsed) throw officeError('InvalidArgument', `Invalid reference: ${formula}`, 'NamedItemCollection.add');
    const n: NameModel = { name: name as string, formula, comment: (comment) ?? '', visible: true, deleted: false };
    this.names.push(n);
    this.touch();
    return n;
  }

  deleteName(n: NameModel): void {
    this.names = this.names.filter((x) => x !== n);
    n.deleted = true;
    this.touch();
  }

  setNameFormula(n: NameModel, formula: string): void {
    const parsed = parseFormula(formula);
    if ('error' in parsed) throw officeError('InvalidArgument', `Invalid formula: ${formula}`, 'NamedItem.formula');
    n.formula = formula;
    this.touch();
  }

  // ---------------------------------------------------------------- settings

  settingsBytes(extra?: { key: string; json: string | null }): number {
    const entries = new Map(this.settings);
    if (extra !== undefined) {
      if (extra.json === null) entries.delete(extra.key);
      else entries.set(extra.key, extra.json);
    }
    let text = '{';
    let first = true;
    for (const [k, v] of entries) {
      text += `${first ? '' : ','}${JSON.stringify(k)}:${v}`;
      first = false;
    }
    return utf8Length(text + '}');
  }

  setSetting(key: unknown, value: unknown, location: string): void {
    if (typeof key !== 'string' || key.length === 0) throw officeError('InvalidArgument', 'The setting key must be a non-empty string.', location);
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
      throw officeError('InvalidArgument', 'The setting value must be JSON-serialisable.', location);
    }
    const json = JSON.stringify(value);
    const total = this.settingsBytes({ key, json });
    if (total > this.options.settingsLimitBytes) {
      throw officeError(
        'InvalidArgument',
        `The document's settings would take ${total} bytes; the limit is ${this.options.settingsLimitBytes}.`,
        location,
      );
    }
    this.settings.set(key, json);
  }

  // ---------------------------------------------------------------- custom XML

  addXmlPart(xml: unknown): XmlPartModel {
    const ns = xmlRootNamespace(xml);
    if (ns === null) throw officeError('InvalidArgument', 'The XML is not well formed.', 'CustomXmlPartCollection.add');
    this.xmlSeq += 1;
    const part: XmlPartModel = {
      id: `{${this.xmlSeq.toString(16).toUpperCase().padStart(8, '0')}-0000-4000-8000-000000000000}`,
      xml: xml as string,
      namespaceUri: ns,
      deleted: false,
    };
    this.xmlParts.push(part);
    return part;
  }

  setXml(part: XmlPartModel, xml: unknown): void {
    const ns = xmlRootNamespace(xml);
    if (ns === null) throw officeError('InvalidArgument', 'The XML is not well formed.', 'CustomXmlPart.setXml');
    part.xml = xml as string;
    part.namespaceUri = ns;
  }

  deleteXmlPart(part: XmlPartModel): void {
    this.xmlParts = this.xmlParts.filter((p) => p !== part);
    part.deleted = true;
  }

  // ---------------------------------------------------------------- misc

  address(sheet: SheetModel, r: Rect): string {
    return qualifiedAddress(sheet.name, r);
  }

  /** Text of a named item's target range, e.g. `Sheet1!$A$1:$B$2`, or null if the name is not a single reference. */
  nameRange(n: NameModel): { sheet: SheetModel; rect: Rect } | null {
    const parsed = parseFormula(n.formula);
    if ('error' in parsed) return null;
    const toks = parsed.tokens.filter((t) => t.t !== 'ws');
    const only = toks[0];
    if (toks.length !== 1 || only?.t !== 'ref' || only.body === null || only.deletedSheet || only.sheet === null) return null;
    const sheet = this.findSheetByName(only.sheet);
    if (sheet === undefined) return null;
    return { sheet, rect: { r0: only.body.r0, c0: only.body.c0, r1: only.body.r1, c1: only.body.c1 } };
  }

  intersects(a: Rect, b: Rect): boolean {
    return intersect(a, b) !== null;
  }
}
