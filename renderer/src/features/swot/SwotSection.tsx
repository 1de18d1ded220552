// PLACEHOLDER: replaced by the work on this section.
export function SwotSection() {
  return <section className="section"><h1>SwotSection</h1></section>;
}
