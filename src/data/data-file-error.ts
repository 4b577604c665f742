import type { DatasetProblem } from './validate-dataset.ts';

/** A data file that could not be used: missing, not JSON, or not matching its schema. Names the file and field. */
export class DataFileError extends Error {
  readonly file: string;
  readonly problems: DatasetProblem[];
  constructor(file: string, message: string, problems: DatasetProblem[] = []) {
    super(message);
    this.name = 'DataFileError';
    this.file = file;
    this.problems = problems;
  }
}
