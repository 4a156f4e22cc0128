// PLACEHOLDER written by S1 so the app compiles; S2 owns and replaces this file.
import type { RouteModule } from '../context.js';

export const registerReceivableRoutes: RouteModule = () => undefined;
