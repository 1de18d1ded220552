// PLACEHOLDER: replaced by the work on this section.
export function MapSection() {
  return <section className="section"><h1>MapSection</h1></section>;
}
