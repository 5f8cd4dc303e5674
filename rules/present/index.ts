/** Reader-facing presentation of findings and assessments: one module for card, panel, gallery and exports. */
export * from './assessment';
export * from './claim';
export { STRINGS } from './strings';
