// Default template: summary for an urgent appeal to the WGAD (English).
export default `# Urgent appeal summary: {{person.name}}

Prepared on {{today}}.

{{#hasMissing}}
## To complete before sending
{{#missing}}
- [ ] {{label}}
{{/missing}}
{{/hasMissing}}

## The person
* Name: {{person.name}}
* Birth date or age: {{person.birthDate}}
* Country: {{country}}

## Arrest and detention
* Date of arrest: {{arrest.date}}
* Place of arrest: {{arrest.place}}
* Forces who carried out the arrest: {{arrest.forces}}
* Held at: {{detention.places}}
* Charges: {{detention.legalBasis}}

## Why it is urgent
{{#risks}}
* {{date}}: {{title}}{{#body}}. {{body}}{{/body}}
{{/risks}}
{{risksMissing}}

## Source and consent
* Source: {{source.text}}
* Consent: {{consent}}
`;
