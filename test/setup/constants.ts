/** Template databases prepared once per test run (global-setup.ts). */
export const TEMPLATE_REFERENCE = 'template_reference';
export const TEMPLATE_DEMO = 'template_demo';

/** The day the demo data is built around, and the tests' clock. */
export const DEMO_TODAY = '2025-08-15';
