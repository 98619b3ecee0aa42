/**
 * Checks the sample definitions file data/budget-2020-seminar.json against the
 * source notes (see data/SOURCES.md). Deliberately self-contained: it reads the
 * JSON directly and imports nothing from src/, so it keeps testing the data even
 * while the engine changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Range = { min: number; max: number };
type Amount = number | Range;
type Spec = Amount | Record<string, Amount>;

interface Line {
  id?: string;
  title: string;
  number?: string;
  kind?: string;
  note?: string;
  unit?: string;
  amounts?: Spec;
  lines?: Line[];
  frame?: Spec;
}

interface Initiative extends Line {
  id: string;
  committee: string;
}

interface SampleFile {
  formatVersion: number;
  title: string;
  unit: string;
  priceLevel?: string;
  years: number[];
  rangePolicy?: string;
  committees: { id: string; name: string }[];
  initiatives: Initiative[];
}

const file = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'budget-2020-seminar.json'), 'utf8')) as SampleFile;

/** Every node (initiatives and their lines, at any depth), depth first. */
function allNodes(): Line[] {
  const out: Line[] = [];
  const visit = (node: Line): void => {
    out.push(node);
    node.lines?.forEach(visit);
  };
  file.initiatives.forEach(visit);
  return out;
}

function byId(id: string): Line {
  const node = allNodes().find((n) => n.id === id);
  if (node === undefined) throw new Error(`no node with id ${id}`);
  return node;
}

function isRange(value: unknown): value is Range {
  return typeof value === 'object' && value !== null && 'min' in value && 'max' in value;
}

/** The amount a spec states for a year, or undefined when the year is not stated. */
function forYear(spec: Spec | undefined, year: number): Amount | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === 'number' || isRange(spec)) return spec;
  return spec[String(year)];
}

/** A plain amount as an integer number of tenths (fails on ranges and finer amounts). */
function tenths(amount: Amount | undefined): number {
  if (amount === undefined) return 0;
  if (typeof amount !== 'number') throw new Error('expected a plain amount, got a range');
  const t = Math.round(amount * 10);
  expect(Math.abs(amount * 10 - t)).toBeLessThan(1e-9);
  return t;
}

/** Sum of the children's amounts for a year, in tenths (children must be leaves). */
function sumLinesTenths(node: Line, year: number): number {
  return (node.lines ?? []).reduce((acc, line) => acc + tenths(forYear(line.amounts, year)), 0);
}

const COMMITTEES: Record<string, string> = {
  hosp: 'Hospitalsudvalget',
  psyk: 'Psykiatri- og socialudvalget',
  naere: 'Udvalg for nære sundhedstilbud',
  ru: 'Regional Udvikling',
};

/**
 * The coverage contract: every topic (and sub-item) extracted from the seminar
 * notes, by committee. Titles are the Danish headings of the notes.
 */
const TOPICS: Record<string, string[]> = {
  hosp: [
    'Personlig medicin',
    'Påbegynde PM-oprustning i tilknytning til national PM-satsning (fortolkning og rådgivning)',
    'Huslejeudgifter (NGC-sekventeringscenter på AUH)',
    'Ny PM-diagnostik/nye PM-behandlinger (udover aktiviteter i tilknytning til NGC)',
    'Flash glukosemåler',
    'Kræftpakker',
    'Udredningsretten',
    'Indvandrermedicinsk klinik',
    'Sundhedsinnovation',
    'Tildeling af midler til Regionshospitalet Randers og Regionshospitalet Horsens på baggrund af produktivitet',
    'Forebyggelse',
    'Høreområdet',
    'Rekruttering, fastholdelse og arbejdsmiljø',
  ],
  psyk: [
    '20 mio. kr. til omprioritering inden for psykiatrien',
    'Indføre patientstyrede ambulante forløb',
    'Udbrede brugen af udgående teams i psykiatrien',
    'Udbrede hurtig ambulante tider i psykiatrien',
    'Fortsætte nedbringelsen af tvang',
    'Udbrede differentierede behandlingsforløb',
    'Udbrede videobehandling',
    'Anvendelse af PRO-data',
    'Øget rådgivning og samarbejde med bosteder',
    'Øget samarbejde med kommunerne bl.a. i psykiatrihusene, i de udgående teams og ved overgangen efter indlæggelse',
    'Identificere initiativer inden for rekruttering og fastholdelse af personale',
    'Anvendelse af sygefraværspolitikken og inkorporering af sygefraværshåndtering i lederuddannelse',
    'Midler til tværfagligt udgående teams (TUT)',
    'Rekruttering, fastholdelse og arbejdsmiljø',
    'Gode tværgående forløb/den nære psykiatri',
    'Bedre behandling til de sværest syge, herunder øget tilgængelighed',
    'Samarbejde med civilsamfundet og pårørende',
    'Psykoedukationsforløb',
    'Styrkelse af EN AF OS',
    'Øget kapacitet og anlægsmidler',
    'Anlægsmidler til vedligeholdelse af Søndersøparken',
    'Anlægsmidler til etablering af nyt sengeafsnit på 12 senge',
    'Buffersenge og øget personalebemanding i AUH Psykiatrien',
  ],
  naere: [
    'Sundhedshuse',
    'Patientforløb der hænger sammen – styrket samarbejde med kommuner og almen praksis',
    'Akutnummer 1-1-3',
    'Medicinpose',
  ],
  ru: [
    'Udviklingsaktiviteter',
    'Uddannelse',
    'Kultur',
    'Administrative udviklingsudgifter',
    'Projektpulje til regionale udviklingsaktiviteter',
    'Mobilitet og yderområder',
    'Internationale aktiviteter',
    'Sundhedsinnovation',
    'Bæredygtighed og Grøn omstilling',
    'Klima',
    'Digitalisering',
    'Udvikling af arbejdskraftressourcer',
    'Kollektiv trafik',
    'Busser',
    'Tog',
    'Pensionsudgifter til tjenestemænd på privatbanerne',
    'Miljø',
    'Kortlægning og oprydning på jordforureningsområdet',
    'Kortlægning af råstoffer',
    'Regional Udvikling i øvrigt',
    'Planlægnings-, analyse- og udviklingsudgifter',
    'Udviklingsområdet',
    'Miljøområdet',
    'Overfladevandsopgaven (økonomiforhandlingerne)',
    'Investeringsbehov på Lemvigbanen og privatbanerne',
    'Generationsforureningen',
    'Ny handleplan for regionale udviklingsaktiviteter',
  ],
};

/** Topics the notes give no amount for (uncosted initiatives). */
const UNCOSTED_INITIATIVES = [
  'hosp_kraeftpakker',
  'hosp_sundhedsinnovation',
  'hosp_randers_horsens',
  'hosp_rekruttering',
  'psyk_rekruttering',
  'ru_overfladevand',
  'ru_privatbaner',
  'ru_generationsforurening',
  'ru_handleplan',
];

describe('sample data: data/budget-2020-seminar.json', () => {
  it('has the file header of format v1', () => {
    expect(file.formatVersion).toBe(1);
    expect(file.title).toBe('Budget 2020 – emner til budgetseminaret 22. maj 2019');
    expect(file.unit).toBe('mio. kr.');
    expect(file.priceLevel).toBe('2019 P/L');
    expect(file.years).toEqual([2020, 2021, 2022, 2023]);
    expect(file.rangePolicy).toBe('high');
  });

  it('has the four committees', () => {
    expect(Object.fromEntries(file.committees.map((c) => [c.id, c.name]))).toEqual(COMMITTEES);
  });

  it('assigns every initiative to an existing committee', () => {
    const ids = new Set(file.committees.map((c) => c.id));
    for (const initiative of file.initiatives) expect(ids.has(initiative.committee)).toBe(true);
  });

  it('has unique, well-formed ids on all initiatives and lines', () => {
    const ids = allNodes()
      .map((n) => n.id)
      .filter((id): id is string => id !== undefined);
    for (const initiative of file.initiatives) expect(typeof initiative.id).toBe('string');
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the expected number of initiatives per committee', () => {
    const count = (committee: string): number => file.initiatives.filter((i) => i.committee === committee).length;
    expect([count('hosp'), count('psyk'), count('naere'), count('ru')]).toEqual([10, 7, 4, 9]);
  });

  it('states amounts only for the file years, and amounts, frames and lines only in valid combinations', () => {
    const years = new Set(file.years.map(String));
    const checkSpec = (spec: Spec | undefined): void => {
      if (spec === undefined || typeof spec === 'number' || isRange(spec)) return;
      for (const key of Object.keys(spec)) expect(years.has(key)).toBe(true);
    };
    for (const node of allNodes()) {
      checkSpec(node.amounts);
      checkSpec(node.frame);
      expect(node.amounts !== undefined && node.lines !== undefined).toBe(false);
      if (node.frame !== undefined) expect(node.lines).toBeDefined();
      if (node.unit !== undefined) expect(['kr.', 't.kr.', 'mio. kr.']).toContain(node.unit);
      if (node.kind !== undefined) expect(['operating', 'capital']).toContain(node.kind);
    }
  });

  it('covers every topic extracted from the notes', () => {
    for (const [committee, titles] of Object.entries(TOPICS)) {
      const present = new Set<string>();
      const visit = (node: Line): void => {
        present.add(node.title);
        node.lines?.forEach(visit);
      };
      file.initiatives.filter((i) => i.committee === committee).forEach(visit);
      for (const title of titles) expect({ committee, title, present: present.has(title) }).toEqual({ committee, title, present: true });
    }
  });

  it('leaves the topics without amounts uncosted', () => {
    const uncosted = file.initiatives.filter((i) => i.amounts === undefined && i.lines === undefined).map((i) => i.id);
    expect(uncosted.sort()).toEqual([...UNCOSTED_INITIATIVES].sort());
  });

  it('does not treat "Pulje til politisk prioritering" as a topic', () => {
    expect(allNodes().some((n) => n.title.startsWith('Pulje til politisk prioritering'))).toBe(false);
  });

  describe('Hospitalsudvalget', () => {
    it('Personlig medicin: the three lines total 17,0 / 32,0 / 57,0 / 102,0', () => {
      const pm = byId('hosp_personlig_medicin');
      expect(pm.frame).toBeUndefined();
      expect(pm.lines).toHaveLength(3);
      expect(file.years.map((y) => sumLinesTenths(pm, y))).toEqual([170, 320, 570, 1020]);
      expect(file.years.map((y) => tenths(forYear(byId('hosp_pm_oprustning').amounts, y)))).toEqual([50, 100, 150, 200]);
      expect(file.years.map((y) => tenths(forYear(byId('hosp_pm_husleje').amounts, y)))).toEqual([20, 20, 20, 20]);
      expect(file.years.map((y) => tenths(forYear(byId('hosp_pm_diagnostik').amounts, y)))).toEqual([100, 200, 400, 800]);
    });

    it('Flash glukosemåler: 10,5 in 2020 and 12,5 in 2023 only', () => {
      expect(byId('hosp_flash_glukosemaaler').amounts).toEqual({ '2020': 10.5, '2023': 12.5 });
    });

    it('Høreområdet: 6,3 a year in 2020-2022', () => {
      expect(byId('hosp_hoereomraadet').amounts).toEqual({ '2020': 6.3, '2021': 6.3, '2022': 6.3 });
    });
  });

  describe('Psykiatri- og socialudvalget', () => {
    it('the 20 mio. kr. omprioritering is a 2020 frame over the eleven uncosted initiatives 2.1-2.11', () => {
      const node = byId('psyk_omprioritering');
      expect(node.frame).toEqual({ '2020': 20 });
      expect(node.lines?.map((l) => l.number)).toEqual(Array.from({ length: 11 }, (_, i) => `2.${i + 1}`));
      for (const line of node.lines ?? []) expect(line.amounts).toBeUndefined();
    });

    it('the psykoedukation item is 450000 in unit "kr." every year', () => {
      const items = allNodes().filter((n) => n.amounts === 450000);
      expect(items).toHaveLength(1);
      expect(items[0]?.unit).toBe('kr.');
      expect(items[0]?.id).toBe('psyk_psykoedukation');
    });

    it('capital and permanent items', () => {
      expect(byId('psyk_en_af_os').amounts).toBe(1);
      expect(byId('psyk_soendersoeparken')).toMatchObject({ kind: 'capital', amounts: 4 });
      expect(byId('psyk_nyt_sengeafsnit')).toMatchObject({ kind: 'capital', amounts: { '2020': 22 } });
      expect(byId('psyk_buffersenge').kind).toBeUndefined();
      expect(byId('psyk_buffersenge').amounts).toEqual({ '2021': 10, '2022': 10, '2023': 10 });
    });
  });

  describe('Udvalg for nære sundhedstilbud', () => {
    it('Akutnummer 1-1-3 is the range 5,5-6,9 in 2020 only', () => {
      expect(byId('naere_akutnummer_113').amounts).toEqual({ '2020': { min: 5.5, max: 6.9 } });
    });

    it('Medicinpose is 0,625 in 2020 only', () => {
      expect(byId('naere_medicinpose').amounts).toEqual({ '2020': 0.625 });
    });

    it('Sundhedshuse is a 5 mio. kr. capital pool; the samarbejde pool is 3 mio. kr.', () => {
      expect(byId('naere_sundhedshuse')).toMatchObject({ kind: 'capital', amounts: { '2020': 5 } });
      expect(byId('naere_samarbejde_kommuner').amounts).toEqual({ '2020': 3 });
    });
  });

  describe('Regional Udvikling', () => {
    it('the 65,5 development frame is allocated 20,4 + 10,3 + 5,8 + 29,0 in 2020', () => {
      const frame = byId('ru_udviklingsaktiviteter');
      expect(tenths(forYear(frame.frame, 2020))).toBe(655);
      const projektpulje = byId('ru_projektpulje');
      const allocated = (frame.lines ?? []).reduce(
        (acc, line) => acc + tenths(forYear(line.frame ?? line.amounts, 2020)),
        0,
      );
      expect(allocated).toBe(655);
      expect(frame.lines?.map((l) => tenths(forYear(l.frame ?? l.amounts, 2020)))).toEqual([204, 103, 58, 290]);
      expect(frame.lines?.[3]).toBe(projektpulje);
    });

    it('the 29,0 projektpulje is allocated 5 + 3 + 7 + 3 + 2 + 2 + 7 in 2020', () => {
      const pool = byId('ru_projektpulje');
      expect(tenths(forYear(pool.frame, 2020))).toBe(290);
      expect(pool.lines?.map((l) => tenths(forYear(l.amounts, 2020)))).toEqual([50, 30, 70, 30, 20, 20, 70]);
      expect(sumLinesTenths(pool, 2020)).toBe(290);
    });

    it('Kollektiv trafik: 235,0 + 94,5 + 8,1 = 337,6 in 2020', () => {
      const node = byId('ru_kollektiv_trafik');
      expect(tenths(forYear(node.frame, 2020))).toBe(3376);
      expect(node.lines?.map((l) => tenths(forYear(l.amounts, 2020)))).toEqual([2350, 945, 81]);
      expect(sumLinesTenths(node, 2020)).toBe(3376);
    });

    it('Planlægnings-, analyse- og udviklingsudgifter: 41,6 + 25,3 = 66,9 in 2020', () => {
      const node = byId('ru_planlaegning');
      expect(tenths(forYear(node.frame, 2020))).toBe(669);
      expect(sumLinesTenths(node, 2020)).toBe(669);
    });

    it('states every Regional Udvikling amount for 2020 only', () => {
      const ru = file.initiatives.filter((i) => i.committee === 'ru');
      const visit = (node: Line): void => {
        for (const spec of [node.amounts, node.frame]) {
          if (spec !== undefined) expect(Object.keys(spec as object)).toEqual(['2020']);
        }
        node.lines?.forEach(visit);
      };
      ru.forEach(visit);
    });
  });
});
