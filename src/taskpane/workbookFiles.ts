/**
 * The workbook files the page and the pane open, as a file input's `accept`: every format the
 * reader takes (.xlsx/.xlsm/.xlsb, .xls and WPS .et, .ods, .csv; an HTML table arrives under .xls).
 */
export const WORKBOOK_ACCEPT = '.xlsx,.xlsm,.xlsb,.xls,.et,.ods,.csv';
