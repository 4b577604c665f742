/// <reference lib="webworker" />
import type { DataFileKey } from './vocabulary.ts';
import { validateText, type ValidatedText } from './validate-text.ts';

export interface ValidateRequest {
  id: number;
  key: DataFileKey;
  text: string;
}
export type ValidateResponse = { id: number } & ValidatedText;

// Parsing and checking a data file against its schema takes 50–120 ms on a phone; here the page does not wait for it.
self.onmessage = ({ data: { id, key, text } }: MessageEvent<ValidateRequest>) => {
  const response: ValidateResponse = { id, ...validateText(key, text) };
  self.postMessage(response);
};
