// 1. Activation time against the one-view baseline, paired per host; bundle and .vsix sizes.
import type { ArtifactSizes } from '../measure/artifactSizes';
import type { ActivationSample } from '../shared/benchResults';
import { VSIX_GOAL_BYTES } from '../shared/sizeGoals';
import { KB, one, type Figure } from './figure';
import { pairedRatios, summarize } from './stats';

export function activationFigures(samples: ActivationSample[], extensionId: string): Figure[] {
  const pairs = samples.map((sample) => {
    const baselineId = sample.order.find((id) => id !== extensionId)!;
    return { value: sample.activationMs[extensionId], baseline: sample.activationMs[baselineId] };
  });
  const ratio = pairedRatios(pairs);
  const byOrder = (first: boolean) => pairedRatios(pairs.filter((_, i) => (samples[i].order[0] === extensionId) === first)).median.toFixed(2);
  return [{
    section: '1. Activation',
    label: 'Extension.activate(), fresh host per sample',
    unit: 'ms',
    value: summarize(pairs.map((pair) => pair.value)),
    baseline: summarize(pairs.map((pair) => pair.baseline)),
    ratio,
    goal: '≤ 1.5×',
    met: ratio.median <= 1.5,
    note: `baseline: one activate() registering one empty tree view, in the same host; order alternates per host `
      + `(ratio ${byOrder(true)}× when the extension went first, ${byOrder(false)}× when second)`,
  }];
}

export function sizeFigures(sizes: ArtifactSizes): Figure[] {
  const figures: Figure[] = [{
    section: '1. Activation',
    label: 'dist/extension.js (production)',
    unit: 'bytes',
    value: one(sizes.bundleBytes),
    goal: '≤ 120 KB',
    met: sizes.bundleBytes <= 120 * KB,
    note: Object.keys(sizes.distFiles).length > 1
      ? `dist/ holds ${Object.entries(sizes.distFiles).map(([name, bytes]) => `${name} ${(bytes / KB).toFixed(1)} KB`).join(', ')}`
      : undefined,
  }];
  if (sizes.vsixBytes !== undefined) {
    figures.push({
      section: '1. Activation',
      label: '.vsix (npm run package)',
      unit: 'bytes',
      value: one(sizes.vsixBytes),
      goal: `≤ ${VSIX_GOAL_BYTES / KB} KB`,
      met: sizes.vsixBytes <= VSIX_GOAL_BYTES,
      note: sizes.vsixWarnings.length > 0 ? `vsce warnings: ${sizes.vsixWarnings.join(' | ')}` : undefined,
    });
  } else {
    figures.push({ section: '1. Activation', label: '.vsix (npm run package)', unit: 'bytes', goal: `≤ ${VSIX_GOAL_BYTES / KB} KB`, note: `not measured: ${sizes.vsixError}` });
  }
  return figures;
}
