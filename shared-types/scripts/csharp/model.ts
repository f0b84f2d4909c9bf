// The C# declarations the generator emits, independent of JSON Schema (input) and of text (output).

export interface CsProperty {
  jsonName: string;
  name: string;
  /** The C# type without the nullable marker, e.g. `IReadOnlyList<StockLevel>`. */
  type: string;
  nullable: boolean;
  /** Zod requires the key: C# `required`, so a producer cannot forget it and a reader rejects its absence. */
  required: boolean;
  /** Optional key: left out of the JSON when null rather than sent as null. */
  omitWhenNull: boolean;
  /** C# literal of the schema's default, used as the property initializer. */
  initializer?: string;
  summary?: string;
  remarks?: string;
}

export interface CsRecord {
  kind: 'record';
  name: string;
  summary?: string;
  properties: CsProperty[];
}

export type CsConstType = 'string' | 'int' | 'long' | 'decimal' | 'bool';

export type CsMember =
  | { kind: 'const'; name: string; type: CsConstType; literal: string; summary?: string }
  | { kind: 'list'; name: string; type: CsConstType; literals: string[]; summary?: string }
  | {
      kind: 'method';
      name: string;
      parameters: { name: string; type: 'string' | 'long' }[];
      /** The C# expression returned, e.g. an interpolated string. */
      body: string;
      summary?: string;
    };

export interface CsStaticClass {
  kind: 'static';
  name: string;
  summary?: string;
  members: CsMember[];
}

export type CsDeclaration = CsRecord | CsStaticClass;

/** One generated file: the declarations of one shared-types module, in a stable order. */
export interface CsFile {
  fileName: string;
  /** Repository-relative path of the module, named in the header. */
  sourcePath: string;
  declarations: CsDeclaration[];
  /** Exports that have no C# form (e.g. an alias of another schema), listed as comments. */
  notes: string[];
}
