// Turns the raw samples into the figures the issue asks for: medians, ranges, ratios to the
// baseline measured in the same run, and whether each goal is met.
import type { ArtifactSizes } from '../measure/artifactSizes';
import type { ActivationSample, MainSuiteResults } from '../shared/benchResults';
import { activationFigures, sizeFigures } from './activationFigures';
import type { Figure } from './figure';
import { interactionFigures } from './interactionFigures';
import { browseFigures, firstPageFigures } from './viewFigures';

export type { Figure } from './figure';

export function buildFigures(sizes: ArtifactSizes, activation: ActivationSample[], extensionId: string, main: MainSuiteResults): Figure[] {
  return [
    ...activationFigures(activation, extensionId),
    ...sizeFigures(sizes),
    ...firstPageFigures(main.firstPage),
    ...browseFigures(main),
    ...interactionFigures(main),
  ];
}
