// PLACEHOLDER: replaced by the work on this section.
export function AccountsSection() {
  return <section className="section"><h1>AccountsSection</h1></section>;
}
