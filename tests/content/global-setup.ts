import type { TestProject } from 'vitest/node';
import { findFixtureFiles } from './helpers.ts';

/** Finds the small fixture site's files once for all content tests (tests/content/helpers.ts). */
export default function setup(project: TestProject): void {
  project.provide('fixtureFiles', findFixtureFiles());
}
