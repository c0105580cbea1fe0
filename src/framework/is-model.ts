/**
 * Tells a FrameworkModel from a framework document without importing model.ts (issue 14: the class's code
 * rides in the validator's chunk, which parse.ts, its only maker, loads). Every model registers itself here
 * when it is built. (No import of model.ts, not even its type: model.ts imports this file.)
 */

const models = new WeakSet<object>();

/** Called by the FrameworkModel constructor. */
export function addModel(model: object): void {
  models.add(model);
}

/**
 * True for a model built by this copy of the library (what `instanceof FrameworkModel` said);
 * `isModel<FrameworkModel>(value)`.
 */
export const isModel = <Model extends object>(value: unknown): value is Model =>
  typeof value == 'object' && value !== null && models.has(value);
