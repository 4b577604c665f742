/**
 * A problem in the file being imported, located so that the maintainer can find it: the file, the line (CSV) or
 * record (JSON), and the field. The importer stops at the first one and writes nothing.
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    /** "line 7", "record data[3]", or "(file)". */
    readonly where: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${where}, field "${field}": ${problem}`);
    this.name = 'ImportError';
  }
}
