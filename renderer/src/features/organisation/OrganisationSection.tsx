// PLACEHOLDER: replaced by the work on this section.
export function OrganisationSection() {
  return <section className="section"><h1>OrganisationSection</h1></section>;
}
