import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { VantResolver } from '@vant/auto-import-resolver';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * Vant's icon font is inlined as woff2; its CSS also names a fallback .woff on a CDN, which a
 * browser without woff2 would fetch. Nothing may come from outside the app: drop the fallback.
 */
const noCdn = (): Plugin => ({
  name: 'no-cdn',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle))
      if (file.type === 'asset' && file.fileName.endsWith('.css'))
        file.source = String(file.source).replace(/,\s*url\(\/\/at\.alicdn\.com[^)]*\)\s*format\("[^"]*"\)/g, '');
  },
});

/**
 * Two page bundles served by the API server from dist/web (see PagesService): the phone app
 * (index.html, Vant) and the staff console (console.html, Element Plus), sharing the API client,
 * error messages and session code.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [
    vue(),
    Components({
      resolvers: [VantResolver(), ElementPlusResolver({ importStyle: 'css' })],
      dts: false,
    }),
    noCdn(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        app: fileURLToPath(new URL('./index.html', import.meta.url)),
        console: fileURLToPath(new URL('./console.html', import.meta.url)),
      },
    },
  },
});
