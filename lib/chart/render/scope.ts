import type { Value } from './value';

/** Template variables: `$x :=` declares in the current block, `$x =` assigns the nearest declaration. */
export class Scope {
  private readonly vars = new Map<string, Value>();
  constructor(private readonly parent?: Scope) {}

  child(): Scope {
    return new Scope(this);
  }

  declare(name: string, v: Value) {
    this.vars.set(name, v);
  }

  private owner(name: string): Scope | undefined {
    if (this.vars.has(name)) return this;
    return this.parent?.owner(name);
  }

  assign(name: string, v: Value) {
    (this.owner(name) ?? this).vars.set(name, v);
  }

  get(name: string): Value {
    return this.owner(name)?.vars.get(name);
  }
}
