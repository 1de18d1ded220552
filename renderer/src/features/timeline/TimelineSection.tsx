// PLACEHOLDER: replaced by the work on this section.
export function TimelineSection() {
  return <section className="section"><h1>TimelineSection</h1></section>;
}
