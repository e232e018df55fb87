// Default template: communication to the UN Working Group on Arbitrary Detention (English), after
// the Working Group's model questionnaire. Mustache: {{placeholders}}, {{#lists}}…{{/lists}}.
// Lines: "# " title, "## " heading, "* Label: value" field row, "- [ ] " checklist item.
export default `# Communication to the Working Group on Arbitrary Detention

Draft prepared on {{today}}.

{{#hasMissing}}
## To complete before sending
{{#missing}}
- [ ] {{label}}
{{/missing}}
{{/hasMissing}}

## I. Identity
* Family name and first name: {{person.name}}
{{#person.otherNames}}
* Other spellings of the name: {{person.otherNames}}
{{/person.otherNames}}
* Sex: {{person.sex}}
* Birth date or age: {{person.birthDate}}
* Nationality: {{person.nationality}}
* Identity document: {{person.identityDocument}}
* Profession or activity: {{person.profession}}
* Address of usual residence: {{person.address}}

## II. Arrest
* Date of arrest: {{arrest.date}}
* Place of arrest: {{arrest.place}}
* Forces who carried out the arrest: {{arrest.forces}}
* Was a warrant or other decision by a public authority shown: {{arrest.warrant}}
* Authority that issued the warrant or decision: {{arrest.warrantIssuer}}
* Reasons for the arrest given by the authorities: {{arrest.reasons}}
* Legal basis for the arrest, including the legislation applied: {{arrest.legalBasis}}

## III. Detention
* Date of detention: {{detention.date}}
* Duration of detention: {{detention.duration}}
* Forces holding the detainee: {{detention.forces}}
* Places of detention: {{detention.places}}
* Authorities that ordered the detention: {{detention.orderedBy}}
* Reasons for the detention imputed by the authorities: {{detention.reasons}}
* Legal basis for the detention, including the legislation applied: {{detention.legalBasis}}
{{#charges}}
* Charge: {{code}}, article {{article}}{{#text}} ({{text}}){{/text}}
{{/charges}}

## IV. Circumstances and why the deprivation of liberty is arbitrary
{{circumstances}}

{{#categories}}
### {{title}}
{{facts}}

{{/categories}}
{{categoriesMissing}}

## V. Domestic remedies and their results
{{#remedies}}
* {{kind}}, {{date}}: {{court}}{{#outcome}}. Result: {{outcome}}{{/outcome}}
{{/remedies}}
{{remediesMissing}}

## VI. Source and consent
* Person or organisation submitting the information: {{source.text}}
* Consent of the person or their family: {{consent}}
`;
