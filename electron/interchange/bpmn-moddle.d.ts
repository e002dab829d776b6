/*
 * bpmn-moddle ships JavaScript without type declarations for its entry point. This declares
 * only the part RoleFlow uses; element shapes are read through the checked accessors in
 * moddle.ts rather than trusted as declared types.
 */
declare module 'bpmn-moddle' {
  export type ModdlePropertyDescriptor = {
    name: string;
    isMany?: boolean;
    isReference?: boolean;
    isAttr?: boolean;
  };

  export type ModdleObject = {
    readonly $type: string;
    readonly $descriptor: { properties?: ModdlePropertyDescriptor[] };
    $instanceOf(type: string): boolean;
    get(name: string): unknown;
    set(name: string, value: unknown): void;
  };

  export type ModdleWarning = {
    message: string;
    element?: unknown;
    property?: string;
    value?: unknown;
    error?: Error;
  };

  export type ModdleParseResult = {
    rootElement: ModdleObject;
    warnings: ModdleWarning[];
    elementsById: Record<string, ModdleObject>;
  };

  export type ModdleTypeDescriptor = {
    name: string;
    superClass?: string[];
    /** Types this one adds properties to (extension attributes), without being one of them. */
    extends?: string[];
    isAbstract?: boolean;
    properties: (ModdlePropertyDescriptor & { type: string; isBody?: boolean })[];
  };

  export type ModdlePackage = {
    name: string;
    uri: string;
    prefix: string;
    xml?: { tagAlias?: 'lowerCase' };
    types: ModdleTypeDescriptor[];
    enumerations?: unknown[];
    associations?: unknown[];
  };

  export class BpmnModdle {
    constructor(packages?: Record<string, ModdlePackage>);
    fromXML(xml: string, typeName?: string): Promise<ModdleParseResult>;
    toXML(
      element: ModdleObject,
      options?: { format?: boolean; preamble?: boolean },
    ): Promise<{ xml: string }>;
    create(type: string, attributes?: Record<string, unknown>): ModdleObject;
  }
}
