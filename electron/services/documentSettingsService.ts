import {
  LOGO_MAX_BYTES,
  logoTypeOf,
  unknownDocumentNumberToken,
  type DocumentSettings,
} from '../../shared/documentSettings';
import { AppError } from '../../shared/errors';
import type { LibrarySession } from '../library/librarySession';

/**
 * The organisation's document settings. The request schema checked their shape and lengths;
 * here main checks what a schema cannot: that the logo is a PNG or JPEG of at most 1 MB by its
 * bytes (not by what the renderer says it is), and that the number scheme names known tokens.
 */
export class DocumentSettingsService {
  constructor(private readonly session: LibrarySession) {}

  get(): DocumentSettings {
    return this.session.repositories().settings.readDocuments();
  }

  set(settings: DocumentSettings): DocumentSettings {
    const token = unknownDocumentNumberToken(settings.documentNumber);
    if (token !== null) {
      throw new AppError('INVALID_REQUEST', `Unknown token {${token}} in the document number.`, {
        reason: 'documentNumberToken',
        token,
      });
    }
    if (settings.logo !== null) {
      const bytes = Buffer.from(settings.logo.data, 'base64');
      if (bytes.length > LOGO_MAX_BYTES) {
        throw new AppError('INVALID_REQUEST', `The logo is ${bytes.length} bytes.`, {
          reason: 'logoTooLarge',
          limit: LOGO_MAX_BYTES / 1024 / 1024,
        });
      }
      const type = logoTypeOf(bytes);
      if (type === null || type !== settings.logo.type) {
        throw new AppError('INVALID_REQUEST', 'The logo is not a PNG or JPEG picture.', {
          reason: 'logoNotImage',
        });
      }
    }
    this.session.repositories().settings.writeDocuments(settings);
    return this.get();
  }
}
