import type { BpmnErrorCode as AppBpmnCode, ErrorParams } from '../../shared/errors';

/**
 * Why a BPMN file was refused or could not be written. `code` is for the caller (and tests),
 * `params` fill the message the renderer shows in the interface language (errors.BPMN_*),
 * and `message` says the same in English, for logs and tests.
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

/** The code each refusal reaches the user with. */
export const APP_CODE_OF: Record<BpmnErrorCode, AppBpmnCode> = {
  empty: 'BPMN_EMPTY',
  'too-large': 'BPMN_TOO_LARGE',
  'unsupported-encoding': 'BPMN_UNSUPPORTED_ENCODING',
  'invalid-encoding': 'BPMN_INVALID_ENCODING',
  doctype: 'BPMN_DOCTYPE',
  'attribute-too-long': 'BPMN_ATTRIBUTE_TOO_LONG',
  'too-deep': 'BPMN_TOO_DEEP',
  'too-many-elements': 'BPMN_TOO_MANY_ELEMENTS',
  malformed: 'BPMN_MALFORMED',
  'not-bpmn': 'BPMN_NOT_BPMN',
  'preserved-source-invalid': 'BPMN_SOURCE_INVALID',
};

export class BpmnError extends Error {
  readonly code: BpmnErrorCode;
  readonly params: ErrorParams;

  constructor(code: BpmnErrorCode, message: string, params: ErrorParams = {}) {
    super(message);
    this.name = 'BpmnError';
    this.code = code;
    this.params = params;
  }
}
