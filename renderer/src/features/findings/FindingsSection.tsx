// PLACEHOLDER: replaced by the work on this section.
export function FindingsSection() {
  return <section className="section"><h1>FindingsSection</h1></section>;
}
