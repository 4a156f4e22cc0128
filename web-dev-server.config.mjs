import { esbuildPlugin } from '@web/dev-server-esbuild';
import { serveMswWorker } from './scripts/dev/serve-msw-worker.mjs';
import { reactEsmPlugin } from './scripts/dev/react-esm.mjs';

/** Serves the demo page from the TypeScript sources (no build needed). */
export default {
  rootDir: '.',
  middleware: [
    serveMswWorker,
    // The demo lives in demo/; the bare origin sends visitors there.
    function demoAtRoot(ctx, next) {
      if (ctx.path === '/' || ctx.path === '/index.html') {
        ctx.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  // React's npm packages are CommonJS: served as an esbuild-made ESM bundle (the React demo page, /demo/react/).
  plugins: [reactEsmPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.base.json', import.meta.url).pathname })],
};
