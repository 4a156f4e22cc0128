// Types of wire-compile.mjs, for core's wire test.
export declare const WIRE_TARGETS: readonly { readonly schema: string; readonly parser: string }[];
export declare function compileWire(schema: unknown, names: ReadonlyMap<unknown, { readonly name: string; readonly file?: string }>, where?: string): unknown;
export declare function emitWireModule(schemas: Record<string, unknown>, names: ReadonlyMap<unknown, { readonly name: string; readonly file: string }>): string;
