// Default template: follow-up letter to the detaining government (English).
export default `# Letter to the Government concerning {{person.name}}

{{government}}

{{today}}

{{#hasMissing}}
## To complete before sending
{{#missing}}
- [ ] {{label}}
{{/missing}}
{{/hasMissing}}

## Concerning
* Name: {{person.name}}
* Date of arrest: {{arrest.date}}
* Place of detention: {{detention.places}}
* Charges: {{detention.legalBasis}}

## Letter
Excellency,

We write to express our continuing concern about the detention of {{person.name}}, arrested on {{arrest.date}} and held at {{detention.places}}.

{{circumstances}}

{{#opinion}}
In its {{number}}, adopted on {{adoptedOn}}, the United Nations Working Group on Arbitrary Detention found this deprivation of liberty arbitrary and asked the Government to release {{person.name}} immediately and to accord an enforceable right to compensation.
{{/opinion}}

We respectfully ask the Government to release {{person.name}} without delay, to ensure access to a lawyer of their choice, to family and to medical care, and to inform us of the steps taken.

Yours faithfully,
`;
