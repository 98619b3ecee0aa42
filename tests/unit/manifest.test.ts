/**
 * The add-in manifest, checked offline against the rules Microsoft documents for
 * XML manifests (`npm run validate` runs Microsoft's online validator where there is internet).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { REPO } from '../helpers/fixtures';

const manifestPath = join(REPO, 'manifest.xml');
const xml = readFileSync(manifestPath, 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: (name) => ['Host', 'Set', 'Image', 'Url', 'String', 'Override', 'AppDomain', 'Control'].includes(name) });
/** The parts of the manifest the tests read, as the parser gives them. */
interface Resource {
  '@id': string;
  '@DefaultValue': string;
}
interface ManifestApp {
  Hosts: { Host: { '@Name': string }[] };
  Permissions: string;
  Requirements: { Sets: { Set: unknown[] } };
  AppDomains: { AppDomain: string[] };
  DisplayName: { '@DefaultValue': string };
  Description: { '@DefaultValue': string };
  VersionOverrides: {
    Hosts: { Host: { DesktopFormFactor: { ExtensionPoint: { OfficeTab: { '@id': string; Group: { Control: { '@type': string; Action: { '@type': string } }[] } } } } }[] };
    Resources: { Images: { Image: Resource[] }; Urls: { Url: Resource[] }; ShortStrings: { String: Resource[] }; LongStrings: { String: Resource[] } };
  };
}
const doc = parser.parse(xml) as { OfficeApp: ManifestApp };
const app = doc.OfficeApp;

function allAttributeValues(node: unknown, name: string, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => allAttributeValues(n, name, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === `@${name}` && typeof value === 'string') found.push(value);
      else allAttributeValues(value, name, found);
    }
  }
  return found;
}

test('office-addin-manifest reads it as an Excel task pane add-in', async () => {
  const info = await OfficeAddinManifest.readManifestFile(manifestPath);
  expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(info.hosts).toEqual(['Workbook']);
  expect(info.displayName).toBe('Budgettabeller');
  expect(info.defaultLocale).toBe('da-DK');
  expect(info.officeAppType).toBe('TaskPaneApp');
});

test('Excel only, ReadWriteDocument, and the ExcelApi requirement set the add-in uses', () => {
  expect(app.Hosts.Host.map((h) => h['@Name'])).toEqual(['Workbook']);
  expect(app.Permissions).toBe('ReadWriteDocument');
  expect(app.Requirements.Sets.Set).toEqual([{ '@Name': 'ExcelApi', '@MinVersion': '1.9' }]);
});

test('every URL is HTTPS and on an app domain', () => {
  const urls = allAttributeValues(doc, 'DefaultValue').filter((v) => /^[a-z]+:\/\//i.test(v));
  expect(urls.length).toBeGreaterThan(5);
  const domains = app.AppDomains.AppDomain;
  for (const url of urls) {
    expect(url).toMatch(/^https:\/\//);
    expect(domains.some((d) => url.startsWith(d))).toBe(true);
  }
});

test('text lengths within the documented limits (display name 125, description 250, short strings 125, long 250)', () => {
  expect(app.DisplayName['@DefaultValue'].length).toBeLessThanOrEqual(125);
  expect(app.Description['@DefaultValue'].length).toBeLessThanOrEqual(250);
  const resources = app.VersionOverrides.Resources;
  for (const s of resources.ShortStrings.String) expect(s['@DefaultValue'].length).toBeLessThanOrEqual(125);
  for (const s of resources.LongStrings.String) expect(s['@DefaultValue'].length).toBeLessThanOrEqual(250);
});

test('a Home-tab button opens the task pane; every resid it names exists', () => {
  const host = app.VersionOverrides.Hosts.Host[0];
  if (host === undefined) throw new Error('the manifest names no host');
  const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
  expect(tab['@id']).toBe('TabHome');
  const button = tab.Group.Control[0];
  expect(button?.['@type']).toBe('Button');
  expect(button?.Action['@type']).toBe('ShowTaskpane');
  const resources = app.VersionOverrides.Resources;
  const ids = new Set<string>([
    ...resources.Images.Image.map((i) => i['@id']),
    ...resources.Urls.Url.map((i) => i['@id']),
    ...resources.ShortStrings.String.map((i) => i['@id']),
    ...resources.LongStrings.String.map((i) => i['@id']),
  ]);
  const referenced = allAttributeValues(app.VersionOverrides.Hosts, 'resid');
  expect(referenced.length).toBeGreaterThan(8);
  for (const resid of referenced) expect(ids).toContain(resid);
});

test('the icons exist as PNGs of the sizes the manifest declares', () => {
  const images = app.VersionOverrides.Resources.Images.Image;
  for (const image of images) {
    const size = Number(/(\d+)x\1/.exec(image['@id'])?.[1]);
    const file = readFileSync(join(REPO, 'assets', image['@DefaultValue'].split('/').pop() ?? ''));
    expect(file.subarray(1, 4).toString()).toBe('PNG');
    expect(file.readUInt32BE(16)).toBe(size);
    expect(file.readUInt32BE(20)).toBe(size);
  }
});
