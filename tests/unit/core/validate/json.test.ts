import fc from 'fast-check';
import { lineAndColumn, parseJsonDefinitions, syntaxErrorOffset } from '../../../../src/core/format/json';
import { formatProblem } from '../../../../src/core/i18n/formatProblem';
import { validateDefinitions } from '../../../../src/core/validate';
import { validFile } from './helpers';

describe('F1 JSON syntax', () => {
  test('[F1] reads a valid file, with or without a byte order mark', () => {
    const text = JSON.stringify(validFile(), null, 2);
    for (const input of [text, `\uFEFF${text}`]) {
      const { document, problems } = parseJsonDefinitions(input);
      expect(problems).toEqual([]);
      expect(validateDefinitions(document).problems).toEqual([]);
    }
  });

  test('[F1] reports a trailing comma once, with its line and column', () => {
    const text = '{\n  "years": [2020, 2021,],\n  "title": "x"\n}';
    const { document, problems } = parseJsonDefinitions(text);
    expect(document).toBeUndefined();
    expect(problems).toEqual([
      { severity: 'error', code: 'notJson', location: { kind: 'file' }, params: { line: 2, column: 24, detail: "Unexpected token ']'" } },
    ]);
    const [problem] = problems;
    if (problem === undefined) throw new Error('no problem');
    expect(formatProblem(problem, 'da')).toBe(
      "Fejl: filen: Filen er ikke gyldig JSON: fejl i linje 2, kolonne 24 (Unexpected token ']').",
    );
    expect(formatProblem(problem, 'en')).toBe(
      "Error: the file: The file is not valid JSON: error at line 2, column 24 (Unexpected token ']').",
    );
  });

  test("[F1] takes the position from JSON.parse's message when it gives one", () => {
    const { problems } = parseJsonDefinitions('{\r\n  "title" "Budget"\r\n}');
    expect(problems[0]?.params).toEqual({ line: 2, column: 11, detail: "Expected ':' after property name" });
  });

  test('[F1] counts columns after a byte order mark from the first real character', () => {
    const { problems } = parseJsonDefinitions('\uFEFF{"a":}');
    expect(problems[0]?.params).toMatchObject({ line: 1, column: 6 });
  });

  test('[F1] reports an empty file and text after the document', () => {
    expect(parseJsonDefinitions('').problems[0]?.params).toEqual({ line: 1, column: 1, detail: 'Unexpected end of JSON input' });
    expect(parseJsonDefinitions('{}\n{}').problems[0]?.params).toEqual({
      line: 2,
      column: 1,
      detail: 'Unexpected non-whitespace character after JSON',
    });
  });

  test("[F1] keeps JSON.parse's explanation short, without its quote of the file", () => {
    expect(parseJsonDefinitions('NaN').problems[0]?.params.detail).toBe('Unexpected token');
    expect(parseJsonDefinitions('{"amounts": NaN}').problems[0]?.params.detail).toBe("Unexpected token 'N'");
    const long = `{"title": "${'x'.repeat(500)}", "years": [2020,]}`;
    expect(parseJsonDefinitions(long).problems[0]?.params).toEqual({ line: 1, column: 530, detail: "Unexpected token ']'" });
  });

  test('[F1] reports Danish decimal commas and unquoted names where they are', () => {
    expect(parseJsonDefinitions('{"amounts": 5,5}').problems[0]?.params).toMatchObject({ line: 1, column: 15 });
    expect(parseJsonDefinitions('{\n  title: "x"\n}').problems[0]?.params).toMatchObject({ line: 2, column: 3 });
  });
});

describe('locating syntax errors', () => {
  test('line and column are 1-based and count \\r\\n as one break', () => {
    expect(lineAndColumn('ab\r\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\r\ncd\nef', 5)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\r\ncd\nef', 7)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn('ab', 99)).toEqual({ line: 1, column: 3 });
  });

  test('the scanner finds no error in valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        expect(syntaxErrorOffset(JSON.stringify(value, null, indent))).toBe(-1);
      }),
    );
  });

  test('the scanner agrees with JSON.parse wherever JSON.parse gives a position', () => {
    const broken = fc
      .tuple(fc.jsonValue(), fc.nat(), fc.constantFrom('', ',', '}', ']', ':', '"', '\\', '\n', 'x', '0', '.', 'e', '-'))
      .map(([value, at, insert]) => {
        const text = JSON.stringify(value, null, 1);
        const cut = at % (text.length + 1);
        // Insert a character, or (with '') delete one.
        return insert === '' ? text.slice(0, cut) + text.slice(cut + 1) : text.slice(0, cut) + insert + text.slice(cut);
      });
    let compared = 0;
    fc.assert(
      fc.property(broken, (text) => {
        let message: string | undefined;
        try {
          JSON.parse(text);
        } catch (caught) {
          message = (caught as Error).message;
        }
        if (message === undefined) {
          expect(syntaxErrorOffset(text)).toBe(-1);
          return;
        }
        const offset = syntaxErrorOffset(text);
        expect(offset).toBeGreaterThanOrEqual(0);
        const reported = /at position (\d+)/.exec(message)?.[1];
        if (reported !== undefined) {
          compared++;
          expect(offset).toBe(Number(reported));
        }
      }),
      { numRuns: 2000 },
    );
    // The property is only worth something if JSON.parse gave positions to compare with.
    expect(compared).toBeGreaterThan(100);
  });

  test('the scanner handles nesting far deeper than a recursive parser could', () => {
    const depth = 200000;
    expect(syntaxErrorOffset(`${'['.repeat(depth)}${']'.repeat(depth)}`)).toBe(-1);
    expect(syntaxErrorOffset(`${'['.repeat(depth)}${']'.repeat(depth - 1)}`)).toBe(2 * depth - 1);
  });
});
