// PLACEHOLDER: replaced by the work on this section.
export function TraceabilitySection() {
  return <section className="section"><h1>TraceabilitySection</h1></section>;
}
