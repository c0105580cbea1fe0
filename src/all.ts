/**
 * Registers every element and lets late-upgrading providers reach their widgets. The entry of the
 * single-file bundle `dist/blueprint-widgets.js`, for `<script type="module" src=…>`.
 */
import { attachContextRoot } from './context/context-root.js';
import './components/blueprint-provider/define.js';

attachContextRoot();

export * from './index.js';
