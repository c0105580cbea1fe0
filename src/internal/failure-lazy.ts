/**
 * What loads on first failure (issue 14, src/internal/failure-box.ts): the error box with its plain words
 * for each kind of failure in every language (src/i18n/errors.ts), its technical details and "Try again",
 * and the provider's notice about saved answers it could not open. A page where nothing fails never
 * downloads them.
 */
export { renderFailure } from './failure-view.js';
export { renderUnreadableNotice } from '../components/blueprint-provider/unreadable-notice.js';
