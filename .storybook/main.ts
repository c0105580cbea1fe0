import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

// Storybook 10.6.0 (all four packages pinned exactly). It also loads ../vite.config.ts, which gives it the
// library config (scripts/vite/library.config.ts), and keeps all of it but `build` (of which only
// build.target): the plugins and `publicDir: false`; decorators are lowered by Vite's Oxc from tsconfig's experimentalDecorators.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own chunks (axe, docs renderer) are large by nature: no size warnings, no chunk listing.
  viteFinal: (viteConfig, { configType }) =>
    mergeConfig(viteConfig, {
      ...(configType === 'PRODUCTION' ? { logLevel: 'warn' } : {}),
      build: { chunkSizeWarningLimit: 4000, reportCompressedSize: false },
    }),
};

export default config;
