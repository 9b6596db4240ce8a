/** The core build of SheetJS has the API (and the types) of the package's main entry. */
declare module '@e965/xlsx/dist/xlsx.core.min.js' {
  export * from '@e965/xlsx';
}
