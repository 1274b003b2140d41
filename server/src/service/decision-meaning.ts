// What each item decision means, for completion and hover.
export const decisionMeaning = {
  Upheld:
    "**Upheld**: the reviewer agrees with utilization review's denial or modification. The disputed treatment is **not** medically necessary, and the rationale must conclude so (\"… is not medically necessary\").",
  Overturned:
    "**Overturned**: the reviewer reverses utilization review's denial or modification. The disputed treatment **is** medically necessary, and the rationale must conclude so (\"… is medically necessary\").",
} as const;
