// PLACEHOLDER: replaced by the work on this section.
export function PeopleSection() {
  return <section className="section"><h1>PeopleSection</h1></section>;
}
