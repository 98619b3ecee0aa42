/** The progress line: phases rewritten in place, seconds counted while the event loop is free, cleared at the end. */
import { terminalProgress } from '../../../src/cli/progress';

afterEach(() => jest.useRealTimers());

test('each phase replaces the last; the seconds tick on a free event loop; done clears the line and stops the ticking', () => {
  jest.useFakeTimers();
  const written: string[] = [];
  let clock = 0;
  const progress = terminalProgress((text) => void written.push(text), 'en', () => clock);
  progress.phase('checking', '3.5 MB');
  progress.phase('writing', '21 sheets');
  clock = 2_400;
  jest.advanceTimersByTime(1_000);
  progress.done();
  clock = 9_000;
  jest.advanceTimersByTime(5_000);
  expect(written).toEqual(['\r\u001b[2KChecking (3.5 MB) …', '\r\u001b[2KWriting the workbook (21 sheets) …', '\r\u001b[2KWriting the workbook (21 sheets) … 2 s', '\r\u001b[2K']);
});
