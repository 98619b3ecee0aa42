import { makeDouble, read, rejection } from './helpers';

describe('sync and command counting', () => {
  it('counts requests, commands per request and bytes; empty syncs are not requests', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1').values = [[1]];
      s.getRange('A2').values = [[2]];
      s.getRange('A1:A2').load('values');
      await ctx.sync();
      await ctx.sync(); // nothing queued
      s.getRange('B1').format.font.bold = true;
    }); // run's final sync sends the last command
    const st = d.stats;
    expect([st.syncs, st.syncCalls, st.commands]).toEqual([2, 3, 4]);
    expect(st.requests.map((r) => r.commands)).toEqual([3, 1]);
    expect(st.requests.every((r) => r.bytes > 0)).toBe(true);
    expect(st.largestRequestBytes).toBe(Math.max(...st.requests.map((r) => r.bytes)));
    d.resetStats();
    expect(d.stats.syncs).toBe(0);
  });

  it('request bytes grow with the data written', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x'.repeat(10_000)]];
      await ctx.sync();
    });
    const [small, big] = d.stats.requests;
    expect((big?.bytes ?? 0) - (small?.bytes ?? 0)).toBeGreaterThanOrEqual(9_999);
  });
});

describe('request payload limit', () => {
  it('fails a request over 5,000,000 bytes with RequestPayloadSizeLimitExceeded and applies nothing', async () => {
    const d = makeDouble();
    const rows = Array.from({ length: 50_000 }, (_, i) => [`row ${i} ${'x'.repeat(90)}`]);
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('B1').values = [['first']];
      s.getRange('A1:A50000').values = rows;
      const e = await rejection(ctx.sync());
      expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
      // Split in two requests, it goes through.
      s.getRange('A1:A25000').values = rows.slice(0, 25_000);
      await ctx.sync();
      s.getRange('A25001:A50000').values = rows.slice(25_000);
      await ctx.sync();
    });
    expect(d.stats.requests[0]?.failed).toBe('RequestPayloadSizeLimitExceeded');
    expect(d.stats.requests[0]?.bytes).toBeGreaterThan(5_000_000);
    expect(d.stats.largestRequestBytes).toBeGreaterThan(5_000_000);
    expect(d.inspect.cell('Sheet1', 'B1').value).toBe('');
    expect(d.inspect.cell('Sheet1', 'A50000').value).toBe(rows[49_999]?.[0]);
  });

  it('the limit is configurable', async () => {
    const d = makeDouble({ payloadLimitBytes: 2_000 });
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['y'.repeat(3_000)]];
      expect((await rejection(ctx.sync())).code).toBe('RequestPayloadSizeLimitExceeded');
    });
  });
});

describe('failure in the middle of a request', () => {
  it('keeps the commands before the failing one and drops the ones after', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1').values = [['before']];
      ctx.workbook.worksheets.getItem('Missing').getRange('A1').values = [['x']];
      s.getRange('A2').values = [['after']];
      const e = await rejection(ctx.sync());
      expect(e.code).toBe('ItemNotFound');
      expect(e.debugInfo.statement).toMatch(/Range\.values/);
    });
    expect(await read(d, 'Sheet1', 'A1:A2', 'values')).toEqual([['before'], ['']]);
  });

  it('does not deliver loads of a failed request', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').load('address');
      ctx.workbook.worksheets.getItem('Missing').load('name');
      await rejection(ctx.sync());
      expect(() => r.address).toThrow(/not available/);
    });
  });
});

describe('injected failures', () => {
  it('failOnSync(n) fails the n-th next request with the given code, and a retry succeeds', async () => {
    const d = makeDouble();
    d.failOnSync(2, 'GeneralException');
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1').values = [[1]];
      await ctx.sync();
      s.getRange('A2').values = [[2]];
      expect((await rejection(ctx.sync())).code).toBe('GeneralException');
      s.getRange('A2').values = [[2]];
      await ctx.sync();
    });
    expect(await read(d, 'Sheet1', 'A1:A2', 'values')).toEqual([[1], [2]]);
  });

  it('can apply part of the request before failing', async () => {
    const d = makeDouble();
    d.failOnSync(1, 'RequestAborted', { afterCommands: 1 });
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1').values = [['applied']];
      s.getRange('A2').values = [['lost']];
      expect((await rejection(ctx.sync())).code).toBe('RequestAborted');
    });
    expect(await read(d, 'Sheet1', 'A1:A2', 'values')).toEqual([['applied'], ['']]);
    expect(d.stats.requests[0]?.failed).toBe('RequestAborted');
  });
});

describe('read limits', () => {
  it('fails a read of more than 5,000,000 cells with RangeExceedsLimit', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange().load('values');
      expect((await rejection(ctx.sync())).code).toBe('RangeExceedsLimit');
    });
  });

  it('fails a response over 5,000,000 bytes with ResponsePayloadSizeLimitExceeded after applying the commands', async () => {
    const d = makeDouble();
    await d.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('B1').values = [['written']];
      s.getRange('A:A').load('values'); // 1,048,576 rows of ""
      expect((await rejection(ctx.sync())).code).toBe('ResponsePayloadSizeLimitExceeded');
    });
    expect(d.inspect.cell('Sheet1', 'B1').value).toBe('written');
    expect(d.stats.largestResponseBytes).toBeGreaterThan(5_000_000);
  });
});
