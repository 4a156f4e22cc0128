/**
 * The auto-registering entry for a plain `<script type="module">`: registers `<ck-…>` on import.
 * Configure the client before the elements connect (or give each a `base-url`).
 */
import { defineCreditKit } from './define.js';

defineCreditKit();

export * from './index.js';
