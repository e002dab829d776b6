/**
 * Why a BPMN file was refused or could not be written. `code` is for the caller (and tests),
 * `message` is written for the user: it says what is wrong with the file and what to do.
 */
export type BpmnErrorCode =
  | 'empty'
  | 'too-large'
  | 'unsupported-encoding'
  | 'invalid-encoding'
  | 'doctype'
  | 'attribute-too-long'
  | 'too-deep'
  | 'too-many-elements'
  | 'malformed'
  | 'not-bpmn'
  | 'preserved-source-invalid';

export class BpmnError extends Error {
  readonly code: BpmnErrorCode;

  constructor(code: BpmnErrorCode, message: string) {
    super(message);
    this.name = 'BpmnError';
    this.code = code;
  }
}
