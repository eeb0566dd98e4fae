/**
 * Loads the English strings for code that runs outside the extension (the CLI, unit
 * tests). Import it for its effect; the extension's bundles never import it.
 */
import messages from '../../public/_locales/en/messages.json';
import { useCatalogue, type Catalogue } from './i18n.ts';

useCatalogue(messages as Catalogue);
