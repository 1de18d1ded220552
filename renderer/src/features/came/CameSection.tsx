// PLACEHOLDER: replaced by the work on this section.
export function CameSection() {
  return <section className="section"><h1>CameSection</h1></section>;
}
