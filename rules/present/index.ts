/** Reader-facing presentation of findings and assessments: one module for card, panel, gallery and exports. */
export * from './assessment';
export * from './claim';
export * from './ids';
export { STRINGS } from './strings';
