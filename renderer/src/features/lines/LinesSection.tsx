// PLACEHOLDER: replaced by the work on this section.
export function LinesSection() {
  return <section className="section"><h1>LinesSection</h1></section>;
}
