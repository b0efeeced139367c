// The choices of a SelectField made from a list of things (sections, templates, action plans...):
// each one's value, and the label it reads as.

export interface SelectChoices {
  options: string[];
  labels: Record<string, string>;
}

export function selectChoices<T>(
  items: readonly T[],
  valueOf: (item: T) => string,
  labelOf: (item: T) => string,
): SelectChoices {
  return {
    options: items.map(valueOf),
    labels: Object.fromEntries(items.map((item) => [valueOf(item), labelOf(item)])),
  };
}
