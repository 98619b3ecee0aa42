/** The preview grid's state: the sheets read from the in-browser workbook, the chosen tab, and the download. */
import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../../taskpane/state/failure';
import type { Lang } from '../../../core/i18n/lang';
import type { Messages } from '../../../taskpane/i18n/messages';
import { downloadPlan } from '../../download';
import type { GridSheet, PreviewWorkbook } from '../../previewWorkbook';

export interface WorkbookGridProps {
  workbook: PreviewWorkbook;
  messages: Messages;
  /** The pane's language: numbers in the grid follow it, as they do in the pane. */
  lang: Lang;
}

export interface WorkbookGridModel {
  sheets: GridSheet[] | undefined;
  active: GridSheet | undefined;
  readError: string | undefined;
  canDownload: boolean;
  downloading: boolean;
  downloadError: string | undefined;
  select: (name: string) => void;
  download: () => void;
}

export function useWorkbookGrid({ workbook, messages }: WorkbookGridProps): WorkbookGridModel {
  const [sheets, setSheets] = useState<GridSheet[] | undefined>(undefined);
  const [activeName, setActiveName] = useState<string | undefined>(undefined);
  const [readError, setReadError] = useState<string | undefined>(undefined);
  const [canDownload, setCanDownload] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let current = true;
    const reload = (): void => {
      workbook.read().then(
        (next) => {
          if (!current) return;
          // A new workbook's empty "Sheet1" is no part of the tables: once there is content, only sheets with content are shown.
          const withContent = next.filter((s) => s.rows.length > 0);
          setSheets(withContent.length > 0 ? withContent : next);
          setReadError(undefined);
          setCanDownload(workbook.lastPlan() !== undefined);
          // Keep the chosen tab while it has content; otherwise show the first sheet that has some.
          setActiveName((name) => {
            const chosen = next.find((s) => s.name === name);
            if (chosen !== undefined && chosen.rows.length > 0) return name;
            return (next.find((s) => s.rows.length > 0) ?? next[0])?.name;
          });
        },
        (error: unknown) => {
          if (current) setReadError(errorText(error));
        },
      );
    };
    reload();
    const unsubscribe = workbook.subscribe(reload);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [workbook]);

  const download = useCallback(() => {
    const plan = workbook.lastPlan();
    if (plan === undefined || downloading) return;
    setDownloading(true);
    setDownloadError(undefined);
    downloadPlan(plan, messages.downloadFileName).then(
      () => setDownloading(false),
      (error: unknown) => {
        setDownloading(false);
        setDownloadError(errorText(error));
      },
    );
  }, [workbook, downloading, messages]);

  return {
    sheets,
    active: sheets?.find((s) => s.name === activeName),
    readError,
    canDownload,
    downloading,
    downloadError,
    select: setActiveName,
    download,
  };
}
