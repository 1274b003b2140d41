// Settings as users write them (VS Code settings or .imrlintrc.json), checked. Anything wrong gets a
// message and is ignored; the rest still applies. Never throws.
import type { EngineSettings, Profile, RuleSetting } from './types';
import { rulesById } from './index';

const severities: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];
const profiles: readonly Profile[] = ['auto', '2016', '2014'];

export interface SettingsInput {
  rules?: unknown;
  profile?: unknown;
  maxProblems?: unknown;
}

export interface CheckedSettings {
  settings: EngineSettings;
  problems: string[];
}

/** Later inputs override earlier ones, rule by rule. `where` names each input in messages. */
export function checkSettings(inputs: readonly { where: string; value: SettingsInput | undefined }[]): CheckedSettings {
  const settings: EngineSettings = { rules: {}, profile: 'auto' };
  const problems: string[] = [];
  for (const { where, value } of inputs) {
    if (value === undefined || value === null) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${where}: expected an object with "rules" and "profile".`);
      continue;
    }
    const { rules, profile, maxProblems } = value;
    if (maxProblems !== undefined && maxProblems !== null) {
      if (typeof maxProblems === 'number' && Number.isInteger(maxProblems) && maxProblems >= 1) settings.maxProblems = maxProblems;
      else problems.push(`${where}: maxProblems ${JSON.stringify(maxProblems)} is not a whole number of at least 1 (ignored).`);
    }
    if (profile !== undefined) {
      if (typeof profile === 'string' && (profiles as readonly string[]).includes(profile)) settings.profile = profile as Profile;
      else problems.push(`${where}: profile ${JSON.stringify(profile)} is not one of ${profiles.map((p) => `"${p}"`).join(', ')}; using "${settings.profile}".`);
    }
    if (rules === undefined || rules === null) continue;
    if (typeof rules !== 'object' || Array.isArray(rules)) {
      problems.push(`${where}: "rules" must map rule ids to ${severities.map((s) => `"${s}"`).join(', ')}.`);
      continue;
    }
    for (const [id, level] of Object.entries(rules as Record<string, unknown>)) {
      if (!rulesById.has(id)) {
        problems.push(`${where}: unknown rule "${id}" (ignored).`);
        continue;
      }
      if (typeof level === 'string' && (severities as readonly string[]).includes(level)) settings.rules[id] = level as RuleSetting;
      else problems.push(`${where}: rule "${id}" has severity ${JSON.stringify(level)}; use ${severities.map((s) => `"${s}"`).join(', ')} (ignored).`);
    }
  }
  return { settings, problems };
}
