// PLACEHOLDER: replaced by the work on this section.
export function ObjectivesSection() {
  return <section className="section"><h1>ObjectivesSection</h1></section>;
}
